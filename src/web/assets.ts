/**
 * The stylesheet, the optional script and the icon, kept as strings so that the build needs no copy step and
 * the static report can inline the same stylesheet. Nothing here loads anything from elsewhere: system fonts,
 * no images but the inline icon.
 */
import { createHash } from 'node:crypto';

/** One stylesheet for the served pages and the static report. */
export const CSS = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#59636e;--bg:#fff;--card:#f6f8fa;--accent:#0a58a8;--line:#d0d7de;
--add:#fff1a8;--add-fg:#3d2f00;--agree:#1a7f37;--del:#ffd7d5;--del-fg:#82071e;--ins:#d1f5da;--ins-fg:#0f5323;--focus:#bf5700}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9aa4ae;--bg:#0d1117;--card:#161b22;--accent:#58a6ff;--line:#30363d;
--add:#5c4b00;--add-fg:#fff6cf;--agree:#3fb950;--del:#67060c;--del-fg:#ffdcd7;--ins:#033a16;--ins-fg:#aff5b4;--focus:#ffa657}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem 1rem;z-index:2}
.skip:focus{left:.5rem}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site{border-bottom:1px solid var(--line);background:var(--card)}
.site-in{max-width:64rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.brand{font-weight:700;font-size:1.1rem;text-decoration:none;color:var(--fg)}
.site form{display:flex;gap:.25rem;flex:1 1 14rem;max-width:28rem;margin-left:auto}
.site input[type=search]{flex:1;min-width:0}
main{max-width:64rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;line-height:1.3}
h3{font-size:1.05rem;margin:0 0 .25rem;line-height:1.35}
p{margin:.5rem 0}
.muted,.meta{color:var(--muted)}
.meta{font-size:.92rem}
.crumbs{font-size:.9rem;color:var(--muted);margin:.25rem 0}
.crumbs ol{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem}
.crumbs li+li::before{content:"›";margin-right:.25rem}
input,select,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:.375rem;padding:.3rem .5rem}
button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
.filters{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem;margin:.75rem 0}
.filters fieldset{border:0;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem .75rem;align-items:end}
.filters legend{font-weight:600;margin-bottom:.25rem}
.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:.15rem}
.notice{border-left:4px solid var(--focus);padding:.25rem .75rem;background:var(--card)}
.cards{list-style:none;padding:0;margin:0}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
.card h2,.card h3{margin:0 0 .25rem}
.stats{display:flex;flex-wrap:wrap;gap:.25rem .9rem;list-style:none;padding:0;margin:.25rem 0;font-size:.92rem}
.stats strong{font-variant-numeric:tabular-nums}
.tag{display:inline-block;font-size:.78rem;line-height:1.4;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;margin:0 .2rem;white-space:nowrap;vertical-align:.08em}
.tag.named{border-color:var(--agree);color:var(--agree)}
.tag.anonymous,.tag.warn{border-color:var(--focus);color:var(--focus)}
.tag.copy{border-style:dashed}
.toc{font-size:.92rem}
.toc ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0}
.claims{padding-left:1.5rem}
.claims>li{margin:.6rem 0}
.support{font-weight:700;white-space:nowrap;font-variant-numeric:tabular-nums}
meter{width:6rem;vertical-align:middle}
.additions{padding-left:1.25rem}
.additions li{margin:.4rem 0}
mark{background:var(--add);color:var(--add-fg);padding:0 .1em;border-radius:.15em}
.agreed{text-decoration:underline;text-decoration-color:var(--agree);text-decoration-thickness:2px;text-underline-offset:.2em}
sup.n{font-size:.7rem;margin-left:.1em}
sup.n a{text-decoration:none}
blockquote{margin:.25rem 0;padding:.1rem .75rem;border-left:3px solid var(--line)}
.quote-by{font-size:.92rem;margin:.1rem 0 .5rem .75rem}
details{margin:.35rem 0}
summary{cursor:pointer}
.evidence{font-size:.92rem}
.evidence dl,dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.25rem 0}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.text p{margin:.75rem 0;max-width:42rem}
.compare{table-layout:fixed}
.compare td{width:50%;overflow-wrap:anywhere}
.compare .idx{color:var(--muted);font-size:.8rem;margin-right:.3rem}
.compare tr.only td.none{color:var(--muted);font-style:italic}
.compare .score{display:block;color:var(--muted);font-size:.8rem}
del{background:var(--del);color:var(--del-fg);text-decoration:line-through}
ins{background:var(--ins);color:var(--ins-fg);text-decoration:none}
.legend{font-size:.9rem;color:var(--muted)}
.pager{display:flex;gap:1rem;justify-content:space-between;margin:1rem 0}
.pick{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
.pick label{display:flex;flex-direction:column;font-size:.9rem;max-width:100%}
.pick select{max-width:22rem}
footer{max-width:64rem;margin:2rem auto 1rem;padding:0 1rem;color:var(--muted);font-size:.85rem}
@media (max-width:40rem){
 main{padding:.75rem}
 .compare,.compare tbody,.compare tr,.compare td,.compare th{display:block;width:100%}
 .compare thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
 .compare tr{border-bottom:2px solid var(--line);padding:.25rem 0}
 .compare td{border:0}
 .compare td[data-side]::before{content:attr(data-side);font-weight:700;margin-right:.35rem;color:var(--muted)}
 .evidence dl,dl.facts{grid-template-columns:1fr}
 dt{margin-top:.25rem}
}
.view{display:none}
#stories,.view:target,.view:has(:target){display:block}
body:has(.view:not(#stories):target) #stories,body:has(.view:not(#stories) :target) #stories{display:none}
@media print{.site form,.filters,.pager,.skip{display:none}.view{display:block}}
`;

/**
 * Keyboard help, optional: pages work the same without it. "/" focuses the search box; "j" / "k" move
 * between the items of a list (stories, versions).
 */
export const JS = `(()=>{"use strict";
const d=document;
d.addEventListener("keydown",e=>{
if(e.defaultPrevented||e.ctrlKey||e.metaKey||e.altKey)return;
const t=e.target;
if(t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName)))return;
if(e.key==="/"){const q=d.getElementById("q");if(q){e.preventDefault();q.focus();}return;}
if(e.key!=="j"&&e.key!=="k")return;
const items=Array.from(d.querySelectorAll("a.item"));
if(items.length===0)return;
e.preventDefault();
const i=items.indexOf(d.activeElement);
const n=e.key==="j"?(i<0?0:Math.min(items.length-1,i+1)):(i<0?0:Math.max(0,i-1));
items[n].focus();
});
})();
`;

/** A small icon, so that the browser asks for nothing outside /assets/. */
export const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0a58a8"/><path d="M4 4h5a2.5 2.5 0 0 1 0 5H7l3 3H8L5 9v3H4z" fill="#fff"/></svg>`;

const hash = (s: string, enc: 'base64' | 'hex'): string => createHash('sha256').update(s, 'utf8').digest(enc);

/** `'sha256-…'` source for the inline stylesheet of the static report. */
export const CSS_HASH = `'sha256-${hash(CSS, 'base64')}'`;

/** Content versions for cache-busting asset URLs. */
export const ASSET_VERSION = hash(CSS + JS + ICON, 'hex').slice(0, 12);

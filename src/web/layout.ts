/** The page shells: served pages link their stylesheet and script under /assets/; the static report inlines its style. */
import { html, raw, type SafeHtml } from '../present/escape.js';
import { nothing } from './views/parts.js';
import { ASSET_VERSION, CSS, CSS_HASH } from './assets.js';

/** The Content-Security-Policy of every served page. */
export const WEB_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The policy of the static report: its one inline stylesheet by hash, nothing else (no script at all). */
export const STATIC_CSP = `default-src 'none'; style-src ${CSS_HASH}; img-src data:; form-action 'none'; base-uri 'none'`;

/** Asset URLs, versioned by content so that browsers may keep them. */
export const assetUrl = (name: 'app.css' | 'app.js' | 'icon.svg'): string => `/assets/${name}?v=${ASSET_VERSION}`;

/** A served page around `main`; `search` fills the header search box, `false` leaves the box out (the list has its own). */
export function serverPage(title: string, main: SafeHtml, search: string | false = ''): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} — Retold</title><link rel="stylesheet" href="${assetUrl('app.css')}"><link rel="icon" type="image/svg+xml" href="${assetUrl('icon.svg')}">
<script src="${assetUrl('app.js')}" defer></script></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="site-in"><a class="brand" href="/">Retold</a>
${search === false ? nothing : html`<form role="search" method="get" action="/"><label class="vh" for="q">Search stories</label><input type="search" id="q" name="q" value="${search}" placeholder="Search stories (press /)"><button type="submit">Search</button></form>`}</div></header>
<main id="main">${main}</main>
<footer>Retold — copies, retellings and related stories, with the evidence. Keys: <kbd>/</kbd> search, <kbd>j</kbd>/<kbd>k</kbd> next/previous item.</footer>
</body></html>`.html;
}

/** The static report around its views (every view a section; CSS shows the one in the address fragment). */
export function staticPage(title: string, views: SafeHtml): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${STATIC_CSP}"><meta name="referrer" content="no-referrer">
<title>${title}</title><link rel="icon" href="data:,"><style>${raw(CSS)}</style></head>
<body class="static">
<header class="site"><div class="site-in"><a class="brand" href="#stories">Retold report</a></div></header>
<main id="main">${views}</main>
<footer>Retold — copies, retellings and related stories, with the evidence. One file, no script; links move between its sections.</footer>
</body></html>`.html;
}

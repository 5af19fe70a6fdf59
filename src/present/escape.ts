/** HTML escaping for untrusted text: every article-derived string goes through here. */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => MAP[c]!);
}

/** Tagged template that escapes every interpolated value unless it is marked safe with `raw`. */
export function html(strings: TemplateStringsArray, ...values: readonly (string | number | SafeHtml | readonly SafeHtml[])[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Array.isArray(v)) out += (v as readonly SafeHtml[]).map((x) => x.html).join('');
    else if (v instanceof SafeHtml) out += v.html;
    else out += escapeHtml(String(v));
    out += strings[i + 1]!;
  }
  return new SafeHtml(out);
}

/** A string known to be safe HTML. */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** Mark trusted markup (never article text) as safe. */
export const raw = (s: string): SafeHtml => new SafeHtml(s);

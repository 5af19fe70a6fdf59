/**
 * A user's search words → an FTS5 MATCH expression that cannot be a syntax error: every word becomes a quoted
 * string (FTS5 operators and punctuation lose their meaning), "quoted phrases" stay phrases, a trailing `*` keeps
 * a prefix search, and all parts must match (AND). Undefined when the input has no word at all.
 */
const PART = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}\p{M}_]*)(\*)?/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}_]*/gu;
/** More words than this are dropped: a pasted paragraph is not a query. */
const MAX_PARTS = 32;

export function ftsQuery(input: string): string | undefined {
  const parts: string[] = [];
  for (const m of input.matchAll(PART)) {
    if (parts.length === MAX_PARTS) break;
    if (m[1] !== undefined) {
      const words = m[1].match(WORD);
      if (words !== null && words.length > 0) parts.push(`"${words.join(' ')}"`);
    } else if (m[2] !== undefined) {
      parts.push(`"${m[2]}"${m[3] ?? ''}`);
    }
  }
  return parts.length === 0 ? undefined : parts.join(' AND ');
}

/**
 * Unicode clean-up of article text, and the character classes later stages match on.
 *
 * The text stays readable: typographic quotes, en and em dashes are kept as written. Only characters that
 * look like something else (no-break and zero-width spaces, soft hyphens, non-breaking hyphens, the minus
 * sign) are replaced, so that "New\u00a0Delhi" and "New Delhi" compare equal. Matching code that must
 * ignore the dash or quote style folds with `foldForMatching`, which keeps string length (offsets survive).
 */

/**
 * Characters replaced in the text, and by what. ZWJ/ZWNJ (U+200D/U+200C) are kept on purpose: they shape
 * emoji and Indic or Persian script, where removing them changes the word.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\t': ' ',
  '\v': ' ',
  '\f': ' ',
  '\u0085': '\n',
  '\u00a0': ' ',
  '\u00ad': '',
  '\u1680': ' ',
  '\u180e': '',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u200b': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '\u2013',
  '\u2015': '\u2014',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u202f': ' ',
  '\u205f': ' ',
  '\u2060': '',
  '\u2212': '-',
  '\u3000': ' ',
  '\ufeff': '',
  '\ufe58': '\u2014',
  '\ufe63': '-',
  '\uff0d': '-',
};

// Other C0/C1 control characters carry no text; they are dropped.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u1680\u180e\u2000-\u200b\u2010-\u2012\u2015\u2028\u2029\u202f\u205f\u2060\u2212\u3000\ufeff\ufe58\ufe63\uff0d\u00a0\t]/g;
const replaceSpecial = (ch: string): string => REPLACEMENTS[ch] ?? '';

/**
 * Whether `s` holds any character `SPECIAL` matches. A char-code loop with an early exit for printable
 * ASCII: about ten times faster than running the regex over text that (as usual) has nothing to replace.
 */
function hasSpecial(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c !== 10) return true;
    } else if (c <= 0xa0 || c === 0xad) return true;
    else if (c >= 0x1680) {
      if (c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200b) || (c >= 0x2010 && c <= 0x2012)) return true;
      if (c === 0x2015 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060) return true;
      if (c === 0x2212 || c === 0x3000 || c === 0xfeff || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return true;
    }
  }
  return false;
}

/**
 * NFC, line ends as `\n`, every kind of space as one ASCII space, zero-width characters and soft hyphens
 * removed, runs of spaces collapsed, spaces trimmed at line ends and at both ends of the text.
 * Blank lines are kept (they separate paragraphs). Linear: a handful of non-backtracking passes.
 */
export function normaliseText(input: string): string {
  let s = input.normalize('NFC');
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (hasSpecial(s)) s = s.replace(SPECIAL, replaceSpecial);
  if (s.includes('  ')) s = s.replace(/ {2,}/g, ' ');
  if (s.includes(' \n') || s.includes('\n ')) s = s.replace(/ ?\n ?/g, '\n');
  return s.trim();
}

/** `normaliseText` for one-line fields (title, byline): line breaks become spaces. */
export function normaliseLine(input: string): string {
  return normaliseText(input).replace(/\n+/g, ' ');
}

const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2039\u203a\u02bc\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/** Every dash and minus as `-`. Keeps string length, so offsets into the original stay valid. */
export function foldDashes(s: string): string {
  return s.replace(DASHES, '-');
}

/**
 * Dashes as `-`, single quotes and apostrophes as `'`, double quotes and guillemets as `"`: for comparing
 * texts that differ only in typography. Keeps string length. Does not change case.
 */
export function foldForMatching(s: string): string {
  return foldDashes(s).replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** A letter or digit (any script). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return false;
  return WORD_CHAR.test(String.fromCharCode(c));
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whitespace as left by `normaliseText` (space, newline) plus the raw forms, for callers on raw text. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

const APOSTROPHE_ONLY = 0x02bc;
const RIGHT_SINGLE = 0x2019;
const LEFT_SINGLE = 0x2018;
const STRAIGHT_SINGLE = 0x27;
const STRAIGHT_DOUBLE = 0x22;

/** Quote marks that only ever open a quotation. */
const ALWAYS_OPENING = new Set([0x201c, 0x201e, 0x201f, 0x00ab, 0x2039, 0x201a, 0x201b]);
/** Quote marks that only ever close one. */
const ALWAYS_CLOSING = new Set([0x201d, 0x00bb, 0x203a]);

/** Whether `c` is any quote mark or apostrophe this module knows. */
export function isQuoteCode(c: number): boolean {
  return (
    c === STRAIGHT_SINGLE ||
    c === STRAIGHT_DOUBLE ||
    c === LEFT_SINGLE ||
    c === RIGHT_SINGLE ||
    c === APOSTROPHE_ONLY ||
    ALWAYS_OPENING.has(c) ||
    ALWAYS_CLOSING.has(c)
  );
}

/** 'single' for ' ‘ ’ ‚ ‛ ‹ ›, 'double' for " “ ” „ ‟ « », undefined for anything else. */
export function quoteFamily(c: number): 'single' | 'double' | undefined {
  if (c === STRAIGHT_SINGLE || c === LEFT_SINGLE || c === RIGHT_SINGLE || c === 0x201a || c === 0x201b) return 'single';
  if (c === 0x2039 || c === 0x203a) return 'single';
  if (c === STRAIGHT_DOUBLE || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f) return 'double';
  if (c === 0x00ab || c === 0x00bb) return 'double';
  return undefined;
}

const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : -1);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Characters after which a straight quote opens: start, space, brackets, dashes, slash, another opener. */
const opensAfter = (c: number): boolean =>
  c === -1 ||
  isSpaceCode(c) ||
  c === 40 ||
  c === 91 ||
  c === 123 ||
  c === 47 ||
  c === 45 ||
  c === 0x2013 ||
  c === 0x2014 ||
  ALWAYS_OPENING.has(c) ||
  c === LEFT_SINGLE ||
  c === STRAIGHT_DOUBLE ||
  c === STRAIGHT_SINGLE;

/**
 * Whether the mark at `i` is an apostrophe, not a quote: between two letters or digits (India’s, don't,
 * O'Brien, rock'n'roll), the modifier letter ʼ, or an elided year (’90s, '24). A possessive plural
 * (the Russians’ role) cannot be told from a closing quote by looking at it: this returns false there and
 * `isClosingQuote` true; a quote extractor that has no single quote open should read it as an apostrophe.
 */
export function isApostrophe(s: string, i: number): boolean {
  const c = codeAt(s, i);
  if (c === APOSTROPHE_ONLY) return true;
  if (c !== STRAIGHT_SINGLE && c !== RIGHT_SINGLE && c !== LEFT_SINGLE) return false;
  const before = codeAt(s, i - 1);
  const after = codeAt(s, i + 1);
  if (isWordCode(before) && isWordCode(after)) return true;
  if (c !== LEFT_SINGLE && !isWordCode(before) && isDigit(after) && isDigit(codeAt(s, i + 2))) {
    // '90s / ’24: two digits, then an s or the end of the word.
    const third = codeAt(s, i + 3);
    if (third === 115 || (!isWordCode(third) && c === RIGHT_SINGLE)) return true;
  }
  return false;
}

/** Whether the mark at `i` opens a quotation (“ „ « ‹ always; ‘ ' " and a stray ’ by their neighbours). */
export function isOpeningQuote(s: string, i: number): boolean {
  const c = codeAt(s, i);
  if (ALWAYS_OPENING.has(c)) return true;
  if (c === LEFT_SINGLE) return !isApostrophe(s, i);
  if (c === STRAIGHT_DOUBLE || c === STRAIGHT_SINGLE || c === RIGHT_SINGLE) {
    const after = codeAt(s, i + 1);
    if (after === -1 || isSpaceCode(after)) return false;
    if (!opensAfter(codeAt(s, i - 1))) return false;
    return c === STRAIGHT_DOUBLE || !isApostrophe(s, i);
  }
  return false;
}

/**
 * Whether the mark at `i` closes a quotation (” » › always; ’ ' " when glued to the preceding text and
 * followed by a space, punctuation or the end). An apostrophe between letters is never a closing quote.
 */
export function isClosingQuote(s: string, i: number): boolean {
  const c = codeAt(s, i);
  if (ALWAYS_CLOSING.has(c)) return true;
  if (c !== STRAIGHT_DOUBLE && c !== STRAIGHT_SINGLE && c !== RIGHT_SINGLE) return false;
  const before = codeAt(s, i - 1);
  if (before === -1 || isSpaceCode(before)) return false;
  if (isWordCode(codeAt(s, i + 1))) return false;
  return c === STRAIGHT_DOUBLE || !isApostrophe(s, i);
}

/**
 * Index of the mark that closes the quotation opened at `open`, or -1 when none does within `limit`
 * characters. Apostrophes inside (India’s) are skipped; nested quotes of the other family are ignored.
 */
export function findClosingQuote(s: string, open: number, limit = 1000): number {
  const family = quoteFamily(codeAt(s, open));
  if (family === undefined) return -1;
  const end = Math.min(s.length, open + 1 + limit);
  for (let i = open + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x22 || (c > 0x27 && c < 0xab)) continue;
    if (quoteFamily(c) === family && isClosingQuote(s, i)) return i;
  }
  return -1;
}

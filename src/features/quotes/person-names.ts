/**
 * Finds the person a pronoun speaker ('he said') most likely refers to: the nearest preceding mention of a
 * named person. Without a name gazetteer a person is a capitalised sequence of two or more name words
 * (titles and initials allowed, no organisation or place words), a single word after a personal title
 * ('Mr. Trump', 'President Putin'), or a single word that is the surname of a person already seen.
 */
import type { Mention } from './attribution.js';
import type { QuoteSpan } from './marks.js';
import { GENERIC_CAPITALS, NON_PERSON_WORDS, TITLE_ABBREVIATIONS } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

/** How far back (characters) to look for a person when no named speaker is closer. */
const LOOKBACK = 1200;

const PERSON_TITLES = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'president', 'senator', 'governor',
  'minister', 'secretary', 'mayor', 'judge', 'justice', 'ambassador', 'chancellor', 'premier', 'pope', 'king',
  'queen', 'prince', 'princess', 'professor', 'representative', 'congressman', 'congresswoman', 'speaker',
  'chairman', 'chairwoman', 'general', 'colonel', 'captain', 'lieutenant', 'sergeant', 'admiral',
]);
const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'di', 'du', 'del']);

const isNameWord = (t: Token): boolean =>
  t.kind === 'word' && t.cap && !NON_PERSON_WORDS.has(t.lower) && !GENERIC_CAPITALS.has(t.lower.replace(/\.$/, '')) &&
  !TITLE_ABBREVIATIONS.has(t.lower.replace(/\.$/, ''));

/**
 * The nearest person mention that ends before `pos`, looking back at most `LOOKBACK` characters, or the
 * nearest of `knownPeople` (named speakers already found), whichever is nearer. Names inside quotes
 * (`quoted`) are what someone said, not who is speaking, and are skipped.
 */
export function nearestPerson(
  text: string,
  pos: number,
  knownPeople: readonly Mention[],
  quoted: readonly QuoteSpan[],
): Mention | undefined {
  let best: Mention | undefined;
  for (const p of knownPeople) if (p.end <= pos && (best === undefined || p.start > best.start)) best = p;
  const floor = Math.max(0, pos - LOOKBACK, best?.end ?? 0);
  let surnames: Set<string> | undefined;
  // Scan back a chunk at a time and stop at the first chunk holding a person: the nearest is usually close.
  let hi = pos;
  while (hi > floor) {
    const lo = snapToSpace(text, Math.max(floor, hi - CHUNK), floor);
    if (surnames === undefined) {
      surnames = new Set<string>();
      for (const p of knownPeople) {
        const last = p.text.split(/\s+/).pop();
        if (last !== undefined) surnames.add(stripPossessive(last.toLowerCase()));
      }
    }
    const found = lastPersonIn(text, lo, hi, surnames, quoted);
    if (found !== undefined) return best !== undefined && best.start > found.start ? best : found;
    if (lo <= floor) break;
    // Overlap the next chunk a little so a name cut at `lo` is seen whole.
    hi = snapToSpace(text, Math.min(hi, lo + 40), floor);
    if (hi <= lo) hi = lo;
  }
  return best;
}

/** Characters scanned per step when looking back for a person. */
const CHUNK = 240;

/** `i` moved back to just after a white space (so no word is cut), no earlier than `floor`. */
function snapToSpace(text: string, i: number, floor: number): number {
  let j = i;
  while (j > floor) {
    const c = text.charCodeAt(j - 1);
    if (c === 0x20 || c === 0x0a || c === 0xa0 || c === 0x09) break;
    j--;
  }
  return j;
}

/** The last person mention in `text[from, to)`, names inside quotes left out. */
function lastPersonIn(
  text: string,
  from: number,
  to: number,
  surnames: ReadonlySet<string>,
  quoted: readonly QuoteSpan[],
): Mention | undefined {
  let toks = tokenize(text, from, to);
  const inside = quoted.filter((q) => q.close > from && q.open < to);
  if (inside.length > 0) {
    // A quote's words become a single break: runs of names do not join across it.
    const kept: Token[] = [];
    for (const t of toks) {
      const q = inside.find((x) => t.start >= x.open && t.start < x.close);
      if (q === undefined) kept.push(t);
      else if (kept[kept.length - 1]?.kind !== 'break') kept.push({ ...t, kind: 'break', text: '\n', lower: '\n', cap: false, abbrev: false });
    }
    toks = kept;
  }
  let found: Mention | undefined;
  let k = 0;
  while (k < toks.length) {
    const t = toks[k] as Token;
    if (!isNameWord(t) && !(t.kind === 'word' && PERSON_TITLES.has(t.lower))) {
      k++;
      continue;
    }
    // A run of title / name / initial / particle words.
    let j = k;
    let names = 0;
    let titled = false;
    while (j < toks.length) {
      const u = toks[j] as Token;
      if (u.kind !== 'word') break;
      if (PERSON_TITLES.has(u.lower) && names === 0) titled = true;
      else if (isNameWord(u)) names++;
      else if (!(PARTICLES.has(u.lower) && names > 0)) break;
      j++;
    }
    if (j === k) {
      k++;
      continue;
    }
    const run = toks.slice(k, j);
    const nameStart = run.findIndex((u) => isNameWord(u));
    const last = run[run.length - 1] as Token;
    const known = surnames.has(stripPossessive(last.lower));
    const sentenceInitial = k === 0 || isSentenceStart(toks, k);
    const person = names >= 2 || (names === 1 && (titled || known));
    if (person && nameStart >= 0 && !(sentenceInitial && names === 1 && !titled && !known)) {
      const first = run[nameStart] as Token;
      // A trailing possessive ('Belousov’s') still names the person.
      const end = last.end - possessiveLength(last.text);
      found = { text: text.slice(first.start, end), start: first.start, end };
    }
    k = j;
  }
  return found;
}

function isSentenceStart(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1];
  return prev === undefined || prev.kind === 'break' || (prev.kind === 'punct' && /[.?!“”"‘’']/.test(prev.text));
}

const stripPossessive = (w: string): string => w.replace(/[’']s$/, '');
const possessiveLength = (w: string): number => (/[’']s$/.test(w) ? 2 : 0);

/**
 * Who a sentence is about, for quotes whose cue has no subject of its own: '…, telling reporters, “…”',
 * 'Cruz called them on it: “…”', a quote standing alone after 'Bolton distanced himself from …'.
 * No parser: the subject is the first pronoun or capitalised name (with titles, role words and initials:
 * 'Band member Flea', 'Gov. John Kasich') that opens a clause and is followed by a lower-case word, or a
 * determiner and one noun before an adverb or a past-tense verb ('The judge then turned').
 */
import type { Mention } from './attribution.js';
import { AUXILIARIES, CUE_VERBS, GENERIC_CAPITALS, PRONOUNS } from './lexicon.js';
import type { Token } from './tokens.js';

/** Words that open an introductory phrase, not a subject ('In Iowa,', 'Later,', 'When he returned'). */
const OPENERS = new Set(`
  in on at after before during later earlier meanwhile however still speaking asked according when while
  as if since although though despite for with without under over through like unlike amid among back last
  this next once yet also and but so then now today yesterday tonight hours days moments minutes weeks
  months years instead indeed even by from to of the a an it there here what why how where who which
  that these those such both either neither whether thus therefore nevertheless nonetheless again
  not no every each some many most several few all here’s there’s here's there's it’s it's
`.trim().split(/\s+/));

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DETS = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'their', 'its', 'our', 'my']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isComma = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && t.text === ',';

function mention(text: string, toks: readonly Token[], from: number, to: number): Mention | undefined {
  const a = toks[from];
  const b = toks[to - 1];
  if (a === undefined || b === undefined || to <= from) return undefined;
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end };
}

/** A capitalised name word that can belong to a speaker's name (not 'The', 'In', a weekday). */
const nameWord = (t: Token | undefined): boolean =>
  isWord(t) && t.cap && !OPENERS.has(t.lower) && !/^\d/.test(t.text);

/** Reads a subject starting at token `k`; returns its end, or -1. */
function subjectAt(toks: readonly Token[], k: number): number {
  const t = toks[k];
  if (!isWord(t)) return -1;
  if (SUBJECT_PRONOUNS.has(t.lower)) return isWord(toks[k + 1]) ? k + 1 : -1;
  if (DETS.has(t.lower)) {
    // 'The judge then turned', 'The email goes on', 'the Illinois Board of Elections was'.
    let j = k + 1;
    if (nameWord(toks[j])) {
      const end = subjectAt(toks, j);
      return end > j ? end : -1;
    } else if (isWord(toks[j]) && !(toks[j] as Token).cap) {
      j++;
    } else {
      return -1;
    }
    const next = toks[j];
    if (!isWord(next) || next.cap) return -1;
    if (AUXILIARIES.has(next.lower) || /(?:ed|es|s)$/.test(next.lower)) return j;
    return -1;
  }
  if (!nameWord(t) || GENERIC_CAPITALS.has(t.lower)) {
    // A title word opening a name is fine ('Gov. John Kasich', 'President Obama'); a bare nationality is not.
    if (!(isWord(t) && t.cap && GENERIC_CAPITALS.has(t.lower.replace(/\.$/, '')) && nameWord(toks[k + 1]))) return -1;
  }
  // Capitalised words, with at most two lower-case role words between them ('Band member Flea').
  let j = k + 1;
  let lastCap = k;
  let lowerRun = 0;
  while (j < toks.length && j - k < 10) {
    const u = toks[j];
    if (u === undefined) break;
    if (u.kind !== 'word') {
      if (u.kind === 'punct' && u.text === '(') {
        // '(R-SC)' after a name.
        let p = j + 1;
        while (p < toks.length && p - j < 6 && !(toks[p]?.kind === 'punct' && toks[p]?.text === ')')) p++;
        if (toks[p]?.text === ')') {
          lastCap = p;
          j = p + 1;
          continue;
        }
      }
      break;
    }
    if (nameWord(u)) {
      lastCap = j;
      lowerRun = 0;
    } else if (!u.cap && lowerRun < 2 && nameWord(toks[j + 1]) && !AUXILIARIES.has(u.lower)) {
      lowerRun++;
    } else if (!u.cap && lowerRun === 0 && !AUXILIARIES.has(u.lower) && isWord(toks[j + 1]) && nameWord(toks[j + 2])) {
      lowerRun++;
    } else {
      break;
    }
    j++;
  }
  const end = lastCap + 1;
  const next = toks[end];
  if (!isWord(next) || next.cap) return -1;
  return end;
}

/**
 * The subject of the clause-initial phrase of a sentence, tokens `toks` running from the sentence start.
 * Looks at the sentence start and after each comma, skipping introductory phrases ('Hours later,').
 */
export function sentenceSubject(text: string, toks: readonly Token[]): Mention | undefined {
  let k = 0;
  let segments = 0;
  while (k < toks.length && segments < 6) {
    // Skip up to two opener words ('When he returned', 'But Trump said').
    let s = k;
    for (let n = 0; n < 2 && isWord(toks[s]) && OPENERS.has((toks[s] as Token).lower) && !SUBJECT_PRONOUNS.has((toks[s] as Token).lower) && !DETS.has((toks[s] as Token).lower); n++) s++;
    const opener = s > k;
    const end = subjectAt(toks, s);
    if (end > s && !(opener && !isWord(toks[s]))) return mention(text, toks, s, end);
    // Next clause: after the next comma.
    let j = k;
    while (j < toks.length && !isComma(toks[j])) j++;
    k = j + 1;
    segments++;
  }
  return undefined;
}

/**
 * The name right before a colon that introduces a quote: 'Kasich: ‘We Are Going …’', '… - HuffPollster: “…”'.
 * `toks` end just before the colon.
 */
export function colonSpeaker(text: string, toks: readonly Token[]): Mention | undefined {
  const end = toks.length;
  let start = end;
  while (start > 0 && end - start < 6) {
    const t = toks[start - 1];
    if (!isWord(t) || !(t.cap || PRONOUNS.has(t.lower))) break;
    start--;
  }
  // 'Continued Stone:' — a cue verb opening the sentence is not part of the name.
  while (start < end && CUE_VERBS.has((toks[start] as Token).lower)) start++;
  if (start === end) return undefined;
  const before = toks[start - 1];
  const boundary = before === undefined || before.kind === 'break' ||
    (before.kind === 'punct' && /^[-—–.,;]$/.test(before.text));
  if (!boundary) return undefined;
  if (toks.slice(start, end).every((t) => OPENERS.has(t.lower) || GENERIC_CAPITALS.has(t.lower))) return undefined;
  return mention(text, toks, start, end);
}

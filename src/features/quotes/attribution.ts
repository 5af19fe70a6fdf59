/**
 * Cue patterns around one quote. Each reads the tokens of a short window beside the quote (never more than a
 * few hundred characters) and returns the speaker phrase the cue attaches to.
 *
 * After the quote:  “…,” said X[, description]   “…,” X[, description,] said   “…,” according to X
 * Before the quote: X said[ adjunct]: “…”         X told reporters, “…”          According to X, “…”
 *                   X says “…” (no punctuation, nothing between verb and mark)
 * 'X said that “…”' and 'X said the plan was “…”' are indirect speech with a quoted fragment: not direct.
 */
import {
  AUXILIARIES,
  CLAUSE_WORDS,
  CUE_PARTICIPLES,
  CUE_VERBS,
  DETERMINERS,
  NP_STOPPERS,
  PHRASAL_CUES,
  PRONOUNS,
  TITLE_ABBREVIATIONS,
} from './lexicon.js';
import type { Token } from './tokens.js';

/** A stretch of the article text. */
export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What a cue pattern found. */
export interface Cue {
  /** The speaker phrase as written; absent for a participle cue ('…, adding, “…”'). */
  readonly speaker?: Mention;
  readonly description?: Mention;
  readonly cue: Mention;
  /** Words around the speaker that may say it is anonymous ('who requested anonymity'). */
  readonly context: string;
  /** A participle with no subject of its own: the sentence's speaker goes on. */
  readonly participle: boolean;
  /** Offset just after the attribution (speaker, description or cue, whichever ends last). */
  readonly end: number;
}

/** The result of looking before a quote. */
export type PreCue =
  /** `bare`: no comma or colon between the cue and the mark ('She says “we …”'). */
  | { readonly kind: 'cue'; readonly cue: Cue; readonly bare: boolean }
  /** A cue verb whose object is a clause holding the quote: 'said that “…”', 'said it was “…”'. */
  | { readonly kind: 'indirect' }
  /** Nothing but white space since the sentence began. */
  | { readonly kind: 'sentence-start' }
  /** The quote follows a colon with no cue verb ('The message was clear: “…”'). */
  | { readonly kind: 'colon' }
  /** The quote follows a comma or dash, with no cue verb ('In Iowa, “…”'). */
  | { readonly kind: 'clause' }
  /** Words precede the quote in its sentence with no cue: a fragment inside a sentence. */
  | { readonly kind: 'inline'; readonly lastWord: string };

const isComma = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && t.text === ',';
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isDash = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'punct' && (t.text === '—' || t.text === '–' || t.text === '-');
const isMarkToken = (t: Token): boolean => t.kind === 'punct' && /["“”„«»‘’'‚‹›]/.test(t.text);
const isStop = (t: Token): boolean =>
  t.kind === 'break' || (t.kind === 'punct' && (t.text === '.' || t.text === '?' || t.text === '!' || t.text === ';' || isMarkToken(t)));

/** A lower-case cue verb that is not a noun after a determiner ('the state', 'a note'). */
export function isCueVerb(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || t.cap) return false;
  const particle = PHRASAL_CUES.get(t.lower);
  if (particle !== undefined && toks[k + 1]?.lower === particle) return true;
  if (!CUE_VERBS.has(t.lower) && !CUE_PARTICIPLES.has(t.lower)) return false;
  const prev = toks[k - 1];
  return !(isWord(prev) && DETERMINERS.has(prev.lower) && prev.lower !== 'that');
}

/** A cue verb proper (not a participle), as `isCueVerb` decides. */
export function isFiniteCue(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && !CUE_PARTICIPLES.has(t.lower) && isCueVerb(toks, k);
}

function mention(text: string, toks: readonly Token[], from: number, to: number): Mention | undefined {
  const a = toks[from];
  const b = toks[to - 1];
  if (a === undefined || b === undefined || to <= from) return undefined;
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end };
}

/**
 * Tokens [from, to) hold a plausible speaker: 1–12 words, at least one not a determiner ('Some' alone
 * will do), and no punctuation but one parenthesis group ('Sen. Lindsey Graham (R-SC)').
 */
export function plausibleSpeaker(toks: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 14) return false;
  let content = 0;
  let inParens = false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t === undefined) return false;
    if (t.kind === 'punct' && t.text === '(' && !inParens && k > from) {
      inParens = true;
      continue;
    }
    if (t.kind === 'punct' && t.text === ')' && inParens) {
      inParens = false;
      continue;
    }
    if (inParens) continue;
    // A paragraph wrongly broken after a title ('Dr.⏎Anand Sharma').
    if (t.kind === 'break' && k > from && (toks[k - 1]?.abbrev ?? false)) continue;
    if (t.kind !== 'word') return false;
    if (!DETERMINERS.has(t.lower)) content++;
  }
  if (inParens) return false;
  const first = toks[from];
  if (first === undefined || CLAUSE_WORDS.has(first.lower) || AUXILIARIES.has(first.lower)) return false;
  return content > 0 || (to - from === 1 && /^(?:some|many|several|both|all|most|few)$/.test(first.lower));
}

/** If token `end - 1` closes a short parenthesis group, the index of its '('; else `end`. */
function parenStart(toks: readonly Token[], end: number): number {
  const last = toks[end - 1];
  if (last === undefined || last.kind !== 'punct' || last.text !== ')') return end;
  for (let k = end - 2; k >= 0 && end - k <= 8; k--) {
    const t = toks[k];
    if (t === undefined || t.kind === 'break') break;
    if (t.kind === 'punct' && t.text === '(') return k;
  }
  return end;
}

/**
 * Reads a speaker phrase forward from `i` ('a senior Russian defense official', 'Dr. Anand Sharma', 'he').
 * Stops at punctuation, a clause word, a preposition other than of/for, or a participle. A line break right
 * after a title abbreviation ('said Dr.⏎Anand Sharma') does not stop it: the paragraph was broken wrongly.
 */
export function readSpeakerForward(toks: readonly Token[], i: number): number {
  const first = toks[i];
  if (!isWord(first)) return i;
  if (PRONOUNS.has(first.lower)) return i + 1;
  let j = i;
  let words = 0;
  // After a participle ('an analyst specializing in …', 'one Republican involved in …') prepositions
  // belong to the phrase.
  let modified = false;
  while (j < toks.length && words < 12) {
    const t = toks[j];
    if (t === undefined) break;
    if (t.kind === 'break') {
      const prev = toks[j - 1];
      if (words > 0 && prev !== undefined && prev.abbrev && TITLE_ABBREVIATIONS.has(prev.lower.replace(/\.$/, ''))) {
        j++;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    if (CLAUSE_WORDS.has(t.lower)) break;
    if (words > 0 && isCueVerb(toks, j)) break;
    const prev = toks[j - 1];
    if (words > 0 && !modified && !t.cap && prev !== undefined && !prev.cap &&
      (/^[a-z]{3,}(?:ing|ed)$/.test(t.lower) || POSTMODIFIERS.has(t.lower)) && !NP_STOPPERS.has(t.lower)) {
      modified = true;
    } else if (words > 0 && !modified && NP_STOPPERS.has(t.lower) && !(prev !== undefined && DETERMINERS.has(prev.lower))) {
      // 'said Trump on Monday' stops; 'a Wednesday editorial' does not.
      break;
    } else if (modified && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|last|when|after|before|during|adding|according)$/.test(t.lower)) {
      break;
    }
    j++;
    words++;
  }
  // A phrase does not end in a dangling 'of', 'the', 'and'.
  while (j > i) {
    const last = toks[j - 1];
    if (last !== undefined && last.kind === 'word' && (last.lower === 'of' || last.lower === 'for' || last.lower === 'and' || DETERMINERS.has(last.lower))) j--;
    else if (last !== undefined && last.kind === 'break') j--;
    else break;
  }
  return j;
}

/** An appositive after a speaker: ', a senior fellow at the Observer Research Foundation'. */
function appositiveStarts(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (DETERMINERS.has(t.lower) && t.lower !== 'that' && t.lower !== 'no') return true;
  if (/^(?:former|longtime|long-time|then|now|veteran|retired|senior|chief|deputy|acting|interim|newly)$/.test(t.lower)) return true;
  if (/^\d/.test(t.text)) return true; // '58,' as in 'Ramos, 58, said'
  if (CLAUSE_WORDS.has(t.lower) || /ing$/.test(t.lower) || CUE_VERBS.has(t.lower) || CUE_PARTICIPLES.has(t.lower)) return false;
  // A role without an article ('deputy homeland security advisor', 'director of the …').
  return t.cap || !NP_STOPPERS.has(t.lower);
}

/** Reads an appositive from `i` (just after its comma) to the next comma or sentence end; returns its end. */
function readAppositive(toks: readonly Token[], i: number, stopAtCue: boolean): number {
  let j = i;
  while (j < toks.length && j - i < 25) {
    const t = toks[j];
    if (t === undefined || t.kind === 'break' || isStop(t) || isComma(t)) break;
    if (t.kind === 'punct' && (t.text === '(' || t.text === ')' || isDash(t))) break;
    if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'which' || t.lower === 'whose')) break;
    if (stopAtCue && isCueVerb(toks, j)) break;
    j++;
  }
  return j;
}

/** Text from token `from` to the sentence end (at most `limit` tokens): the status context. */
function contextAfter(text: string, toks: readonly Token[], from: number, limit = 30): string {
  let j = from;
  while (j < toks.length && j - from < limit) {
    const t = toks[j];
    if (t === undefined || isStop(t)) break;
    j++;
  }
  const a = toks[from];
  const b = toks[j - 1];
  return a !== undefined && b !== undefined && j > from ? text.slice(a.start, b.end) : '';
}

/**
 * A cue after a quote. `toks` start just after the closing mark. `endsSentence`: the quote's content ended
 * with a full stop, so only a short 'X said.' sentence may still attribute it.
 */
export function findPostCue(text: string, toks: readonly Token[], endsSentence: boolean): Cue | undefined {
  let i = 0;
  while (i < toks.length && i < 2 && (isComma(toks[i]) || isDash(toks[i]))) i++;
  const first = toks[i];
  if (!isWord(first)) return undefined;
  // After a full stop, a lower-case word means the sentence did not end there: '‘… We will see.’ said X'.
  if (endsSentence && !first.cap && !isFiniteCue(toks, i)) return undefined;
  if (endsSentence && !first.cap) return findPostCue(text, toks, false);

  // “…,” according to X
  if (!endsSentence && first.lower === 'according' && toks[i + 1]?.lower === 'to') {
    const end = readSpeakerForward(toks, i + 2);
    if (!plausibleSpeaker(toks, i + 2, end)) return undefined;
    return withDescription(text, toks, i + 2, end, mention(text, toks, i, i + 2));
  }

  // “…,” said X
  if (!endsSentence && isFiniteCue(toks, i)) {
    const end = readSpeakerForward(toks, i + 1);
    if (!plausibleSpeaker(toks, i + 1, end)) return undefined;
    return withDescription(text, toks, i + 1, end, mention(text, toks, i, i + 1));
  }

  // “…,” X[, description,] said
  let v = -1;
  for (let k = i; k < toks.length && k - i < 32; k++) {
    const t = toks[k];
    if (t === undefined || isStop(t)) break;
    if (isFiniteCue(toks, k)) {
      v = k;
      break;
    }
  }
  if (v < 0) return undefined;
  let npEnd = v;
  while (npEnd > i && AUXILIARIES.has(toks[npEnd - 1]?.lower ?? '')) npEnd--;
  // Split the words before the verb at commas: speaker, then an appositive or a relative clause.
  let firstComma = -1;
  let commas = 0;
  for (let k = i; k < npEnd; k++) {
    if (isComma(toks[k])) {
      commas++;
      if (firstComma < 0) firstComma = k;
    }
  }
  // 'X, description, said' or 'X, 58, description, said': the words before the verb end with a comma.
  // 'another friend, Mariam Emara told CNN': one comma, a name after it.
  const renamed = commas === 1 && toks[firstComma + 1]?.cap === true;
  if (commas !== 0 && !renamed && (commas < 2 || commas > 4 || !isComma(toks[npEnd - 1]))) return undefined;
  const speakerEnd = firstComma < 0 ? npEnd : firstComma;
  if (!plausibleSpeaker(toks, i, speakerEnd)) return undefined;
  if (speakerEnd - i > 8) return undefined;
  if (endsSentence) {
    // 'X said.' as a sentence of its own, or with a short adjunct.
    let k = v + 1;
    while (k < toks.length && k - v <= 5 && !isStop(toks[k] as Token)) k++;
    const stop = toks[k];
    if (stop === undefined || stop.kind !== 'punct' || stop.text !== '.') return undefined;
    if (commas > 0) return undefined;
  }
  let description: Mention | undefined;
  let context = contextAfter(text, toks, v + 1);
  // The segments between the commas: the first appositive that is not an age is the description; the
  // rest (relative clauses, participles) is context for the source status.
  let inner = firstComma + 1;
  while (firstComma >= 0 && !renamed && inner < npEnd) {
    let innerEnd = inner;
    while (innerEnd < npEnd && !isComma(toks[innerEnd])) innerEnd++;
    const age = innerEnd === inner + 1 && /^\d+$/.test(toks[inner]?.text ?? '');
    if (description === undefined && !age && appositiveStarts(toks[inner]) && readAppositive(toks, inner, true) >= innerEnd) {
      description = mention(text, toks, inner, innerEnd);
    } else if (!age) {
      const segment = mention(text, toks, inner, innerEnd);
      if (segment !== undefined) context = `${segment.text} ${context}`;
    }
    inner = innerEnd + 1;
  }
  if (renamed) description = mention(text, toks, firstComma + 1, npEnd);
  const speaker = mention(text, toks, i, speakerEnd);
  const cue = mention(text, toks, v, v + 1);
  if (speaker === undefined || cue === undefined) return undefined;
  const end = Math.max(speaker.end, cue.end, description?.end ?? 0);
  return { speaker, cue, context, participle: false, end, ...(description === undefined ? {} : { description }) };
}

function withDescription(
  text: string,
  toks: readonly Token[],
  from: number,
  end: number,
  cue: Mention | undefined,
): Cue | undefined {
  const speaker = mention(text, toks, from, end);
  if (speaker === undefined || cue === undefined) return undefined;
  let description: Mention | undefined;
  let after = end;
  if (isComma(toks[end]) && appositiveStarts(toks[end + 1])) {
    const dEnd = readAppositive(toks, end + 1, false);
    if (dEnd > end + 1) {
      description = mention(text, toks, end + 1, dEnd);
      after = dEnd;
    }
  }
  const context = contextAfter(text, toks, after);
  const stop = Math.max(speaker.end, cue.end, description?.end ?? 0);
  return { speaker, cue, context, participle: false, end: stop, ...(description === undefined ? {} : { description }) };
}

/** Adjectives that take a complement after a noun: 'people familiar with the matter', 'a source close to …'. */
const POSTMODIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'aware', 'responsible', 'loyal', 'opposed', 'sympathetic']);

/** Words after the cue verb that make the quote the object of a clause, not a direct quote. */
const INDIRECT_WORDS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who']);

/**
 * A cue before a quote. `toks` run from the sentence start (or the previous quote's end) to the opening mark.
 */
export function findPreCue(text: string, toks: readonly Token[]): PreCue {
  let n = toks.length;
  while (n > 0 && toks[n - 1]?.kind === 'break') n--;
  if (n === 0) return { kind: 'sentence-start' };
  const last = toks[n - 1] as Token;
  const trailing = last.kind === 'punct' && (last.text === ':' || last.text === ',' || isDash(last)) ? last.text : '';
  const core = trailing === '' ? n : n - 1;
  if (core === 0) return trailing === ':' ? { kind: 'colon' } : { kind: 'sentence-start' };

  // Said X, “…” (a sentence opening with the verb).
  const opener = toks[0];
  if (isWord(opener) && opener.cap && (opener.lower === 'said' || opener.lower === 'says') && trailing !== '') {
    const end = readSpeakerForward(toks, 1);
    if (plausibleSpeaker(toks, 1, end)) {
      const speaker = mention(text, toks, 1, end) as Mention;
      const cue = mention(text, toks, 0, 1) as Mention;
      return { kind: 'cue', cue: { speaker, cue, context: mention(text, toks, end, core)?.text ?? '', participle: false, end: speaker.end }, bare: false };
    }
  }

  // According to X, “…”
  for (let k = core - 2; k >= 0 && core - k <= 14; k--) {
    const t = toks[k];
    if (t === undefined || isStop(t)) break;
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to' && trailing !== '') {
      const end = readSpeakerForward(toks, k + 2);
      if (end === core && plausibleSpeaker(toks, k + 2, end)) {
        const speaker = mention(text, toks, k + 2, end);
        const cue = mention(text, toks, k, k + 2);
        if (speaker !== undefined && cue !== undefined) {
          return { kind: 'cue', cue: { speaker, cue, context: '', participle: false, end: speaker.end }, bare: false };
        }
      }
      break;
    }
  }

  let v = -1;
  for (let k = core - 1; k >= 0 && core - 1 - k <= 12; k--) {
    const t = toks[k];
    if (t === undefined || isStop(t) || isDash(t)) break;
    if (isCueVerb(toks, k)) {
      v = k;
      break;
    }
  }
  if (v < 0) {
    if (trailing === ':') return { kind: 'colon' };
    if (trailing !== '') return { kind: 'clause' };
    return { kind: 'inline', lastWord: last.lower };
  }
  // The words between the verb and the mark: an adjunct ('in a statement', 'reporters') or a clause.
  // A colon ends the clause: 'Trump asserted that France had lost its identity: “…”' quotes directly.
  const clauseEnd = trailing === ':' ? { kind: 'colon' as const } : { kind: 'indirect' as const };
  for (let k = v + 1; k < core; k++) {
    const t = toks[k];
    if (t === undefined) continue;
    if (t.kind === 'word' && INDIRECT_WORDS.has(t.lower)) return clauseEnd;
    if (isStop(t)) return clauseEnd;
  }
  if (trailing === '' && core > v + 1) return { kind: 'indirect' };
  if (core - v - 1 > 10) return clauseEnd;

  const cue = speakerBefore(text, toks, v);
  const after = mention(text, toks, v + 1, core);
  const bare = trailing === '';
  if (after === undefined) return { kind: 'cue', cue, bare };
  return { kind: 'cue', cue: { ...cue, context: `${cue.context} ${after.text}`.trim() }, bare };
}

/** Reads a speaker phrase backwards from just before `end`; returns its start. */
function readSpeakerBack(toks: readonly Token[], end: number): number {
  let start = parenStart(toks, end);
  while (start > 0 && end - start < 12) {
    const t = toks[start - 1];
    if (!isWord(t)) break;
    if (CLAUSE_WORDS.has(t.lower) || (NP_STOPPERS.has(t.lower) && t.lower !== 'this')) break;
    if (isCueVerb(toks, start - 1)) break;
    start--;
    if (DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower)) break;
  }
  return start;
}

/**
 * The speaker written before the cue verb at `v` ('Trump said', 'Clinton, who spoke in Ohio, said',
 * 'a senior official told'); a participle cue with no subject of its own ('…, adding') is marked as such.
 */
export function speakerBefore(text: string, toks: readonly Token[], v: number): Cue {
  const verb = toks[v] as Token;
  const cue = mention(text, toks, v, v + 1) as Mention;
  let k = v - 1;
  while (k >= 0 && AUXILIARIES.has(toks[k]?.lower ?? '')) k--;
  if (CUE_PARTICIPLES.has(verb.lower) && (k < 0 || isComma(toks[k]) || toks[k]?.lower === 'as')) {
    return { cue, context: '', participle: true, end: verb.end };
  }
  // An appositive or relative clause between commas before the verb: 'Clinton, who spoke in Ohio, said:'.
  let description: Mention | undefined;
  let context = '';
  let start: number;
  let end: number;
  if (isComma(toks[k])) {
    let k2 = k - 1;
    while (k2 >= 0 && k - k2 <= 25 && !isComma(toks[k2]) && !isStop(toks[k2] as Token)) k2--;
    if (k2 < 0 || !isComma(toks[k2])) return { cue, context: '', participle: true, end: verb.end };
    end = k2;
    start = readSpeakerBack(toks, end);
    const before = toks[start - 1];
    const subject = plausibleSpeaker(toks, start, end) &&
      !(isWord(before) && (NP_STOPPERS.has(before.lower) || before.lower === 'of' || before.lower === 'for'));
    if (!subject) {
      // 'after winning Ohio, Gov. John Kasich (R-OH), said': the words between the commas are the speaker.
      start = k2 + 1;
      end = k;
    } else if (appositiveStarts(toks[k2 + 1]) && readAppositive(toks, k2 + 1, true) >= k) {
      description = mention(text, toks, k2 + 1, k);
    } else {
      context = mention(text, toks, k2 + 1, k)?.text ?? '';
    }
  } else {
    end = k + 1;
    start = readSpeakerBack(toks, end);
  }
  if (!plausibleSpeaker(toks, start, end)) return { cue, context, participle: true, end: verb.end };
  const speaker = mention(text, toks, start, end) as Mention;
  return { speaker, cue, context, participle: false, end: verb.end, ...(description === undefined ? {} : { description }) };
}

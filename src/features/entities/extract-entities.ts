import type { Article } from '../../model/article.js';
import type { EntityMention, EntityType } from '../../model/entity.js';
import { MAX_PHRASE_TOKENS, ORGS, PLACES, normToken, type PlaceKind } from './gazetteer.js';
import { PLACE_AFTER_NOUNS } from './cues.js';
import { CaseLexicon } from './lexicon.js';
import {
  CAP, F_DOT, F_HYPHEN, F_LINE_START, F_POSSESSIVE, INITIAL, LINE_FIELDS, LOWER, NUM, PUNCT, UPPER, sharedTokens,
  tokenize, type Tokens,
} from './tokenize.js';
import {
  W_CLUB, W_CLUB_WORD, W_COMMON, W_DATE, W_DEMONYM, W_DIRECTION, W_EVENT, W_FUNCTION, W_GIVEN, W_INDIVIDUAL_SPORT,
  W_ORG_AFTER,
  W_LOWER_TITLE, W_OF_HEAD, W_ORG, W_ORG_HEAD, W_ORG_NOUN, W_ORG_SUFFIX, W_PARTICLE, W_PERSON_POSSESSION,
  W_PLACE, W_PLACE_HEAD, W_PLACE_NOUN, W_PLACE_PREP, W_PLACE_SUFFIX, W_PREFIX, W_ROLE, W_SPEECH, W_TEAM_SPORT,
  W_TITLE_HEAD, W_TITLE_MOD, W_VENUE, P_ORG, P_PLACE, P_PREFIX, PHRASE_START_H1, PHRASE_START_H2, PhraseTable,
  WordTable, extendHashes, placeKindOf,
} from './word-table.js';

/**
 * Named-entity recognition for news without a model: capitalised-sequence chunking, hand-written gazetteers,
 * context cues and document-level consistency.
 *
 * Per article, linear in its length; only capitalised tokens (and a few neighbours) become strings:
 * 1. tokenize; mark tokens whose capital letter says nothing (sentence and line starts, after quotes and
 *    dashes, title-case headings, all-caps lines);
 * 2. chunk runs of capitalised tokens (with particles: "van der", "Ministry of Defence", "Centre for …");
 *    a case-uninformative first word stays only if it is not a common lower-case word (SUBTLEX prior), or
 *    is a given name, title or gazetteer phrase;
 * 3. split titles off ("Russian Defense Minister Andrei Belousov" → title 'Defense Minister', person
 *    'Andrei Belousov'; the demonym is dropped) and type each name from local evidence with a strength;
 * 4. document consistency: weak or missing evidence defers to what the rest of the article says about the
 *    same string, or about a person's surname;
 * 5. all-caps lines (headlines) last: only strings the document or the gazetteer knows, and rare words.
 *
 * Cost (the detail stage must run at tens of MB/s): one char-code pass tokenizes, marks case-uninformative
 * tokens and counts each line's kinds of token (tokenize.ts; its tokens are kept for the date and number
 * readers of the same article); words are looked up by hashes read straight from the text (word-table.ts:
 * no substring, no lower-casing), gazetteer phrases by hashes extended token by token (no key built), and a
 * known word's normal form comes from the table, so only names become strings; per-token arrays are reused
 * from article to article (`Scratch`).
 */

const PER: EntityType = 'person';
const ORG: EntityType = 'organisation';
const LOC: EntityType = 'place';

/** Evidence strengths. */
const STRONG = 3; // gazetteer, title, organisation suffix, dateline
const GOOD = 2.5; // given name, role noun, place noun, club word
const FAIR = 2; // cue words that are usually right; document evidence
const WEAK = 1.2; // leanings: prepositions, acronyms

const LINE_NORMAL = 0;
const LINE_HEADING = 1;
const LINE_CAPS = 2;

/** One candidate name: tokens [s, e). */
interface Segment {
  readonly s: number;
  readonly e: number;
  readonly key: string;
  /** Began at a position where capitalisation is not evidence. */
  readonly cu: boolean;
  title: string | undefined;
  type: EntityType | undefined;
  strength: number;
  place: PlaceKind | undefined;
  /** After "in", "at", …: a place even in a sports report. */
  venue: boolean;
  /** Typed by default, with no evidence at all. */
  guessed?: boolean;
  /** Character offsets when the name is part of a token ("Osaka" in "Osaka-based"). */
  chars?: readonly [number, number];
}

type Sport = 'team' | 'individual' | undefined;

/** Finds people, organisations and places named in an article; mentions in text order. */
export function extractEntities(article: Article): readonly EntityMention[] {
  const starts = new Array<number>(article.sentences.length);
  for (let i = 0; i < starts.length; i++) starts[i] = (article.sentences[i] as { start: number }).start;
  return extractWith(article.text, starts, article.title);
}

/** Same as `extractEntities` on bare text (sentence start offsets optional). */
export function extractEntitiesFromText(text: string, sentenceStarts: readonly number[] = []): readonly EntityMention[] {
  return extractWith(text, sentenceStarts, undefined);
}

function extractWith(text: string, sentenceStarts: readonly number[], title: string | undefined): readonly EntityMention[] {
  // One scratch is kept between calls; a nested call (there are none today) gets its own, and its own tokens
  // so that the outer call's shared tokens stay as they are.
  const scratch = idleScratch;
  if (scratch === undefined) return new EntityExtractor(text, tokenize(text, sentenceStarts), title, new Scratch()).run();
  idleScratch = undefined;
  try {
    return new EntityExtractor(text, sharedTokens(text, sentenceStarts), title, scratch).run();
  } finally {
    idleScratch = scratch;
  }
}

/**
 * Per-token working memory of one extraction, reused from article to article: the typed arrays only grow,
 * so an article costs no array allocation (typed arrays live outside the JS heap and are costly to make
 * and to collect). It holds nothing between calls that a result depends on: `prepare` resets it.
 */
class Scratch {
  norms: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  bits = new Int32Array(1024);
  slots = new Int32Array(1024);
  cu = new Uint8Array(1024);
  lineMode = new Uint8Array(1024);
  shapeCache = new Uint8Array(1024);
  gazetteerCache = new Uint8Array(1024);

  /** Makes the per-token arrays hold `n` fresh entries. */
  prepare(n: number): void {
    if (this.bits.length < n) {
      const size = Math.max(n, this.bits.length * 2);
      this.norms = new Array<string | undefined>(size).fill(undefined);
      this.bits = new Int32Array(size);
      this.slots = new Int32Array(size);
      this.cu = new Uint8Array(size);
      this.lineMode = new Uint8Array(size);
      this.shapeCache = new Uint8Array(size);
      this.gazetteerCache = new Uint8Array(size);
    }
    this.norms.fill(undefined, 0, n);
    this.bits.fill(-1, 0, n);
    this.slots.fill(-1, 0, n);
    this.lineMode.fill(LINE_NORMAL, 0, n);
    this.shapeCache.fill(0, 0, n);
    this.gazetteerCache.fill(255, 0, n);
  }
}

let idleScratch: Scratch | undefined = new Scratch();

class EntityExtractor {
  private readonly t: Tokens;
  private readonly text: string;
  private readonly words = WordTable.standard();
  private readonly phrases = PhraseTable.standard();
  /** Running hashes of a phrase being looked up. */
  private readonly phraseHash = new Int32Array(2);
  private readonly norms: (string | undefined)[];
  /** Word-table bits per token (W_COMMON included); -1 until looked up. */
  private readonly bits: Int32Array;
  /** Word-table slot per looked-up token that the table holds (its normal form), else -1. */
  private readonly slots: Int32Array;
  /** 1 where a capital letter is not evidence of a name. */
  private readonly cu: Uint8Array;
  private readonly lineMode: Uint8Array;
  /** nameShape per token: 0 not computed, 1 no, 2 yes. */
  private readonly shapeCache: Uint8Array;
  /** Longest gazetteer phrase at each token (255: not computed yet). */
  private readonly gazetteerCache: Uint8Array;
  // Collections made afresh per article: reused ones would live in the old generation, and every object put
  // in them would cost a write barrier and a remembered-set entry (measured slower).
  private readonly segments: Segment[] = [];
  /** First tokens of names that follow a capitalised role noun ("Midfielder Paulo Sousa"). */
  private readonly roleBefore = new Set<number>();
  /** Words seen as "X-based": places. */
  private readonly based = new Set<string>();
  /** Case-uninformative capitalised tokens dropped as common words; reconsidered with document evidence. */
  private readonly dropped: number[] = [];
  private readonly sport: Sport;

  // Document evidence.
  private readonly votes = new Map<string, [number, number, number]>();
  private readonly personParts = new Set<string>();
  private readonly acronyms = new Map<string, EntityType>();
  private readonly resolved = new Map<string, EntityType>();

  constructor(text: string, tokens: Tokens, title: string | undefined, scratch: Scratch) {
    this.text = text;
    this.t = tokens;
    scratch.prepare(this.t.count);
    this.norms = scratch.norms;
    this.bits = scratch.bits;
    this.slots = scratch.slots;
    this.cu = scratch.cu;
    this.lineMode = scratch.lineMode;
    this.shapeCache = scratch.shapeCache;
    this.gazetteerCache = scratch.gazetteerCache;
    this.markLines();
    this.sport = this.detectSport(title);
  }

  run(): readonly EntityMention[] {
    this.chunkAll();
    for (const seg of this.segments) this.classify(seg);
    this.resolve();
    this.reconsiderDropped();
    this.capsLines();
    const segs = this.segments.filter((s) => s.type !== undefined);
    // Chunking adds segments in text order; only the later passes (dropped words, all-caps lines) may not.
    let sorted = true;
    for (let i = 1; i < segs.length && sorted; i++) sorted = (segs[i - 1] as Segment).s <= (segs[i] as Segment).s;
    if (!sorted) segs.sort((a, b) => a.s - b.s);
    const out: EntityMention[] = [];
    let lastEnd = -1;
    for (const seg of segs) {
      const start = seg.chars?.[0] ?? (this.t.start[seg.s] as number);
      const end = seg.chars?.[1] ?? (this.t.end[seg.e - 1] as number);
      if (start < lastEnd) continue;
      lastEnd = end;
      const type = seg.type as EntityType;
      const text = this.text.slice(start, end);
      out.push(seg.title !== undefined && type === PER ? { text, start, end, type, title: seg.title } : { text, start, end, type });
    }
    return out;
  }

  // ---- token helpers ----------------------------------------------------------------------------------

  private norm(k: number): string {
    let n = this.norms[k];
    if (n === undefined) {
      // A known word's normal form comes from the word table; only names make strings.
      this.lookup(k);
      const slot = this.slots[k] as number;
      n = this.norms[k] ?? (slot >= 0 ? this.words.formAt(slot) : normToken(this.text.slice(this.t.start[k] as number, this.t.end[k] as number)));
      this.norms[k] = n;
    }
    return n;
  }

  /** PhraseTable bits of tokens [a, b) as one phrase (their normal forms joined by spaces). */
  private phraseBits(a: number, b: number): number {
    const h = this.phraseHash;
    h[0] = PHRASE_START_H1;
    h[1] = PHRASE_START_H2;
    for (let k = a; k < b; k++) {
      if (!extendHashes(h, this.text, this.t.start[k] as number, this.t.end[k] as number, k > a)) {
        return this.phrases.get(this.phraseKey(a, b));
      }
    }
    return this.phrases.probe(h[0] as number, h[1] as number);
  }

  private isPlacePhrase(a: number, b: number): boolean {
    return (this.phraseBits(a, b) & P_PLACE) !== 0;
  }

  /** All word-table bits of token k, W_COMMON included (0 outside the text). Cached per token. */
  private lookup(k: number): number {
    if (k < 0 || k >= this.t.count) return 0;
    let b = this.bits[k] as number;
    if (b < 0) {
      b = this.words.getSpan(this.text, this.t.start[k] as number, this.t.end[k] as number);
      this.bits[k] = b;
      const made = this.words.lastMade;
      if (made !== undefined) {
        if (this.norms[k] === undefined) this.norms[k] = made;
      } else {
        this.slots[k] = this.words.lastSlot;
      }
    }
    return b;
  }

  /** Word-list bits of token k (0 outside the text); W_COMMON is not among them, see `common`. */
  private wb(k: number): number {
    return this.lookup(k) & ~W_COMMON;
  }

  /** Whether token k is a common lower-case word (SUBTLEX prior). Cached. */
  private common(k: number): boolean {
    return (this.lookup(k) & W_COMMON) !== 0;
  }

  /** Word bits of a lower-case token k (0 when k is not lower-case). */
  private lowerBits(k: number): number {
    return this.kind(k) === LOWER ? this.wb(k) : 0;
  }

  private str(k: number): string {
    return this.text.slice(this.t.start[k], this.t.end[k]);
  }

  private kind(k: number): number {
    return k >= 0 && k < this.t.count ? (this.t.kind[k] as number) : -1;
  }

  private flag(k: number, f: number): boolean {
    return k >= 0 && k < this.t.count && ((this.t.flags[k] as number) & f) !== 0;
  }

  private punctIs(k: number, ch: number): boolean {
    return this.kind(k) === PUNCT && this.text.charCodeAt(this.t.start[k] as number) === ch;
  }

  private isWordShape(k: number): boolean {
    const kd = this.kind(k);
    return kd === CAP || kd === UPPER || kd === INITIAL;
  }

  private isLowerWord(k: number, w: string): boolean {
    return this.kind(k) === LOWER && this.tokenIs(k, w);
  }

  /** `norm(k) === w` for a lower-case ASCII `w`, read from the text without making the token's string. */
  private tokenIs(k: number, w: string): boolean {
    const n = this.norms[k];
    if (n !== undefined) return n === w;
    const text = this.text;
    const end = this.t.end[k] as number;
    let p = 0;
    for (let i = this.t.start[k] as number; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === 46) continue;
      if (c >= 128) {
        if (c !== 0x2019) return this.norm(k) === w;
        c = 39;
      } else if (c >= 65 && c <= 90) c |= 32;
      if (w.charCodeAt(p++) !== c) return false;
    }
    return p === w.length;
  }

  private phraseKey(a: number, b: number): string {
    if (b - a === 1) return this.norm(a);
    // Tokens one space apart, of ASCII without periods: the key is the text lower-cased (one flat string).
    const { start, end } = this.t;
    const from = start[a] as number;
    const to = end[b - 1] as number;
    let simple = true;
    for (let k = a; k < b - 1 && simple; k++) simple = (end[k] as number) + 1 === start[k + 1] && this.text.charCodeAt(end[k] as number) === 32;
    for (let i = from; i < to && simple; i++) {
      const c = this.text.charCodeAt(i);
      simple = c < 128 && c !== 46;
    }
    if (simple) return this.text.slice(from, to).toLowerCase();
    let key = this.norm(a);
    for (let k = a + 1; k < b; k++) key += ' ' + this.norm(k);
    return key;
  }

  private lineEnd(k: number): number {
    let e = k + 1;
    while (e < this.t.count && !this.flag(e, F_LINE_START)) e++;
    return e;
  }

  // ---- lines and positions ----------------------------------------------------------------------------

  /**
   * Classifies each line as normal text, a title-case heading, or all caps, and marks the tokens whose capital
   * letter is not evidence of a name (`cu`): sentence and line starts, words after sentence punctuation,
   * quotes, dashes, bullets, brackets and colons, and every token of a heading or all-caps line.
   */
  private markLines(): void {
    const { kind, lines, lineCount } = this.t;
    // The tokenizer marked `uninformative` as if every line were prose and counted each line's tokens.
    this.cu.set(this.t.uninformative.subarray(0, this.t.count));
    for (let li = 0; li < lineCount; li++) {
      const o = li * LINE_FIELDS;
      const a = lines[o] as number;
      const b = lines[o + 1] as number;
      const caps = lines[o + 2] as number;
      const cap = lines[o + 3] as number;
      const lower = lines[o + 4] as number;
      const num = lines[o + 5] as number;
      let mode = LINE_NORMAL;
      if (caps >= 1 && (cap + lower) * 4 <= caps && (caps >= 2 || num > 0)) mode = LINE_CAPS;
      else if (cap >= 2 && num === 0 && b - a <= 16 && lower <= 6) {
        // A title-case heading: capitalised words and function words only.
        let content = false;
        for (let k = a; k < b && !content; k++) if (kind[k] === LOWER && (this.wb(k) & W_FUNCTION) === 0) content = true;
        if (!content) mode = LINE_HEADING;
      }
      if (mode !== LINE_NORMAL) {
        // Every capital letter of a heading or an all-caps line says nothing.
        this.lineMode.fill(mode, a, b);
        this.cu.fill(1, a, b);
      }
    }
  }

  /**
   * Wire sports reports name their sport before a dash in the headline: "SOCCER - …", "RUGBY UNION - …",
   * "Tennis - …". Team sports name clubs after towns; individual sports name people.
   */
  private detectSport(title: string | undefined): Sport {
    const classify = (words: readonly string[]): Sport => {
      let sport: Sport;
      for (const w of words) {
        const b = this.words.get(w);
        if ((b & W_TEAM_SPORT) !== 0) return 'team';
        if ((b & W_INDIVIDUAL_SPORT) !== 0) sport = 'individual';
      }
      return sport;
    };
    if (title !== undefined) {
      const m = /^([A-Za-z ]{3,30}?)\s*[-\u2013\u2014:]\s/.exec(title);
      if (m?.[1] !== undefined) {
        const s = classify(m[1].toLowerCase().split(/\s+/));
        if (s !== undefined) return s;
      }
    }
    const words: string[] = [];
    for (let k = 0; k < Math.min(this.t.count, 5); k++) {
      if (k > 0 && this.flag(k, F_LINE_START)) break;
      if (this.kind(k) === PUNCT) {
        const c = this.text.charCodeAt(this.t.start[k] as number);
        if (c === 45 || c === 0x2013 || c === 0x2014 || c === 58) return classify(words);
        break;
      }
      words.push(this.norm(k));
    }
    return undefined;
  }

  // ---- chunking ---------------------------------------------------------------------------------------

  /** Whether token k can be part of a name, by shape (and, for hyphenated words, by parts). Cached. */
  private nameShape(k: number): boolean {
    const kd = this.kind(k);
    if (kd === LOWER) return this.flag(k, F_HYPHEN) && this.particleName(k);
    if (kd !== CAP && kd !== UPPER && kd !== INITIAL) return false;
    const c = this.shapeCache[k];
    if (c !== 0) return c === 2;
    const r = this.computeNameShape(k, kd);
    this.shapeCache[k] = r ? 2 : 1;
    return r;
  }

  /** "al-Qidra", "el-Sisi", "bin-Laden": a lower-case particle joined to a capitalised name. */
  private particleName(k: number): boolean {
    const s = this.str(k);
    const h = s.indexOf('-');
    const c = s.charCodeAt(h + 1);
    return h > 0 && h <= 3 && c >= 65 && c <= 90 && (this.words.get(s.slice(0, h)) & W_PARTICLE) !== 0;
  }

  private computeNameShape(k: number, kd: number): boolean {
    if (kd === INITIAL) {
      if (this.flag(k, F_DOT)) return true;
      const s = this.text.charCodeAt(this.t.start[k] as number);
      if (s === 65 || s === 73) return false; // 'A', 'I'
      const nk = this.kind(k + 1);
      return (nk === CAP || nk === INITIAL) && !this.flag(k + 1, F_LINE_START);
    }
    const b = this.wb(k);
    if ((b & W_DATE) !== 0) {
      // "Theresa May" and "Jan Siemerink" are names; "May", "Jan", "Thursday" are not.
      if (kd !== CAP) return false;
      if (this.kind(k - 1) === CAP && (this.wb(k - 1) & W_GIVEN) !== 0) return true;
      return (b & W_GIVEN) !== 0 && this.kind(k + 1) === CAP && (this.wb(k + 1) & W_DATE) === 0 && !this.flag(k + 1, F_LINE_START);
    }
    if (this.flag(k, F_HYPHEN)) return this.hyphenName(k);
    return true;
  }

  /** "Jean-Pierre", "Rishon-Lezion" are names; "Russian-Indian", "India-Russia", "Toronto-based" are not. */
  private hyphenName(k: number): boolean {
    if ((this.phraseBits(k, k + 1) & (P_PLACE | P_ORG)) !== 0) return true;
    const text = this.text;
    const start = this.t.start[k] as number;
    const end = this.t.end[k] as number;
    // Fast path for ASCII words joined by '-': the parts are read in place.
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) return this.hyphenNameByParts(k);
    }
    let known = 0;
    let parts = 0;
    let ps = start;
    while (ps <= end) {
      let pe = ps;
      while (pe < end && text.charCodeAt(pe) !== 45) pe++;
      const c = text.charCodeAt(ps);
      if (parts > 0 && !(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && !hasUpper(text, ps, pe)) {
        // A lower-case part after the first: "Toronto-based", "Russian-made".
        return this.hyphenNameByParts(k);
      }
      const b = this.words.getSpan(text, ps, pe);
      if ((b & (W_DEMONYM | W_PLACE | W_ORG | W_DATE)) !== 0 || spanIs(text, ps, pe, 'sino') || spanIs(text, ps, pe, 'indo') ||
        spanIs(text, ps, pe, 'anglo')) {
        known++;
      }
      parts++;
      ps = pe + 1;
    }
    return known < parts;
  }

  /** `hyphenName` on the token's text split into strings (tokens outside ASCII, and words like "X-based"). */
  private hyphenNameByParts(k: number): boolean {
    const parts = this.str(k).split(/[-\u2010\u2011]/);
    let known = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] ?? '';
      const c = p.charCodeAt(0);
      if (i > 0 && !(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && p.toLowerCase() === p) {
        if (i === parts.length - 1 && (p === 'based' || p === 'born' || p === 'headquartered')) {
          const head = parts.slice(0, i).join('-');
          const key = normToken(head);
          this.based.add(key);
          // "Osaka-based": a known place inside the word is a mention of it.
          if (PLACES.has(key)) {
            const start = this.t.start[k] as number;
            this.segments.push({
              s: k, e: k + 1, key, cu: false, title: undefined, type: LOC, strength: STRONG, place: PLACES.get(key),
              venue: true, chars: [start, start + head.length],
            });
          }
        }
        return false;
      }
      const pn = normToken(p);
      if ((this.words.get(pn) & (W_DEMONYM | W_PLACE | W_ORG | W_DATE)) !== 0 || pn === 'sino' || pn === 'indo' || pn === 'anglo') known++;
    }
    return known < parts.length;
  }

  /** Length of the longest gazetteer phrase starting at token k and ending before `limit` (0 when none). */
  private gazetteerAt(k: number, limit: number): number {
    if (k >= limit || !this.isWordShape(k)) return 0;
    const b = this.wb(k);
    if ((b & W_PREFIX) === 0) return (b & (W_PLACE | W_ORG)) !== 0 ? 1 : 0;
    let cached = this.gazetteerCache[k] as number;
    if (cached === 255) {
      cached = this.gazetteerScan(k, this.t.count);
      this.gazetteerCache[k] = cached;
    }
    return k + cached <= limit ? cached : this.gazetteerScan(k, limit);
  }

  private gazetteerScan(k: number, limit: number): number {
    let best = (this.wb(k) & (W_PLACE | W_ORG)) !== 0 ? 1 : 0;
    const max = Math.min(limit, k + MAX_PHRASE_TOKENS);
    const h = this.phraseHash;
    h[0] = PHRASE_START_H1;
    h[1] = PHRASE_START_H2;
    if (!extendHashes(h, this.text, this.t.start[k] as number, this.t.end[k] as number, false)) return this.gazetteerScanKeys(k, limit);
    for (let j = k + 1; j < max; j++) {
      if (this.flag(j, F_LINE_START)) break;
      const kd = this.kind(j);
      if ((kd === PUNCT && !this.punctIs(j, 38)) || kd === NUM) break;
      if (!extendHashes(h, this.text, this.t.start[j] as number, this.t.end[j] as number, true)) return this.gazetteerScanKeys(k, limit);
      const bits = this.phrases.probe(h[0] as number, h[1] as number);
      if (kd !== LOWER && (bits & (P_PLACE | P_ORG)) !== 0) best = j - k + 1;
      if ((bits & P_PREFIX) === 0) break;
    }
    return best;
  }

  /** `gazetteerScan` with string keys, for tokens outside ASCII. */
  private gazetteerScanKeys(k: number, limit: number): number {
    let key = this.norm(k);
    let best = (this.wb(k) & (W_PLACE | W_ORG)) !== 0 ? 1 : 0;
    const max = Math.min(limit, k + MAX_PHRASE_TOKENS);
    for (let j = k + 1; j < max; j++) {
      if (this.flag(j, F_LINE_START)) break;
      const kd = this.kind(j);
      if ((kd === PUNCT && !this.punctIs(j, 38)) || kd === NUM) break;
      key += ' ' + this.norm(j);
      if (kd !== LOWER && (PLACES.has(key) || ORGS.has(key))) best = j - k + 1;
      if (!PHRASE_PREFIX_KEYS.has(key)) break;
    }
    return best;
  }

  /** Whether a case-uninformative capitalised token is a plain word rather than (part of) a name. */
  private commonAt(k: number): boolean {
    const kd = this.kind(k);
    if (kd === INITIAL) return false;
    const b = this.wb(k);
    if ((b & W_FUNCTION) !== 0) return true;
    if ((b & (W_GIVEN | W_DEMONYM)) !== 0) return false;
    if ((b & (W_TITLE_HEAD | W_ORG_HEAD | W_TITLE_MOD)) !== 0 && this.nameShape(k + 1) && !this.flag(k + 1, F_LINE_START)) {
      // "President Putin", "National Bank of Hungary", "Foreign Minister Jaishankar" at a sentence start.
      if ((b & W_TITLE_MOD) === 0 || (this.wb(k + 1) & (W_TITLE_HEAD | W_TITLE_MOD | W_ORG_SUFFIX)) !== 0) return false;
    }
    // "News Corp", "General Electric Co": a common word that starts an organisation's name.
    const common = this.common(k);
    if (common && this.nextName(k + 1)) {
      let j = k + 1;
      while (j < k + 4 && this.nextName(j + 1)) j++;
      if ((this.wb(j) & W_ORG_SUFFIX) !== 0 && this.kind(j) === CAP) return false;
    }
    // An acronym, unless a longer common word in capitals ("COMMENT", "STANDINGS").
    if (kd === UPPER && this.lineMode[k] === LINE_NORMAL) return common && this.norm(k).length >= 5;
    return common;
  }

  /** In team-sport reports a line-start word before a score is a team ("Nice 1 Guingamp 2"). */
  private teamInResults(k: number): boolean {
    return this.sport === 'team' && this.flag(k, F_LINE_START) && this.kind(k + 1) === NUM && this.str(k + 1).length <= 2;
  }

  private chunkAll(): void {
    const count = this.t.count;
    const kind = this.t.kind;
    let k = 0;
    while (k < count) {
      const kd = kind[k];
      if ((kd !== CAP && kd !== UPPER && kd !== INITIAL) || this.lineMode[k] === LINE_CAPS || !this.nameShape(k)) {
        k++;
        continue;
      }
      const uninformative = this.cu[k] === 1;
      let forced = 0;
      if (uninformative) {
        forced = this.gazetteerAt(k, count);
        if (forced === 0 && this.commonAt(k) && !this.teamInResults(k)) {
          this.dropped.push(k);
          k++;
          continue;
        }
      }
      const heading = this.lineMode[k] === LINE_HEADING;
      let e = k + Math.max(1, forced);
      let sawOf = false;
      while (e < count) {
        if (this.flag(e, F_LINE_START)) break;
        if (this.nameShape(e)) {
          if (heading) {
            const g = this.gazetteerAt(e, count);
            if (g > 0) {
              e += g;
              continue;
            }
            if (this.commonAt(e)) break;
          }
          e++;
          continue;
        }
        const c = this.connector(k, e, sawOf);
        if (c === 0) break;
        if (this.isLowerWord(e, 'of') || this.isLowerWord(e, 'for')) sawOf = true;
        e += c;
      }
      this.segmentChunk(k, e, uninformative);
      k = e;
    }
  }

  private nextName(j: number): boolean {
    return this.nameShape(j) && !this.flag(j, F_LINE_START);
  }

  /**
   * How many tokens at e join the chunk [a, e) to a following name token (0: none): particles, "&",
   * "of"/"for" after organisation and place heads, "of the", and "and" inside "Ministry of X and Y".
   */
  private connector(a: number, e: number, sawOf: boolean): number {
    const kd = this.kind(e);
    if (kd === PUNCT) {
      if (this.punctIs(e, 38)) return this.nextName(e + 1) ? 1 : 0;
      // "Pakistan People 's Party", "Moody 's Investors Service": a possessive inside an organisation name.
      if (this.flag(e, F_POSSESSIVE) && this.nextName(e + 1)) {
        let j = e + 1;
        while (this.nextName(j + 1)) j++;
        return j > e + 1 && (this.wb(j) & (W_ORG_SUFFIX | W_CLUB_WORD)) !== 0 ? 1 : 0;
      }
      return 0;
    }
    if (kd !== LOWER) return 0;
    const b = this.wb(e);
    if ((b & W_PARTICLE) !== 0) {
      // "van der Pas", "de la Cruz": particles in a row, then a capitalised name.
      if (this.kind(e - 1) !== CAP) return 0;
      let j = e;
      while (j < e + 3 && (this.lowerBits(j) & W_PARTICLE) !== 0) j++;
      return this.kind(j) === CAP && this.nextName(j) ? j - e : 0;
    }
    const isOf = this.tokenIs(e, 'of');
    if (isOf || this.tokenIs(e, 'for')) {
      // "Bank of England", "Ministry of Defence", "University of X", "Gulf of Aden", "Minister of State"; but
      // "Bessemer Venture Partners of Menlo Park" is an organisation of a place.
      const pb = this.wb(e - 1);
      const headOk =
        (pb & W_ORG_HEAD) !== 0 || ((pb & W_ORG_SUFFIX) !== 0 && e - a <= 2) || (isOf && (pb & W_OF_HEAD) !== 0);
      if (!headOk) return this.gazetteerAt(a, this.t.count) > e - a + 1 ? 1 : 0;
      if (this.nextName(e + 1)) return 1;
      if (this.isLowerWord(e + 1, 'the') && this.nextName(e + 2)) return 2;
      return 0;
    }
    if (this.tokenIs(e, 'and')) {
      if (this.gazetteerAt(a, this.t.count) > e - a + 1) return 1;
      // "Ministry of Petroleum and Minerals", not "Council of Europe and NATO".
      if (sawOf && this.kind(e + 1) === CAP && this.nextName(e + 1) && this.hasOrgOf(a, e) && (this.wb(e + 1) & (W_ORG | W_PLACE)) === 0) {
        return 1;
      }
      return 0;
    }
    return 0;
  }

  // ---- segments: titles, demonyms ---------------------------------------------------------------------

  private segmentChunk(a: number, b: number, uninformative: boolean): void {
    if (this.gazetteerAt(a, b) === b - a) {
      this.addSegment(a, b, uninformative, undefined);
      return;
    }
    // Events are not entities ("World Cup", "Canadian Open"); "U.S. Davis Cup" keeps its place.
    if ((this.wb(b - 1) & W_EVENT) !== 0 && this.kind(b - 1) !== LOWER) {
      const g = this.gazetteerAt(a, b);
      if (g > 0 && b - (a + g) >= 2 && this.isPlacePhrase(a, a + g)) this.addSegment(a, a + g, uninformative, undefined);
      return;
    }
    // A capitalised job before a name at a sentence start: "Midfielder Paulo Sousa", "Trainer Berti Vogts".
    if (uninformative && b - a >= 2 && (this.wb(a) & (W_ROLE | W_GIVEN | W_TITLE_HEAD)) === W_ROLE) {
      this.roleBefore.add(a + 1);
      this.segmentChunk(a + 1, b, false);
      return;
    }
    // Title: the last title head with a name after it, modifiers before it, and before those only a
    // demonym or a known place or organisation ("EU Farm Commissioner Franz Fischler").
    for (let h = b - 2; h >= a; h--) {
      if (!this.isTitleHead(h)) continue;
      let t0 = h;
      while (t0 > a && this.isTitleWord(t0 - 1)) t0--;
      t0 = this.afterPlacePrefix(a, t0, h);
      // "Secretary of State Mara Ellison", "Minister of External Affairs S Jaishankar": the portfolio after
      // "of" belongs to the title.
      let h2 = h;
      if (this.isLowerWord(h + 1, 'of') || this.isLowerWord(h + 1, 'for')) {
        let j = h + 2;
        while (j < b - 1 && (this.wb(j) & W_TITLE_MOD) !== 0 && (this.wb(j) & W_GIVEN) === 0) j++;
        if (j > h + 2) h2 = j - 1;
      }
      let n0 = h2 + 1;
      while (n0 < b && this.kind(n0) === LOWER) n0++;
      if (n0 >= b) break;
      if (!this.prefixOk(a, t0, h)) break;
      this.addPrefix(a, t0, uninformative);
      this.addSegment(n0, b, false, this.text.slice(this.t.start[t0], this.t.end[h2]));
      return;
    }
    // A title with no name ("the Prime Minister", "Indian Foreign Minister"): only a prefix entity.
    if (this.isTitleHead(b - 1) || this.allTitleWords(a, b)) {
      let t0 = b - 1;
      while (t0 > a && this.isTitleWord(t0 - 1)) t0--;
      t0 = this.afterPlacePrefix(a, t0, b - 1);
      if (this.prefixOk(a, t0, b - 1)) {
        this.addPrefix(a, t0, uninformative);
        return;
      }
    }
    // Leading demonyms are adjectives ("Russian Ministry of Defense" keeps the ministry)...
    let p = a;
    while (p < b - 1 && this.isDemonymAt(p) && this.gazetteerAt(p, b) !== b - p) p += this.demonymLength(p);
    if (p >= b - 1 && this.isDemonymAt(b - 1)) return;
    // ...except before a place ("Pakistani Kashmir", "Iranian Kurdistan") or a bare organisation word
    // ("Northern League", "Socialist Party"): then the adjective is part of the name.
    if (p > a && this.gazetteerAt(p, b) === b - p && this.isPlacePhrase(p, b)) p = a;
    if (p > a && b - p === 1 && (this.wb(p) & W_ORG_SUFFIX) !== 0 && this.kind(p) === CAP) p = a;
    // Trailing demonyms describe: "Pennsylvania Republican".
    let q = b;
    while (q > p + 1 && (this.wb(q - 1) & W_DEMONYM) !== 0) q--;
    this.addSegment(p, q, uninformative && p === a, undefined);
  }

  /** A demonym at k, alone or after a direction word ("South African", "North Korean"). */
  private isDemonymAt(k: number): boolean {
    return (this.wb(k) & W_DEMONYM) !== 0 || this.demonymLength(k) === 2;
  }

  private demonymLength(k: number): number {
    if ((this.wb(k) & W_DIRECTION) !== 0 && this.kind(k + 1) === CAP && (this.wb(k + 1) & W_DEMONYM) !== 0) return 2;
    return 1;
  }

  /** Title modifiers never swallow a place before them: "Czech Republic President Vaclav Havel". */
  private afterPlacePrefix(a: number, t0: number, h: number): number {
    for (let p = a; p < t0 + 1 && p < h; p++) {
      const g = this.gazetteerAt(p, h);
      if (g > 0 && p + g > t0 && p + g <= h && this.isPlacePhrase(p, p + g)) return p + g;
    }
    return t0;
  }

  private isTitleHead(k: number): boolean {
    // Given names that are also titles ("Dean Jones") stay names.
    return this.kind(k) !== LOWER && (this.wb(k) & (W_TITLE_HEAD | W_GIVEN)) === W_TITLE_HEAD;
  }

  private isTitleWord(k: number): boolean {
    const b = this.wb(k);
    if ((b & W_TITLE_MOD) !== 0 || (b & (W_TITLE_HEAD | W_GIVEN)) === W_TITLE_HEAD) return true;
    const kd = this.kind(k);
    if (kd === LOWER) return this.tokenIs(k, 'of') || this.tokenIs(k, 'for') || this.tokenIs(k, 'the');
    // "Intelligence Minister", "Petroleum Minister": a common word before a title head is a portfolio.
    return kd === CAP && (b & (W_GIVEN | W_PLACE | W_DEMONYM)) === 0 && this.common(k);
  }

  private allTitleWords(a: number, b: number): boolean {
    let head = false;
    for (let k = a; k < b; k++) {
      if (!this.isTitleWord(k)) return false;
      if (this.isTitleHead(k)) head = true;
    }
    return head;
  }

  /**
   * What may precede a title in the same chunk: nothing, demonyms, a known place or organisation, an acronym;
   * before an unambiguous title ("Harumi Chief Executive Kenji Moriwaki") any name without a given name.
   * "Billie Jean King" keeps its "King".
   */
  private prefixOk(a: number, t0: number, h: number): boolean {
    let k = a;
    while (k < t0) {
      if ((this.wb(k) & W_DEMONYM) !== 0) {
        k++;
        continue;
      }
      const g = this.gazetteerAt(k, t0);
      if (g > 0) {
        k += g;
        continue;
      }
      if (this.kind(k) === UPPER && t0 - k === 1) return true;
      if (AMBIGUOUS_TITLES.has(this.norm(h))) return false;
      for (let j = k; j < t0; j++) if ((this.wb(j) & W_GIVEN) !== 0 || this.kind(j) === INITIAL) return false;
      return true;
    }
    return true;
  }

  private addPrefix(a: number, t0: number, uninformative: boolean): void {
    let k = a;
    while (k < t0) {
      if ((this.wb(k) & W_DEMONYM) !== 0) {
        k++;
        continue;
      }
      let g = this.gazetteerAt(k, t0);
      if (g === 0 && this.kind(k) !== UPPER) g = t0 - k; // an unknown name before a title: one segment
      g = Math.max(1, g);
      this.addSegment(k, k + g, uninformative && k === a, undefined);
      k += g;
    }
  }

  private addSegment(s: number, e: number, cu: boolean, title: string | undefined): void {
    // Trim connectors and function words ("The") at the edges, unless a gazetteer phrase needs them.
    while (
      s < e &&
      ((this.kind(s) === LOWER && !this.nameShape(s)) ||
        ((this.kind(s) === CAP || this.kind(s) === UPPER) && (this.wb(s) & W_FUNCTION) !== 0 && this.gazetteerAt(s, e) !== e - s))
    ) {
      s++;
    }
    while (e > s && this.kind(e - 1) === LOWER && !this.nameShape(e - 1)) e--;
    if (s >= e) return;
    if (e - s === 1 && this.abbreviationInParens(s)) return;
    if (e - s === 1 && (this.wb(s) & (W_FUNCTION | W_DEMONYM)) !== 0) return;
    let dates = true;
    for (let k = s; k < e && dates; k++) dates = (this.wb(k) & W_DATE) !== 0;
    if (dates) return;
    const key = this.phraseKey(s, e);
    this.segments.push({ s, e, key, cu, title, type: undefined, strength: 0, place: undefined, venue: false });
  }

  /** "collateral protection insurance ( CPI )": an abbreviation of common words, not a name. */
  private abbreviationInParens(s: number): boolean {
    if (this.kind(s) !== UPPER || !this.punctIs(s - 1, 40) || !this.punctIs(s + 1, 41)) return false;
    const letters = this.norm(s);
    let j = s - 2;
    for (let i = letters.length - 1; i >= 0; i--, j--) {
      if (this.kind(j) !== LOWER || this.norm(j).charAt(0) !== letters.charAt(i)) return false;
    }
    return true;
  }

  // ---- local evidence ---------------------------------------------------------------------------------

  private setEvidence(seg: Segment, type: EntityType, strength: number): void {
    if (strength > seg.strength) {
      seg.type = type;
      seg.strength = strength;
    }
  }

  private classify(seg: Segment): void {
    if (seg.chars !== undefined) return;
    const { s, e, key } = seg;
    const len = e - s;
    const prev = s - 1;
    // The word before: lower-case, or a capitalised common word at a sentence start ("Trainer Berti Vogts").
    const prevBits =
      this.kind(prev) === LOWER || (this.kind(prev) === CAP && this.cu[prev] === 1 && this.common(prev))
        ? this.wb(prev)
        : 0;
    const prevLower = prevBits !== 0 || this.kind(prev) === LOWER;
    seg.venue = (prevBits & W_VENUE) !== 0;

    if (len === 1) {
      const b = this.wb(s);
      if ((b & W_ORG) !== 0) this.setEvidence(seg, ORG, STRONG);
      if ((b & W_PLACE) !== 0) {
        seg.place = PLACES.get(key);
        this.setEvidence(seg, LOC, STRONG);
      }
      if ((b & W_CLUB) !== 0) this.setEvidence(seg, ORG, STRONG);
    } else {
      if (ORGS.has(key)) this.setEvidence(seg, ORG, STRONG);
      const place = PLACES.get(key);
      if (place !== undefined) {
        seg.place = place;
        this.setEvidence(seg, LOC, STRONG);
      }
    }
    if (seg.title !== undefined) this.setEvidence(seg, PER, STRONG);
    if (this.isDateline(s, e)) this.setEvidence(seg, LOC, STRONG);
    if (seg.strength >= STRONG) return;

    const firstBits = this.wb(s);
    const lastBits = this.wb(e - 1);
    if (len >= 2) {
      if ((lastBits & (W_ORG_SUFFIX | W_PLACE_SUFFIX)) === W_ORG_SUFFIX) this.setEvidence(seg, ORG, STRONG);
      if (len >= 3 && this.hasOrgOf(s, e)) this.setEvidence(seg, ORG, STRONG);
      if ((firstBits & W_DIRECTION) !== 0) {
        const base = placeKindOf(this.phraseBits(s + 1, e));
        if (base !== undefined) {
          seg.place = base;
          this.setEvidence(seg, LOC, STRONG);
        }
      }
      // "New York Yankees", "London Newsroom", "North Sydney": a place and more is an organisation.
      const g = this.gazetteerAt(s, e);
      if (g > 0 && g < len && (lastBits & (W_PLACE_SUFFIX | W_PLACE | W_DEMONYM)) === 0 && this.isPlacePhrase(s, s + g)) {
        this.setEvidence(seg, ORG, this.sport === 'team' ? GOOD : FAIR);
      }
      // "Stephen Field" is a person; "Grace Road" a place.
      if ((lastBits & W_PLACE_SUFFIX) !== 0 && (firstBits & W_GIVEN) === 0) this.setEvidence(seg, LOC, GOOD);
      if ((firstBits & (W_PLACE_HEAD | W_DIRECTION)) === W_PLACE_HEAD) this.setEvidence(seg, LOC, FAIR);
      // In match reports "Dunmore Town" is a club, not a town.
      if (this.hasClubWord(s, e)) this.setEvidence(seg, ORG, this.sport === 'team' ? 2.8 : GOOD);
      if ((firstBits & W_GIVEN) !== 0) this.setEvidence(seg, PER, GOOD);
      const k0 = this.kind(s);
      if ((k0 === INITIAL || (k0 === UPPER && this.flag(s, F_DOT) && this.str(s).length <= 5)) && this.kind(s + 1) === CAP) {
        this.setEvidence(seg, PER, GOOD);
      }
      if ((lastBits & W_ORG_SUFFIX) !== 0) this.setEvidence(seg, ORG, GOOD);
    } else if (!seg.cu && this.kind(s) === CAP) {
      if ((firstBits & W_ORG_SUFFIX) !== 0) this.setEvidence(seg, ORG, FAIR); // "the Commission"
      // "the West", "the Middle East" aside: a direction alone after "the" is a region.
      if (CARDINAL_POINTS.has(key) && this.isLowerWord(s - 1, 'the')) this.setEvidence(seg, LOC, FAIR);
    }

    // Context before.
    if (prevLower) {
      if ((prevBits & W_ROLE) !== 0 || ((prevBits & W_TITLE_HEAD) !== 0 && this.norm(prev).length > 3)) {
        this.setEvidence(seg, PER, GOOD);
        if (seg.title === undefined && (prevBits & W_LOWER_TITLE) !== 0 && this.kind(prev) === LOWER) {
          seg.title = this.lowerTitle(prev);
        }
      }
      if ((prevBits & W_PLACE_NOUN) !== 0) this.setEvidence(seg, LOC, GOOD);
      if (this.isLowerWord(prev, 'of') && (this.lowerBits(prev - 1) & W_PLACE_NOUN) !== 0) this.setEvidence(seg, LOC, GOOD);
      if ((prevBits & W_ORG_NOUN) !== 0) this.setEvidence(seg, ORG, FAIR);
      if ((prevBits & W_PLACE_PREP) !== 0) this.setEvidence(seg, LOC, WEAK);
      if (this.isLowerWord(prev, 'said') && (this.punctIs(e, 44) || this.punctIs(e, 46))) this.setEvidence(seg, PER, FAIR);
    }
    if (this.based.has(key)) this.setEvidence(seg, LOC, GOOD);
    if (this.roleBefore.has(s)) this.setEvidence(seg, PER, GOOD);
    // "the capital, Plymouth": a place noun in apposition.
    if (this.punctIs(prev, 44) && (this.lowerBits(prev - 1) & W_PLACE_NOUN) !== 0) this.setEvidence(seg, LOC, GOOD);

    if (this.sport !== undefined) this.sportsEvidence(seg, prevBits);
    const acronym = len === 1 && this.kind(s) === UPPER && !this.flag(s, F_DOT) && !seg.cu;

    // Context after.
    const nk = this.kind(e);
    if (nk === LOWER) {
      const nb = this.wb(e);
      if ((nb & W_SPEECH) !== 0 && !acronym) this.setEvidence(seg, PER, 1.5);
      if ((nb & W_ORG_AFTER) !== 0) this.setEvidence(seg, ORG, FAIR);
      else if (PLACE_AFTER_NOUNS.has(this.norm(e))) this.setEvidence(seg, LOC, FAIR);
    } else if (this.punctIs(e, 44)) {
      if (this.isLowerWord(e + 1, 'who')) this.setEvidence(seg, PER, FAIR);
      else if (this.isWordShape(e + 1)) {
        // "Lincoln, Nebraska": a place followed by its state or country.
        const g = this.gazetteerAt(e + 1, this.t.count);
        if (g > 0 && !this.isWordShape(e + 1 + g)) {
          const pk = placeKindOf(this.phraseBits(e + 1, e + 1 + g));
          if (pk === 'country' || pk === 'division') this.setEvidence(seg, LOC, FAIR);
        }
      }
    } else if (this.flag(e, F_POSSESSIVE)) {
      const after = this.lowerBits(e + 1);
      if ((after & W_PERSON_POSSESSION) !== 0) this.setEvidence(seg, PER, FAIR);
      if ((after & W_ORG_AFTER) !== 0) this.setEvidence(seg, ORG, FAIR);
    }

    // People are seldom written in capitals: a short all-caps word is an organisation's acronym.
    if (acronym && this.str(s).length <= 6) this.setEvidence(seg, ORG, FAIR);
    if (seg.strength >= FAIR) return;
    const m = morphologyType(this.norm(e - 1));
    if (m !== undefined) this.setEvidence(seg, m, 1);
  }

  /**
   * Sports copy has its own shapes: scorers with minutes ("Nilis 42nd", "( Jeffrey 7 , Roest 33 )"),
   * cricket dismissals ("c Ponting b Flemming"), results lines ("Leeds 2 Sheffield Wednesday 1"),
   * teams or cars after a driver's country ("Frentzen ( Germany ) Sauber 1:53.199").
   */
  private sportsEvidence(seg: Segment, prevBits: number): void {
    const { s, e } = seg;
    const next = this.kind(e) === NUM ? this.str(e) : '';
    if (/^\d{1,3}(?:st|nd|rd|th)$/.test(next) && !this.flag(e, F_LINE_START)) this.setEvidence(seg, PER, GOOD);
    if (this.kind(s - 1) === LOWER && prevBits === 0) {
      const p = this.norm(s - 1);
      if (p === 'c' || p === 'b' || p === 'st' || p === 'lbw' || p === 'c&b') this.setEvidence(seg, PER, GOOD);
    }
    if (this.punctIs(e, 40) && !this.flag(e, F_LINE_START)) {
      // "Jamir Cvetko ( 87th )": a scorer; "Flamurtari Vlore ( Albania ) 0": a club; "Daniel Nestor ( Canada )": a player.
      const inner = this.kind(e + 1) === NUM ? this.str(e + 1) : '';
      if (/^\d{1,3}(?:st|nd|rd|th)$/.test(inner)) this.setEvidence(seg, PER, GOOD);
      const g = this.gazetteerAt(e + 1, this.t.count);
      if (g > 0 && this.punctIs(e + 1 + g, 41) && placeKindOf(this.phraseBits(e + 1, e + 1 + g)) === 'country') {
        if (this.sport === 'individual') this.setEvidence(seg, PER, GOOD);
        else if (this.kind(e + 2 + g) === NUM || this.flag(e + 2 + g, F_LINE_START)) this.setEvidence(seg, ORG, GOOD);
      }
    }
    const smallNumber = /^\d{1,3}$/.test(next) && !this.flag(e, F_LINE_START);
    if (smallNumber && (this.punctIs(s - 1, 40) || this.punctIs(s - 1, 44))) this.setEvidence(seg, PER, GOOD);
    if (this.sport === 'team') {
      if (smallNumber && (this.flag(s, F_LINE_START) || this.kind(s - 1) === NUM)) this.setEvidence(seg, ORG, FAIR);
      // "Hamburg beat Hansa Rostock 1-0", "Gloria Bistrita won 4-2": clubs.
      const before = this.kind(s - 1) === LOWER ? this.norm(s - 1) : '';
      const after = this.kind(e) === LOWER ? this.norm(e) : '';
      if (CLUB_BEFORE.has(before) || CLUB_AFTER.has(after) || /^\d{1,2}-\d{1,2}$/.test(next)) this.setEvidence(seg, ORG, FAIR);
      // "the Angels": a plural word capitalised after "the".
      if (e - s === 1 && this.isLowerWord(s - 1, 'the') && this.common(s) && this.norm(s).endsWith('s')) {
        this.setEvidence(seg, ORG, FAIR);
      }
    }
    if (this.sport === 'individual' && this.punctIs(s - 1, 41) && (next !== '' || this.flag(e, F_LINE_START) || e >= this.t.count)) {
      this.setEvidence(seg, ORG, GOOD);
    }
  }

  /**
   * A dateline: an all-caps place at a line start, before a date ("LONDON 1996-08-30"), a comma
   * ("MOSCOW, Nov 13", "HAMBURG , Germany") or a parenthesis ("PARIS (Reuters)").
   */
  private isDateline(s: number, e: number): boolean {
    if (!this.flag(s, F_LINE_START) || !this.allUpper(s, e)) return false;
    if (this.punctIs(e, 44) || this.punctIs(e, 40)) return true;
    if (this.kind(e) !== NUM) return false;
    return /^\d{4}-\d\d-\d\d$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(this.str(e));
  }

  private allUpper(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.kind(k) !== UPPER) return false;
    return true;
  }

  /** "Reserve Bank of Australia", "Football Association of Ireland", "Centre for Policy Research". */
  private hasOrgOf(s: number, e: number): boolean {
    for (let k = s + 1; k < e; k++) {
      if ((this.isLowerWord(k, 'of') || this.isLowerWord(k, 'for')) && (this.wb(k - 1) & (W_ORG_HEAD | W_ORG_SUFFIX)) !== 0) {
        return true;
      }
    }
    return false;
  }

  private hasClubWord(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if ((this.wb(k) & W_CLUB_WORD) !== 0) return true;
    if (e - s < 2) return false;
    // The pairs' first words, checked in place before a key is made.
    if (!this.tokenIs(s, 'red') && !this.tokenIs(s, 'young') && !this.tokenIs(s, 'blue') && !this.tokenIs(s, 'white')) return false;
    return CLUB_PAIRS.has(`${this.norm(s)} ${this.norm(s + 1)}`);
  }

  /** "foreign minister" before a name: the lower-case title, with its modifiers. */
  private lowerTitle(h: number): string {
    let t0 = h;
    while (this.kind(t0 - 1) === LOWER && (this.wb(t0 - 1) & W_TITLE_MOD) !== 0) t0--;
    return this.text.slice(this.t.start[t0], this.t.end[h]);
  }

  // ---- document consistency ---------------------------------------------------------------------------

  private vote(key: string, type: EntityType, w: number): void {
    let v = this.votes.get(key);
    if (v === undefined) {
      v = [0, 0, 0];
      this.votes.set(key, v);
    }
    v[type === PER ? 0 : type === ORG ? 1 : 2] += w;
  }

  private docType(key: string): EntityType | undefined {
    const v = this.votes.get(key);
    if (v === undefined) return undefined;
    const [p, o, l] = v;
    const best = Math.max(p, o, l);
    if (best < FAIR) return undefined;
    return best === o ? ORG : best === l ? LOC : PER;
  }

  private resolve(): void {
    for (const seg of this.segments) {
      if (seg.type === undefined || seg.strength < WEAK) continue;
      this.vote(seg.key, seg.type, seg.strength);
      if (seg.strength < FAIR || seg.e - seg.s < 2) continue;
      if (seg.type === PER) {
        this.personParts.add(this.norm(seg.e - 1));
        if ((this.wb(seg.s) & W_TITLE_HEAD) === 0) this.personParts.add(this.norm(seg.s));
        // "S Jaishankar" → "jaishankar"; "Nikolaus van der Pas" → "van der pas".
        let k = seg.s;
        while (k < seg.e - 1 && (this.kind(k) === INITIAL || this.flag(k, F_DOT))) k++;
        if (k > seg.s) this.personParts.add(this.phraseKey(k, seg.e));
        for (let j = seg.s + 1; j < seg.e - 1; j++) {
          if (this.kind(j) === LOWER) {
            this.personParts.add(this.phraseKey(j, seg.e));
            break;
          }
        }
      } else {
        let acr = '';
        for (let k = seg.s; k < seg.e; k++) if (this.kind(k) !== LOWER) acr += this.norm(k).charAt(0);
        if (acr.length >= 2 && !this.acronyms.has(acr)) this.acronyms.set(acr, seg.type);
      }
    }
    for (const seg of this.segments) {
      if (seg.strength >= GOOD && seg.type !== undefined) {
        // "Washington 's win" after "MaliVai Washington": a town's name that is a person's name here.
        if (seg.type === LOC && seg.e - seg.s === 1 && this.personParts.has(seg.key) && seg.place !== 'country' && seg.place !== 'region') {
          seg.type = PER;
        }
        this.finishType(seg);
        continue;
      }
      const doc = this.docType(seg.key);
      if (doc !== undefined) {
        seg.type = doc;
        seg.strength = FAIR;
      } else if (this.personParts.has(seg.key)) {
        seg.type = PER;
        seg.strength = FAIR;
      } else if (seg.e - seg.s === 1 && this.acronyms.has(seg.key)) {
        seg.type = this.acronyms.get(seg.key);
        seg.strength = FAIR;
      } else if (seg.type === undefined) {
        // No evidence at all. A lone word at a sentence start, or a common word capitalised mid-sentence
        // ("the Federal office"), is not taken for a name; anything else gets the likeliest type.
        if (seg.e - seg.s === 1 && (seg.cu || this.common(seg.s))) continue;
        seg.type = this.defaultType(seg);
        seg.guessed = true;
      }
      this.finishType(seg);
    }
    this.parentheticalAliases();
    for (const seg of this.segments) if (seg.type !== undefined) this.resolved.set(seg.key, seg.type);
  }

  /** "Den Norske Stats Oljeselskap AS ( Statoil )": a name in brackets after an organisation is its alias. */
  private parentheticalAliases(): void {
    // Segments from chunking are in text order: the one before a bracketed name is the previous segment.
    let before: Segment | undefined;
    for (const seg of this.segments) {
      const open = seg.s - 1;
      if (before !== undefined && before.e === open && this.punctIs(open, 40) && this.punctIs(seg.e, 41) && seg.strength < STRONG) {
        if (before.type === ORG && before.strength >= FAIR) {
          seg.type = ORG;
          seg.strength = FAIR;
        }
      }
      before = seg;
    }
  }

  /** Sports reports: towns and counties that play are clubs (organisations); countries stay places. */
  private finishType(seg: Segment): void {
    if (this.sport !== 'team' || seg.type !== LOC || seg.venue) return;
    const place = seg.place ?? PLACES.get(seg.key);
    if (place === 'country' || place === 'region') return;
    // A place by its form ("Grace Road", "the city of Oran") or a dateline stays a place.
    if (place === undefined && seg.strength > FAIR) return;
    if (this.isDateline(seg.s, seg.e)) return;
    seg.type = ORG;
  }

  /** A line of a results table: two or more numbers and hardly any lower-case words. */
  private resultsLine(k: number): boolean {
    let a = k;
    while (a > 0 && !this.flag(a, F_LINE_START)) a--;
    const end = this.lineEnd(a);
    let nums = 0;
    let lowers = 0;
    for (let j = a; j < end; j++) {
      const kd = this.kind(j);
      if (kd === NUM) nums++;
      else if (kd === LOWER) lowers++;
    }
    return nums >= 2 && lowers <= 2;
  }

  private defaultType(seg: Segment): EntityType {
    if (this.sport === 'team') return seg.e - seg.s >= 2 && !this.resultsLine(seg.s) ? PER : ORG;
    if (this.sport === 'individual') return PER;
    return seg.e - seg.s >= 2 ? PER : this.kind(seg.s) === UPPER ? ORG : PER;
  }

  /** Common words dropped at sentence starts come back when the document names them elsewhere. */
  private reconsiderDropped(): void {
    if (this.resolved.size === 0 && this.personParts.size === 0) return;
    for (const k of this.dropped) {
      if (this.kind(k + 1) === CAP) continue;
      const key = this.norm(k);
      const type = this.resolved.get(key) ?? (this.personParts.has(key) ? PER : undefined);
      if (type === undefined) continue;
      this.segments.push({ s: k, e: k + 1, key, cu: true, title: undefined, type, strength: FAIR, place: undefined, venue: false });
    }
  }

  // ---- all-caps lines ---------------------------------------------------------------------------------

  private capsLines(): void {
    const count = this.t.count;
    let k = 0;
    let lineEnd = 0;
    while (k < count) {
      if (this.lineMode[k] !== LINE_CAPS || !this.isWordShape(k)) {
        k++;
        continue;
      }
      if (k >= lineEnd || this.flag(k, F_LINE_START)) lineEnd = this.lineEnd(k);
      // The longest phrase the document or the gazetteer knows.
      let matched = 0;
      let type: EntityType | undefined;
      let key = '';
      for (let j = k; j < Math.min(lineEnd, k + MAX_PHRASE_TOKENS); j++) {
        if (!this.isWordShape(j) && !(j > k && this.punctIs(j, 38))) break;
        key = j === k ? this.norm(j) : key + ' ' + this.norm(j);
        const rt = this.resolved.get(key) ?? (ORGS.has(key) ? ORG : PLACES.has(key) ? LOC : undefined);
        if (rt !== undefined) {
          matched = j - k + 1;
          type = rt;
        }
      }
      if (matched === 0) {
        const n = this.norm(k);
        if (this.personParts.has(n)) {
          matched = 1;
          type = PER;
        } else if (this.capsUnknown(k) && n.length > 3 && /[aeiouy]/.test(n) && (this.wb(k) & (W_TEAM_SPORT | W_INDIVIDUAL_SPORT | W_TITLE_HEAD)) === 0) {
          let e = k + 1;
          while (e < lineEnd && this.isWordShape(e) && this.capsUnknown(e) && !this.resolved.has(this.norm(e))) e++;
          matched = e - k;
          if ((this.wb(e) & W_EVENT) !== 0 && this.isWordShape(e)) type = undefined; // "TOSHIBA CLASSIC"
          else {
          if (this.isDateline(k, e)) type = LOC;
          else if (matched === 1 && this.acronyms.has(n)) type = this.acronyms.get(n);
          else type = this.defaultCapsType(k, e);
          }
        }
      }
      if (matched > 0 && type !== undefined) {
        const seg: Segment = {
          s: k, e: k + matched, key: this.phraseKey(k, k + matched), cu: true, title: undefined, type, strength: FAIR,
          place: undefined, venue: false,
        };
        if (type === LOC) this.finishType(seg);
        this.segments.push(seg);
        k += matched;
        continue;
      }
      k++;
    }
  }

  /** An all-caps word that is none of: common word, function word, demonym, known place or organisation. */
  private capsUnknown(k: number): boolean {
    if ((this.wb(k) & (W_FUNCTION | W_DEMONYM | W_PLACE | W_ORG | W_DATE)) !== 0 || this.common(k)) return false;
    return CaseLexicon.subtlex().commonCount(this.norm(k)) === 0;
  }

  private defaultCapsType(s: number, e: number): EntityType {
    const m = morphologyType(this.norm(e - 1));
    if (m !== undefined) return m;
    if (this.sport === 'team') return ORG;
    if (this.sport === 'individual') return PER;
    return e - s === 1 ? PER : ORG;
  }
}

/** Whether text[start, end) has an ASCII capital letter. */
function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Whether the ASCII token text[start, end), in normal form (periods dropped, lower case), is `w`. */
function spanIs(text: string, start: number, end: number, w: string): boolean {
  let p = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 46) continue;
    if (c >= 65 && c <= 90) c |= 32;
    if (w.charCodeAt(p++) !== c) return false;
  }
  return p === w.length;
}

/** Normal forms of all proper prefixes of multi-word gazetteer phrases. */
const PHRASE_PREFIX_KEYS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const k of [...PLACES.keys(), ...ORGS]) {
    const parts = k.split(' ');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join(' '));
  }
  return out;
})();

/** Words before and after a club's name in match reports. */
const CLUB_BEFORE: ReadonlySet<string> = new Set(['beat', 'beating', 'against', 'v', 'vs', 'versus', 'over', 'host', 'hosts', 'visit', 'face', 'faces', 'play', 'plays']);
const CLUB_AFTER: ReadonlySet<string> = new Set([
  'win', 'won', 'beat', 'beats', 'drew', 'draw', 'lost', 'lose', 'qualified', 'qualify', 'advance', 'advanced',
  'trail', 'trailed', 'lead', 'led', 'host', 'hosted', 'face', 'went', 'go', 'were', 'are', 'have', 'had', 'v', 'vs',
]);

/** Title heads that are also common surnames or name parts: only a known place or group may stand before them. */
const AMBIGUOUS_TITLES: ReadonlySet<string> = new Set([
  'king', 'queen', 'prince', 'princess', 'bishop', 'cardinal', 'major', 'judge', 'marshal', 'lord', 'lady', 'sir',
  'dame', 'baron', 'baroness', 'count', 'duke', 'duchess', 'chancellor', 'speaker', 'pope', 'father', 'sister',
  'brother', 'chief', 'head', 'leader', 'deputy', 'prime', 'crown', 'elder', 'officer', 'agent', 'private',
  'pilot', 'canon', 'principal', 'general', 'justice', 'dean', 'rector', 'provost', 'consul', 'primate',
  'deacon', 'vicar', 'pastor', 'inspector', 'detective', 'sheriff', 'coach', 'captain', 'doctor', 'master',
]);

const CARDINAL_POINTS: ReadonlySet<string> = new Set(['west', 'east', 'north', 'south']);

/** Two-word club markers ("Red Star", "Young Boys"); `hasClubWord` checks their first words by hand. */
const CLUB_PAIRS: ReadonlySet<string> = new Set(['red star', 'young boys', 'blue jays', 'red sox', 'white sox']);

/** Weak type from a word's ending: Slavic and other surname endings, place endings. */
function morphologyType(w: string): EntityType | undefined {
  if (w.length < 5) return undefined;
  const last = w.charCodeAt(w.length - 1);
  for (const suf of PERSON_ENDINGS_BY_LAST.get(last) ?? NO_ENDINGS) if (w.endsWith(suf)) return PER;
  for (const suf of PLACE_ENDINGS_BY_LAST.get(last) ?? NO_ENDINGS) if (w.endsWith(suf)) return LOC;
  return undefined;
}

/** Endings grouped by their last character, so a word is compared with a few of them only. */
function byLastChar(endings: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const out = new Map<number, string[]>();
  for (const e of endings) {
    const c = e.charCodeAt(e.length - 1);
    const list = out.get(c) ?? [];
    list.push(e);
    out.set(c, list);
  }
  return out;
}
const NO_ENDINGS: readonly string[] = [];

const PERSON_ENDINGS = [
  'ov', 'ev', 'ova', 'eva', 'sky', 'ski', 'ska', 'vich', 'vic', 'ovic', 'evic', 'enko', 'shvili', 'dze', 'yan',
  'escu', 'poulos', 'opoulos', 'akis', 'ides', 'stein', 'mann', 'berg', 'sson', 'sen', 'son', 'ez', 'ini',
  'elli', 'etti', 'acci', 'ucci', 'aki', 'uki', 'oshi', 'awa', 'moto', 'mura', 'hashi', 'zadeh', 'ullah',
];
const PLACE_ENDINGS = ['stan', 'grad', 'burg', 'bourg', 'ville', 'pur', 'abad', 'shire', 'polis', 'land', 'ia'];
const PERSON_ENDINGS_BY_LAST = byLastChar(PERSON_ENDINGS);
const PLACE_ENDINGS_BY_LAST = byLastChar(PLACE_ENDINGS);

import type { Article } from '../../model/article.js';
import type { EntityMention, EntityType } from '../../model/entity.js';
import {
  CLUB_NAMES, CLUB_WORD_SET, DEMONYM_SET, DIRECTION_SET, GIVEN, MAX_PHRASE_TOKENS, ORGS, ORG_HEAD_SET,
  ORG_SUFFIX_SET, PHRASE_FIRST_TOKENS, PLACES, PLACE_HEAD_SET, PLACE_SUFFIX_SET, ROLE_NOUN_SET, TITLE_HEAD_SET, TITLE_MODIFIER_SET,
  normToken, type PlaceKind,
} from './gazetteer.js';
import {
  DATE_WORDS, FUNCTION_WORDS, INDIVIDUAL_SPORTS, NAME_PARTICLES, ORG_NOUNS, PLACE_NOUNS,
  PLACE_PREPOSITIONS, SPEECH_VERBS, TEAM_SPORTS,
} from './cues.js';
import { CaseLexicon } from './lexicon.js';
import {
  CAP, F_DOT, F_HYPHEN, F_LINE_START, F_POSSESSIVE, F_SENT_START, INITIAL, LOWER, NUM, PUNCT, UPPER, tokenize,
  type Tokens,
} from './tokenize.js';

/**
 * Named-entity recognition for news without a model: capitalised-sequence chunking, hand-written gazetteers,
 * context cues and document-level consistency.
 *
 * Pipeline per article (linear in its length; only capitalised tokens are ever turned into strings):
 * 1. tokenize; mark tokens whose capital letter says nothing (sentence and line starts, after quotes and
 *    dashes, title-case headings, all-caps lines);
 * 2. chunk runs of capitalised tokens (with particles: "van der", "Ministry of Defence", "Centre for …");
 *    a case-uninformative first word stays only if it is not a common lower-case word (SUBTLEX prior),
 *    or is a given name, title or gazetteer phrase;
 * 3. split titles off ("Russian Defense Minister Andrei Belousov" → title 'Defense Minister', person
 *    'Andrei Belousov'; the demonym is dropped) and type each name from local evidence with a strength;
 * 4. document consistency: weak or missing evidence defers to what the rest of the article says about the
 *    same string, or about a person's surname;
 * 5. all-caps lines (headlines) last: only strings the document or the gazetteer knows, and rare words.
 */

const PER: EntityType = 'person';
const ORG: EntityType = 'organisation';
const LOC: EntityType = 'place';

/** Evidence strengths. */
const STRONG = 3; // gazetteer, title, organisation suffix
const GOOD = 2.5; // given name, role noun, place noun, club word
const FAIR = 2; // cue words that are usually right
const WEAK = 1.2; // leanings: prepositions, morphology, acronyms

const LINE_NORMAL = 0;
const LINE_HEADING = 1;
const LINE_CAPS = 2;

/** Segment: one candidate name. */
interface Segment {
  readonly s: number; // first token
  readonly e: number; // one past the last token
  readonly key: string;
  readonly cu: boolean;
  readonly caps: boolean;
  title: string | undefined;
  type: EntityType | undefined;
  strength: number;
  place: PlaceKind | undefined;
  venue: boolean;
}

type Sport = 'team' | 'individual' | undefined;

/** Finds people, organisations and places named in an article; mentions in text order. */
export function extractEntities(article: Article): readonly EntityMention[] {
  return new EntityExtractor(article.text, article.sentences.map((s) => s.start), article.title).run();
}

/** Same as `extractEntities` on bare text (sentence starts optional). */
export function extractEntitiesFromText(text: string, sentenceStarts: readonly number[] = []): readonly EntityMention[] {
  return new EntityExtractor(text, sentenceStarts, undefined).run();
}

class EntityExtractor {
  private readonly t: Tokens;
  private readonly text: string;
  private readonly lex = CaseLexicon.subtlex();
  private readonly norms: (string | undefined)[];
  private readonly cu: Uint8Array;
  private readonly lineMode: Uint8Array;
  private readonly lineStartTok: Int32Array;
  private readonly segments: Segment[] = [];
  /** Words seen as "X-based": places. */
  private readonly based = new Set<string>();
  /** Case-uninformative capitalised tokens dropped as common words; reconsidered with document evidence. */
  private readonly dropped: number[] = [];
  private readonly sport: Sport;
  /** Longest gazetteer phrase at each token (255: not computed yet). */
  private readonly gazetteerCache: Uint8Array;

  constructor(text: string, sentenceStarts: readonly number[], title: string | undefined) {
    this.text = text;
    this.t = tokenize(text, sentenceStarts);
    this.norms = new Array<string | undefined>(this.t.count);
    this.cu = new Uint8Array(this.t.count);
    this.lineMode = new Uint8Array(this.t.count);
    this.lineStartTok = new Int32Array(this.t.count);
    this.gazetteerCache = new Uint8Array(this.t.count).fill(255);
    this.markLines();
    this.markUninformative();
    this.sport = this.detectSport(title);
  }

  run(): readonly EntityMention[] {
    this.chunkAll();
    for (const seg of this.segments) this.classify(seg);
    this.resolve();
    this.reconsiderDropped();
    this.capsLines();
    const out: EntityMention[] = [];
    const segs = this.segments.filter((s) => s.type !== undefined).sort((a, b) => a.s - b.s);
    let lastEnd = -1;
    for (const seg of segs) {
      const start = this.t.start[seg.s] ?? 0;
      const end = this.t.end[seg.e - 1] ?? 0;
      if (start < lastEnd) continue;
      lastEnd = end;
      const type = seg.type as EntityType;
      const m: EntityMention =
        seg.title !== undefined && type === PER
          ? { text: this.text.slice(start, end), start, end, type, title: seg.title }
          : { text: this.text.slice(start, end), start, end, type };
      out.push(m);
    }
    return out;
  }

  // ---- token helpers -------------------------------------------------------------------------------

  private norm(k: number): string {
    let n = this.norms[k];
    if (n === undefined) {
      n = normToken(this.text.slice(this.t.start[k], this.t.end[k]));
      this.norms[k] = n;
    }
    return n;
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

  private phraseKey(a: number, b: number): string {
    let key = this.norm(a);
    for (let k = a + 1; k < b; k++) key += ' ' + this.norm(k);
    return key;
  }

  // ---- lines and positions --------------------------------------------------------------------------

  /** Classifies each line as normal text, a title-case heading, or all caps. */
  private markLines(): void {
    const { count, kind, flags } = this.t;
    let a = 0;
    while (a < count) {
      let b = a + 1;
      while (b < count && ((flags[b] as number) & F_LINE_START) === 0) b++;
      let caps = 0;
      let cap = 0;
      let lower = 0;
      let num = 0;
      for (let k = a; k < b; k++) {
        const kd = kind[k];
        if (kd === UPPER) caps++;
        else if (kd === CAP) cap++;
        else if (kd === LOWER) lower++;
        else if (kd === NUM) num++;
      }
      let mode = LINE_NORMAL;
      if (caps >= 1 && (cap + lower) * 4 <= caps && (caps >= 2 || num > 0)) mode = LINE_CAPS;
      else if (cap >= 2 && num === 0 && b - a <= 16 && lower <= 6) {
        let content = 0;
        for (let k = a; k < b && content === 0; k++) {
          if (kind[k] === LOWER && !FUNCTION_WORDS.has(this.norm(k))) content++;
        }
        if (content === 0) mode = LINE_HEADING;
      }
      for (let k = a; k < b; k++) {
        this.lineMode[k] = mode;
        this.lineStartTok[k] = a;
      }
      a = b;
    }
  }

  /** Marks tokens whose capital letter is not evidence of a name. */
  private markUninformative(): void {
    const { count, kind, flags } = this.t;
    let carry = true;
    for (let k = 0; k < count; k++) {
      const f = flags[k] as number;
      if ((f & (F_LINE_START | F_SENT_START)) !== 0) carry = true;
      const kd = kind[k] as number;
      if (this.lineMode[k] !== LINE_NORMAL) {
        this.cu[k] = 1;
        continue;
      }
      if (carry) this.cu[k] = 1;
      if (kd === PUNCT) {
        const c = this.text.charCodeAt(this.t.start[k] as number);
        // After sentence punctuation, quotes, dashes, bullets and colons, the next word may be capitalised.
        if (
          c === 46 || c === 63 || c === 33 || c === 58 || c === 59 || c === 34 || c === 39 || c === 96 ||
          c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 45 || c === 0x2013 ||
          c === 0x2014 || c === 0x2022 || c === 0x2026 || c === 42 || c === 40 || c === 91
        ) {
          carry = true;
        }
        // A period that ends an abbreviation token is not a sentence end, but a bare '.' token is.
        continue;
      }
      if (kd === NUM) continue; // "3 - Wayne Ferreira": list numbering keeps the start position
      carry = false;
      // "said Dr." ends a sentence in some sources; a word token ending with a period also carries.
      if ((f & F_DOT) !== 0 && kd !== INITIAL && kd !== UPPER) carry = true;
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
        if (TEAM_SPORTS.has(w)) return 'team';
        if (INDIVIDUAL_SPORTS.has(w)) sport = 'individual';
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

  /** Whether token k can be part of a name, by shape (and, for hyphenated words, by parts). */
  private nameShape(k: number): boolean {
    const kd = this.kind(k);
    if (kd === CAP) {
      if (this.flag(k, F_HYPHEN)) return this.hyphenName(k);
      if (DATE_WORDS.has(this.norm(k))) return this.kind(k - 1) === CAP && GIVEN.has(this.norm(k - 1));
      return true;
    }
    if (kd === UPPER) {
      if (DATE_WORDS.has(this.norm(k))) return false;
      return !this.flag(k, F_HYPHEN) || this.hyphenName(k);
    }
    if (kd === INITIAL) {
      if (this.flag(k, F_DOT)) return true;
      const s = this.text.charCodeAt(this.t.start[k] as number);
      if (s === 65 || s === 73) return false; // 'A', 'I'
      const nk = this.kind(k + 1);
      return (nk === CAP || nk === INITIAL) && !this.flag(k + 1, F_LINE_START);
    }
    return false;
  }

  /** "Jean-Pierre", "Rishon-Lezion" are names; "Russian-Indian", "India-Russia", "Toronto-based" are not. */
  private hyphenName(k: number): boolean {
    const key = this.norm(k);
    if (PLACES.has(key) || ORGS.has(key)) return true;
    const parts = this.str(k).split(/[-\u2010\u2011]/);
    let known = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] ?? '';
      const c = p.charCodeAt(0);
      if (i > 0 && !(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && p.toLowerCase() === p) {
        if (i === parts.length - 1 && (p === 'based' || p === 'born' || p === 'headquartered')) {
          const head = normToken(parts.slice(0, i).join('-'));
          this.based.add(head);
        }
        return false;
      }
      const pn = normToken(p);
      if (DEMONYM_SET.has(pn) || PLACES.has(pn) || pn === 'sino' || pn === 'indo' || pn === 'anglo') known++;
    }
    return known < parts.length;
  }

  /** Length of the longest gazetteer phrase starting at token k and ending before `limit` (0 when none). */
  private gazetteerAt(k: number, limit: number): number {
    if (k >= limit || !this.isWordShape(k)) return 0;
    const first = this.norm(k);
    if (!PHRASE_FIRST_TOKENS.has(first)) return PLACES.has(first) || ORGS.has(first) ? 1 : 0;
    let cached = this.gazetteerCache[k] as number;
    if (cached === 255) {
      cached = this.gazetteerScan(k, this.t.count);
      this.gazetteerCache[k] = cached;
    }
    return k + cached <= limit ? cached : this.gazetteerScan(k, limit);
  }

  private gazetteerScan(k: number, limit: number): number {
    let key = '';
    let best = 0;
    const max = Math.min(limit, k + MAX_PHRASE_TOKENS);
    for (let j = k; j < max; j++) {
      if (j > k && this.flag(j, F_LINE_START)) break;
      const kd = this.kind(j);
      if (kd === PUNCT && !this.punctIs(j, 38)) break;
      if (kd === NUM) break;
      key = j === k ? this.norm(j) : key + ' ' + this.norm(j);
      if (kd !== LOWER && (PLACES.has(key) || ORGS.has(key))) best = j - k + 1;
    }
    return best;
  }

  /** Whether a case-uninformative capitalised token is a plain word rather than (part of) a name. */
  private commonAt(k: number): boolean {
    if (this.kind(k) === INITIAL) return false;
    const n = this.norm(k);
    if (FUNCTION_WORDS.has(n)) return true;
    if (GIVEN.has(n) || DEMONYM_SET.has(n)) return false;
    if (TITLE_HEAD_SET.has(n) && this.nameShape(k + 1) && !this.flag(k + 1, F_LINE_START)) return false;
    if (this.kind(k) === UPPER && this.lineMode[k] === LINE_NORMAL) return false; // an acronym
    return this.lex.isCommon(n);
  }

  /** In team-sport reports a line-start word before a score is a team ("Nice 1 Guingamp 2"). */
  private teamInResults(k: number): boolean {
    return this.sport === 'team' && this.flag(k, F_LINE_START) && this.kind(k + 1) === NUM;
  }

  private chunkAll(): void {
    const count = this.t.count;
    let k = 0;
    while (k < count) {
      if (this.lineMode[k] === LINE_CAPS || !this.nameShape(k)) {
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
        if (this.kind(e) === LOWER && (this.norm(e) === 'of' || this.norm(e) === 'for')) sawOf = true;
        e += c;
      }
      this.segmentChunk(k, e, uninformative);
      k = e;
    }
  }

  /**
   * How many tokens at e join the chunk [a, e) to a following name token (0: none): particles, "&",
   * "of"/"for" after organisation and place heads, "of the", and "and" inside "Ministry of X and Y".
   */
  private connector(a: number, e: number, sawOf: boolean): number {
    const kd = this.kind(e);
    if (kd === PUNCT) {
      if (this.punctIs(e, 38) && this.nextName(e + 1)) return 1;
      return 0;
    }
    if (kd !== LOWER) return 0;
    const w = this.norm(e);
    if (NAME_PARTICLES.has(w)) {
      return this.kind(e - 1) === CAP && this.kind(e + 1) === CAP && this.nextName(e + 1) ? 1 : 0;
    }
    const prev = this.norm(e - 1);
    if (w === 'of' || w === 'for') {
      const headOk =
        ORG_HEAD_SET.has(prev) || ORG_SUFFIX_SET.has(prev) ||
        (w === 'of' && (OF_PLACE_HEADS.has(prev) || OF_TITLE_HEADS.has(prev)));
      if (!headOk) return this.gazetteerAt(a, this.t.count) > e - a + 1 ? 1 : 0;
      if (this.nextName(e + 1)) return 1;
      if (this.kind(e + 1) === LOWER && this.norm(e + 1) === 'the' && this.nextName(e + 2)) return 2;
      return 0;
    }
    if (w === 'and') {
      if (this.gazetteerAt(a, this.t.count) > e - a + 1) return 1;
      if (sawOf && this.nextName(e + 1) && ORG_HEAD_SET.has(this.norm(a))) return 1;
      return 0;
    }
    return 0;
  }

  private nextName(j: number): boolean {
    return this.nameShape(j) && !this.flag(j, F_LINE_START);
  }

  // ---- segments: titles, demonyms ---------------------------------------------------------------------

  private segmentChunk(a: number, b: number, uninformative: boolean): void {
    // Whole chunk known: emit as is.
    if (this.gazetteerAt(a, b) === b - a) {
      this.addSegment(a, b, uninformative && true, undefined);
      return;
    }
    // Title: the last title head with a name after it, modifiers before it, and before those only a
    // demonym or a known place or organisation ("EU Farm Commissioner Franz Fischler").
    for (let h = b - 2; h >= a; h--) {
      if (!this.isTitleHead(h)) continue;
      let t0 = h;
      while (t0 > a && this.isTitleWord(t0 - 1)) t0--;
      // The name must not itself start with a connector.
      let n0 = h + 1;
      while (n0 < b && this.kind(n0) === LOWER) n0++;
      if (n0 >= b) break;
      if (!this.prefixOk(a, t0)) break;
      this.addPrefix(a, t0, uninformative);
      const title = this.text.slice(this.t.start[t0], this.t.end[h]);
      this.addSegment(n0, b, false, title);
      return;
    }
    // A title with no name ("the Prime Minister", "Indian Foreign Minister"): only a prefix entity.
    if (this.isTitleHead(b - 1) || this.allTitleWords(a, b)) {
      let t0 = b - 1;
      while (t0 > a && this.isTitleWord(t0 - 1)) t0--;
      if (this.prefixOk(a, t0)) {
        this.addPrefix(a, t0, uninformative);
        return;
      }
    }
    // Leading demonyms are adjectives ("Russian Ministry of Defense" keeps the ministry).
    let p = a;
    while (p < b - 1 && DEMONYM_SET.has(this.norm(p)) && this.gazetteerAt(p, b) !== b - p) p++;
    if (p === b - 1 && DEMONYM_SET.has(this.norm(p))) return;
    // "Pakistani Kashmir", "Iranian Kurdistan": a demonym before a place names a place.
    if (p > a && this.gazetteerAt(p, b) === b - p && PLACES.has(this.phraseKey(p, b))) p = a;
    this.addSegment(p, b, uninformative && p === a, undefined);
  }

  private isTitleHead(k: number): boolean {
    const n = this.norm(k);
    if (!TITLE_HEAD_SET.has(n)) return false;
    if (this.kind(k) === LOWER) return false;
    // Given names that are also titles ("Dean Jones") and heads that are common surnames stay names.
    if (GIVEN.has(n)) return false;
    return true;
  }

  private isTitleWord(k: number): boolean {
    const n = this.norm(k);
    if (TITLE_MODIFIER_SET.has(n) || (TITLE_HEAD_SET.has(n) && !GIVEN.has(n))) return true;
    if (this.kind(k) === LOWER) return n === 'of' || n === 'for' || n === 'the';
    // "Intelligence Minister", "Petroleum Minister": a common word before a title head is a portfolio.
    return this.kind(k) === CAP && this.lex.isCommon(n) && !GIVEN.has(n) && !PLACES.has(n) && !DEMONYM_SET.has(n);
  }

  private allTitleWords(a: number, b: number): boolean {
    let head = false;
    for (let k = a; k < b; k++) {
      if (!this.isTitleWord(k)) return false;
      if (this.isTitleHead(k)) head = true;
    }
    return head;
  }

  /** What may precede a title in the same chunk: nothing, demonyms, a known place or organisation, an acronym. */
  private prefixOk(a: number, t0: number): boolean {
    if (a === t0) return true;
    let k = a;
    while (k < t0) {
      if (DEMONYM_SET.has(this.norm(k))) {
        k++;
        continue;
      }
      const g = this.gazetteerAt(k, t0);
      if (g > 0) {
        k += g;
        continue;
      }
      if (this.kind(k) === UPPER && t0 - k === 1) return true;
      return false;
    }
    return true;
  }

  private addPrefix(a: number, t0: number, uninformative: boolean): void {
    let k = a;
    while (k < t0) {
      if (DEMONYM_SET.has(this.norm(k))) {
        k++;
        continue;
      }
      const g = Math.max(1, this.gazetteerAt(k, t0));
      this.addSegment(k, k + g, uninformative && k === a, undefined);
      k += g;
    }
  }

  private addSegment(s: number, e: number, cu: boolean, title: string | undefined): void {
    // Trim connectors and function words at the edges.
    while (s < e && (this.kind(s) === LOWER || (FUNCTION_WORDS.has(this.norm(s)) && this.gazetteerAt(s, e) !== e - s))) s++;
    while (e > s && this.kind(e - 1) === LOWER) e--;
    if (s >= e) return;
    const key = this.phraseKey(s, e);
    if (e - s === 1 && (FUNCTION_WORDS.has(key) || DEMONYM_SET.has(key))) return;
    let dates = true;
    for (let k = s; k < e && dates; k++) dates = DATE_WORDS.has(this.norm(k));
    if (dates) return;
    this.segments.push({
      s, e, key, cu, caps: false, title, type: undefined, strength: 0, place: undefined, venue: false,
    });
  }

  // ---- local evidence ---------------------------------------------------------------------------------

  private setEvidence(seg: Segment, type: EntityType, strength: number): void {
    if (strength > seg.strength) {
      seg.type = type;
      seg.strength = strength;
    }
  }

  private classify(seg: Segment): void {
    const { s, e, key } = seg;
    const len = e - s;
    const prev = s - 1;
    const prevLower =
      this.kind(prev) === LOWER || (this.kind(prev) === CAP && this.cu[prev] === 1 && this.lex.isCommon(this.norm(prev)))
        ? this.norm(prev)
        : '';
    seg.venue = prevLower !== '' && VENUE_PREPOSITIONS.has(prevLower);

    if (ORGS.has(key)) this.setEvidence(seg, ORG, STRONG);
    const place = PLACES.get(key);
    if (place !== undefined) {
      seg.place = place;
      this.setEvidence(seg, LOC, STRONG);
    }
    if (seg.title !== undefined) this.setEvidence(seg, PER, STRONG);
    if (seg.strength >= STRONG) return;

    // Dateline: "MOSCOW, Nov 13 (Reuters) -", "HAMBURG , Germany 1996-08-22".
    if (this.isDateline(s, e)) this.setEvidence(seg, LOC, STRONG);

    const first = this.norm(s);
    const last = this.norm(e - 1);
    if (len >= 2) {
      if (ORG_SUFFIX_SET.has(last) && !PLACE_SUFFIX_SET.has(last)) this.setEvidence(seg, ORG, STRONG);
      if (ORG_HEAD_SET.has(first) && len >= 3 && this.hasOfFor(s, e)) this.setEvidence(seg, ORG, STRONG);
      if (DIRECTION_SET.has(first) && PLACES.has(this.phraseKey(s + 1, e))) this.setEvidence(seg, LOC, STRONG);
      if (PLACE_SUFFIX_SET.has(last)) this.setEvidence(seg, LOC, GOOD);
      if (PLACE_HEAD_SET.has(first) && !DIRECTION_SET.has(first)) this.setEvidence(seg, LOC, FAIR);
      if (this.hasClubWord(s, e)) this.setEvidence(seg, ORG, GOOD);
      if (GIVEN.has(first)) this.setEvidence(seg, PER, GOOD);
      const k0 = this.kind(s);
      if ((k0 === INITIAL || (k0 === UPPER && this.flag(s, F_DOT) && this.str(s).length <= 5)) && this.kind(s + 1) === CAP) {
        this.setEvidence(seg, PER, GOOD);
      }
      if (ORG_SUFFIX_SET.has(last)) this.setEvidence(seg, ORG, GOOD);
    } else {
      if (CLUB_NAMES.has(key)) this.setEvidence(seg, ORG, STRONG);
      if (ORG_SUFFIX_SET.has(key) && !seg.cu && this.kind(s) === CAP) this.setEvidence(seg, ORG, FAIR);
    }

    // Context before.
    if (prevLower !== '') {
      if (ROLE_NOUN_SET.has(prevLower) || (TITLE_HEAD_SET.has(prevLower) && prevLower.length > 3)) {
        this.setEvidence(seg, PER, GOOD);
        if (seg.title === undefined && LOWER_TITLES.has(prevLower)) seg.title = this.lowerTitle(prev);
      }
      if (PLACE_NOUNS.has(prevLower)) this.setEvidence(seg, LOC, GOOD);
      if (prevLower === 'of' && PLACE_NOUNS.has(this.kind(prev - 1) === LOWER ? this.norm(prev - 1) : '')) this.setEvidence(seg, LOC, GOOD);
      if (ORG_NOUNS.has(prevLower)) this.setEvidence(seg, ORG, FAIR);
      if (PLACE_PREPOSITIONS.has(prevLower)) this.setEvidence(seg, LOC, WEAK);
      if (prevLower === 'said' && (this.punctIs(e, 44) || this.punctIs(e, 46))) this.setEvidence(seg, PER, FAIR);
    }
    if (this.based.has(key)) this.setEvidence(seg, LOC, GOOD);

    // Context after.
    const nk = this.kind(e);
    if (nk === LOWER) {
      const next = this.norm(e);
      if (SPEECH_VERBS.has(next)) this.setEvidence(seg, PER, 1.5);
    } else if (this.punctIs(e, 44)) {
      // "Lincoln, Nebraska": a place followed by its state or country.
      if (this.kind(e + 1) === LOWER && this.norm(e + 1) === 'who') this.setEvidence(seg, PER, FAIR);
      else if (this.isWordShape(e + 1)) {
        const g = this.gazetteerAt(e + 1, this.t.count);
        if (g > 0) {
          const pk = PLACES.get(this.phraseKey(e + 1, e + 1 + g));
          if ((pk === 'country' || pk === 'division') && !this.isWordShape(e + 1 + g)) this.setEvidence(seg, LOC, FAIR);
        }
      }
    } else if (this.flag(e, F_POSSESSIVE) && this.kind(e + 1) === LOWER) {
      const next = this.norm(e + 1);
      if (PERSON_POSSESSIONS.has(next)) this.setEvidence(seg, PER, FAIR);
    }

    if (seg.strength >= FAIR) return;
    // Morphology of the last word.
    const surname = morphologyType(last);
    if (surname !== undefined) this.setEvidence(seg, surname, 1);
    if (len === 1 && this.kind(s) === UPPER && !seg.cu) this.setEvidence(seg, ORG, WEAK);
  }

  /**
   * A dateline: an all-caps place at a line start, before a date ("LONDON 1996-08-30"), a comma
   * ("MOSCOW, Nov 13", "HAMBURG , Germany") or a parenthesis ("PARIS (Reuters)").
   */
  private isDateline(s: number, e: number): boolean {
    if (!this.flag(s, F_LINE_START) || !this.allUpper(s, e)) return false;
    if (this.punctIs(e, 44) || this.punctIs(e, 40)) return true;
    if (this.kind(e) !== NUM) return false;
    const next = this.str(e);
    return /^\d{4}-\d\d-\d\d$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(next);
  }

  private allUpper(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.kind(k) !== UPPER) return false;
    return true;
  }

  private hasOfFor(s: number, e: number): boolean {
    for (let k = s; k < e; k++) {
      if (this.kind(k) === LOWER) {
        const n = this.norm(k);
        if (n === 'of' || n === 'for') return true;
      }
    }
    return false;
  }

  private hasClubWord(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (CLUB_WORD_SET.has(this.norm(k))) return true;
    if (e - s >= 2 && CLUB_WORD_SET.has(`${this.norm(s)} ${this.norm(s + 1)}`)) return true;
    return false;
  }

  /** "foreign minister" before a name: the lower-case title, with its modifiers. */
  private lowerTitle(h: number): string {
    let t0 = h;
    while (t0 - 1 >= 0 && this.kind(t0 - 1) === LOWER && TITLE_MODIFIER_SET.has(this.norm(t0 - 1))) t0--;
    return this.text.slice(this.t.start[t0], this.t.end[h]);
  }

  // ---- document consistency ---------------------------------------------------------------------------

  private readonly votes = new Map<string, [number, number, number]>();
  private readonly personParts = new Set<string>();
  private readonly acronyms = new Map<string, EntityType>();
  private readonly resolved = new Map<string, EntityType>();

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
      if (seg.type === PER && seg.e - seg.s >= 2 && seg.strength >= FAIR) {
        this.personParts.add(this.norm(seg.e - 1));
        const firstName = this.norm(seg.s);
        if (!TITLE_HEAD_SET.has(firstName)) this.personParts.add(firstName);
        // "S Jaishankar" → "jaishankar"; "Nikolaus van der Pas" → "van der pas", "pas".
        let k = seg.s;
        while (k < seg.e - 1 && (this.kind(k) === INITIAL || this.flag(k, F_DOT))) k++;
        if (k > seg.s) this.personParts.add(this.phraseKey(k, seg.e));
        for (let j = seg.s + 1; j < seg.e - 1; j++) {
          if (this.kind(j) === LOWER) {
            this.personParts.add(this.phraseKey(j, seg.e));
            break;
          }
        }
      }
      if (seg.type !== PER && seg.e - seg.s >= 2 && seg.strength >= FAIR) {
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
      const len = seg.e - seg.s;
      const doc = this.docType(seg.key);
      if (doc !== undefined) {
        seg.type = doc;
        seg.strength = FAIR;
      } else if (this.personParts.has(seg.key)) {
        seg.type = PER;
        seg.strength = FAIR;
      } else if (len === 1 && this.acronyms.has(seg.key)) {
        seg.type = this.acronyms.get(seg.key);
        seg.strength = FAIR;
      } else if (seg.type === undefined) {
        seg.type = this.defaultType(seg);
      }
      this.finishType(seg);
    }
    for (const seg of this.segments) if (seg.type !== undefined) this.resolved.set(seg.key, seg.type);
  }

  /** Sports reports: towns and counties that play are clubs (organisations); countries stay places. */
  private finishType(seg: Segment): void {
    if (this.sport !== 'team' || seg.type !== LOC || seg.venue) return;
    const place = seg.place ?? PLACES.get(seg.key);
    if (place === 'country' || place === 'region') return;
    if (seg.strength >= STRONG && place === undefined) return; // a dateline or a place word
    if (this.isDateline(seg.s, seg.e)) return;
    seg.type = ORG;
  }

  /** A line of a results table: two or more numbers and hardly any lower-case words. */
  private resultsLine(k: number): boolean {
    let a = this.lineStartTok[k] as number;
    let nums = 0;
    let lowers = 0;
    for (; a < this.t.count && (a === this.lineStartTok[k] || !this.flag(a, F_LINE_START)); a++) {
      const kd = this.kind(a);
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
    for (const k of this.dropped) {
      const key = this.norm(k);
      const type = this.resolved.get(key) ?? (this.personParts.has(key) ? PER : undefined);
      if (type === undefined || this.kind(k + 1) === CAP) continue;
      this.segments.push({
        s: k, e: k + 1, key, cu: true, caps: false, title: undefined, type, strength: FAIR, place: undefined,
        venue: false,
      });
    }
  }

  // ---- all-caps lines ---------------------------------------------------------------------------------

  private capsLines(): void {
    const count = this.t.count;
    let k = 0;
    while (k < count) {
      if (this.lineMode[k] !== LINE_CAPS || !this.isWordShape(k)) {
        k++;
        continue;
      }
      let lineEnd = k + 1;
      while (lineEnd < count && !this.flag(lineEnd, F_LINE_START)) lineEnd++;
      // Longest phrase the document or the gazetteer knows.
      let matched = 0;
      let type: EntityType | undefined;
      let key = '';
      for (let j = k; j < Math.min(lineEnd, k + MAX_PHRASE_TOKENS); j++) {
        if (!this.isWordShape(j) && !(j > k && this.kind(j) === PUNCT && this.punctIs(j, 38))) break;
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
        } else if (!this.lex.isCommon(n) && !FUNCTION_WORDS.has(n) && !DEMONYM_SET.has(n) && !TEAM_SPORTS.has(n) && !INDIVIDUAL_SPORTS.has(n) && this.str(k).length > 1 && !TITLE_HEAD_SET.has(n)) {
          let e = k + 1;
          while (e < lineEnd && this.isWordShape(e) && this.capsUnknown(e)) e++;
          matched = e - k;
          if (this.isDateline(k, e)) type = LOC;
          else if (matched === 1 && this.acronyms.has(n)) type = this.acronyms.get(n);
          else type = this.defaultCapsType(k, e);
        }
      }
      if (matched > 0 && type !== undefined) {
        const seg: Segment = {
          s: k, e: k + matched, key: this.phraseKey(k, k + matched), cu: true, caps: true, title: undefined, type,
          strength: FAIR, place: undefined, venue: false,
        };
        if (type === LOC) this.finishType(seg);
        this.segments.push(seg);
        k += matched;
        continue;
      }
      k++;
    }
  }

  private capsUnknown(k: number): boolean {
    const n = this.norm(k);
    return !this.lex.isCommon(n) && !FUNCTION_WORDS.has(n) && !DEMONYM_SET.has(n) && !this.resolved.has(n) && !ORGS.has(n) && !PLACES.has(n);
  }

  private defaultCapsType(s: number, e: number): EntityType {
    const m = morphologyType(this.norm(e - 1));
    if (m !== undefined) return m;
    if (this.sport === 'team') return ORG;
    if (this.sport === 'individual') return PER;
    return e - s === 1 ? PER : ORG;
  }
}

/** Heads before "of" that make a place: "Gulf of Aden", "Republic of Korea". */
const OF_PLACE_HEADS: ReadonlySet<string> = new Set([
  'gulf', 'isle', 'bay', 'sea', 'strait', 'straits', 'cape', 'republic', 'kingdom', 'state', 'city',
  'province', 'district', 'territory', 'islands', 'union', 'federation', 'emirate', 'sultanate', 'principality',
  'commonwealth', 'port', 'mount', 'lake', 'valley', 'county',
]);

/** Title heads that take "of": "Minister of External Affairs", "Secretary of State". */
const OF_TITLE_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'ministers', 'chief', 'head']);

/** Prepositions before a place that stays a place even in sports reports ("at Headingley", "in Tirana"). */
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'outside', 'to', 'into']);

/** Lower-case titles kept as a person's title ("foreign minister Sergei Lavrov"). */
const LOWER_TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'ambassador',
  'commissioner', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'envoy',
]);

/** Nouns after "X's" that make X a person ("Lauck's lawyer"). */
const PERSON_POSSESSIONS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'lawyer', 'lawyers',
  'attorney', 'family', 'widow', 'girlfriend', 'boyfriend', 'children', 'parents', 'career', 'birthday',
  'resignation', 'death', 'funeral', 'spokesman', 'spokeswoman', 'aides', 'aide', 'administration', 'memoir',
  'autobiography', 'predecessor', 'successor', 'campaign', 'body', 'life', 'friends', 'late',
]);

/** Weak type from a word's ending: Slavic and other surname endings, place endings. */
function morphologyType(w: string): EntityType | undefined {
  if (w.length < 5) return undefined;
  for (const suf of PERSON_ENDINGS) if (w.endsWith(suf)) return PER;
  for (const suf of PLACE_ENDINGS) if (w.endsWith(suf)) return LOC;
  return undefined;
}

const PERSON_ENDINGS = [
  'ov', 'ev', 'ova', 'eva', 'sky', 'ski', 'ska', 'vich', 'vic', 'ovic', 'evic', 'enko', 'shvili', 'dze', 'yan',
  'escu', 'poulos', 'opoulos', 'akis', 'ides', 'stein', 'mann', 'berg', 'sson', 'sen', 'son', 'ez', 'ini',
  'elli', 'etti', 'acci', 'ucci', 'aki', 'uki', 'oshi', 'awa', 'moto', 'mura', 'hashi', 'zadeh', 'ullah',
];
const PLACE_ENDINGS = [
  'stan', 'grad', 'burg', 'bourg', 'ville', 'pur', 'abad', 'shire', 'polis', 'ograd', 'land', 'ia',
];

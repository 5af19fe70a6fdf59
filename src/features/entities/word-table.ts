import {
  CLUB_NAMES, CLUB_WORD_SET, DEMONYM_SET, DIRECTION_SET, GIVEN, ORGS, ORG_HEAD_SET, ORG_SUFFIX_SET,
  PHRASE_PREFIXES, PLACES, PLACE_HEAD_SET, PLACE_SUFFIX_SET, ROLE_NOUN_SET, TITLE_HEAD_SET, TITLE_MODIFIER_SET,
  normToken, type PlaceKind,
} from './gazetteer.js';
import {
  DATE_WORDS, EVENT_WORDS, FUNCTION_WORDS, ORG_AFTER_NOUNS, INDIVIDUAL_SPORTS, NAME_PARTICLES, ORG_NOUNS, PLACE_NOUNS, PLACE_PREPOSITIONS,
  SPEECH_VERBS, TEAM_SPORTS,
} from './cues.js';
import { CaseLexicon } from './lexicon.js';

/**
 * Every word list and the case prior merged into one table: normal form → bit set. The extractor looks a
 * token up once and tests bits, instead of probing twenty sets per capitalised word.
 */
export const W_DATE = 1 << 0;
export const W_FUNCTION = 1 << 1;
export const W_GIVEN = 1 << 2;
export const W_DEMONYM = 1 << 3;
export const W_TITLE_HEAD = 1 << 4;
export const W_TITLE_MOD = 1 << 5;
export const W_ROLE = 1 << 6;
export const W_ORG_SUFFIX = 1 << 7;
export const W_ORG_HEAD = 1 << 8;
export const W_PLACE_SUFFIX = 1 << 9;
export const W_PLACE_HEAD = 1 << 10;
export const W_DIRECTION = 1 << 11;
export const W_CLUB_WORD = 1 << 12;
/** A one-word place in the gazetteer. */
export const W_PLACE = 1 << 13;
/** A one-word organisation (or club) in the gazetteer. */
export const W_ORG = 1 << 14;
/** Starts (or continues) a multi-word gazetteer phrase. */
export const W_PREFIX = 1 << 15;
/** A common lower-case word (SUBTLEX prior): its capital letter says nothing at a sentence start. */
export const W_COMMON = 1 << 16;
export const W_CLUB = 1 << 17;
export const W_SPEECH = 1 << 18;
export const W_PLACE_PREP = 1 << 19;
export const W_PLACE_NOUN = 1 << 20;
export const W_ORG_NOUN = 1 << 21;
export const W_PARTICLE = 1 << 22;
export const W_TEAM_SPORT = 1 << 23;
export const W_INDIVIDUAL_SPORT = 1 << 24;
export const W_LOWER_TITLE = 1 << 25;
export const W_PERSON_POSSESSION = 1 << 26;
export const W_VENUE = 1 << 27;
export const W_OF_HEAD = 1 << 28;
export const W_EVENT = 1 << 29;
export const W_ORG_AFTER = 1 << 30;

/** Prepositions before a place that stays a place even in sports reports ("at Headingley", "in Tirana"). */
const VENUE_PREPOSITIONS = ['in', 'at', 'near', 'from', 'outside', 'to', 'into'];

/** Lower-case titles kept as a person's title ("foreign minister Sergei Lavrov"). */
const LOWER_TITLES = [
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'ambassador',
  'commissioner', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'envoy',
];

/** Nouns after "X's" that make X a person ("Lauck's lawyer"). */
const PERSON_POSSESSIONS = [
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'lawyer', 'lawyers',
  'attorney', 'family', 'widow', 'girlfriend', 'boyfriend', 'children', 'parents', 'career', 'birthday',
  'resignation', 'death', 'funeral', 'spokesman', 'spokeswoman', 'aides', 'aide', 'memoir', 'autobiography',
  'predecessor', 'successor', 'body', 'life', 'friends',
];

/**
 * Words that take "of" inside a name: places ("Gulf of Aden", "Republic of Korea") and titles ("Minister of
 * External Affairs", "Secretary of State"); organisation heads and suffixes take it too.
 */
const OF_HEADS = [
  'gulf', 'isle', 'bay', 'sea', 'strait', 'straits', 'cape', 'republic', 'kingdom', 'state', 'city',
  'province', 'district', 'territory', 'islands', 'union', 'federation', 'emirate', 'sultanate', 'principality',
  'commonwealth', 'port', 'mount', 'lake', 'valley', 'county', 'minister', 'secretary', 'ministers', 'chief',
  'head',
];

/**
 * Every word list and the common words in one open-addressing table keyed by two independent 32-bit hashes of
 * the normal form (FNV-1a, and a second multiplicative hash finished with fmix32), so a token is looked up straight from the text: no
 * substring, no lower-casing, no string hash, no string compared. Two words are taken to be the same when both
 * hashes agree (a wrong match needs a 64-bit collision with one of ≈ 40 000 words: about 2⁻⁴⁸ per look-up).
 * The table is four int32 per slot ([h1, h2, bits, used]: one cache line holds four slots).
 */
export class WordTable {
  /** [h1, h2, bits | W_COMMON, used] per slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The normal form per slot: a token that is a known word gets its string without making one. */
  private readonly forms: string[];
  /**
   * Where the last look-up found its word (a slot for `formAt`), or -1; or, for a token outside ASCII, the
   * normal form it had to make (`lastMade`).
   */
  lastSlot = -1;
  lastMade: string | undefined;

  constructor(lexicon: CaseLexicon) {
    const bits = new Map<string, number>();
    const add = (words: Iterable<string>, bit: number): void => {
      for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
    };
    for (const w of lexicon.commonWords()) bits.set(w, W_COMMON);
    add(DATE_WORDS, W_DATE);
    add(FUNCTION_WORDS, W_FUNCTION);
    add(GIVEN, W_GIVEN);
    add(DEMONYM_SET, W_DEMONYM);
    add(TITLE_HEAD_SET, W_TITLE_HEAD);
    add(TITLE_MODIFIER_SET, W_TITLE_MOD);
    add(ROLE_NOUN_SET, W_ROLE);
    add(ORG_SUFFIX_SET, W_ORG_SUFFIX);
    add(ORG_HEAD_SET, W_ORG_HEAD);
    add(PLACE_SUFFIX_SET, W_PLACE_SUFFIX);
    add(PLACE_HEAD_SET, W_PLACE_HEAD);
    add(DIRECTION_SET, W_DIRECTION);
    add(CLUB_WORD_SET, W_CLUB_WORD);
    add([...PLACES.keys()].filter((k) => !k.includes(' ')), W_PLACE);
    add([...ORGS].filter((k) => !k.includes(' ')), W_ORG);
    add([...PHRASE_PREFIXES].filter((k) => !k.includes(' ')), W_PREFIX);
    add(CLUB_NAMES, W_CLUB);
    add(SPEECH_VERBS, W_SPEECH);
    add(PLACE_PREPOSITIONS, W_PLACE_PREP);
    add(PLACE_NOUNS, W_PLACE_NOUN);
    add(ORG_NOUNS, W_ORG_NOUN);
    add(NAME_PARTICLES, W_PARTICLE);
    add(TEAM_SPORTS, W_TEAM_SPORT);
    add(INDIVIDUAL_SPORTS, W_INDIVIDUAL_SPORT);
    add(LOWER_TITLES, W_LOWER_TITLE);
    add(PERSON_POSSESSIONS, W_PERSON_POSSESSION);
    add(VENUE_PREPOSITIONS, W_VENUE);
    add(OF_HEADS, W_OF_HEAD);
    add(EVENT_WORDS, W_EVENT);
    add(ORG_AFTER_NOUNS, W_ORG_AFTER);
    // Load factor at most 1/2: probes stay short, and the table stays small enough to be cached.
    const size = 1 << Math.ceil(Math.log2(Math.max(64, bits.size * 2)));
    this.slots = new Int32Array(size * 4);
    this.forms = new Array<string>(size).fill('');
    this.mask = size - 1;
    for (const [w, b] of bits) {
      if (b === 0) continue;
      const h1 = fnv(w);
      const h2 = murmur(w);
      // Words with the same h1 share a home slot, so a word with both hashes equal is met on the way.
      let i = slotOf(h1, this.mask);
      while (this.slots[i * 4 + 3] !== 0) {
        if (this.slots[i * 4] === h1 && this.slots[i * 4 + 1] === h2) {
          throw new Error(`word table: '${w}' and '${this.forms[i] ?? ''}' have the same hashes; change a hash seed`);
        }
        i = (i + 1) & this.mask;
      }
      this.slots[i * 4] = h1;
      this.slots[i * 4 + 1] = h2;
      this.slots[i * 4 + 2] = b;
      this.slots[i * 4 + 3] = 1;
      this.forms[i] = w;
    }
  }

  /** The bit set of a normal-form word, W_COMMON included (0 when the word is in no list and not common). */
  get(word: string): number {
    return this.probe(fnv(word), murmur(word));
  }

  /** The word-list bits of a normal-form word, without W_COMMON. */
  listBits(word: string): number {
    return this.get(word) & ~W_COMMON;
  }

  /** Whether a normal-form word is a common lower-case word (the W_COMMON bit alone). */
  isCommon(word: string): boolean {
    return (this.get(word) & W_COMMON) !== 0;
  }

  /**
   * `get(normToken(text.slice(start, end)))` without making the string when the token is ASCII (curly
   * apostrophes allowed): the normal form is hashed as it is read.
   */
  getSpan(text: string, start: number, end: number): number {
    let h1 = FNV_OFFSET;
    let h2 = MURMUR_SEED;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        if (c !== 0x2019) return this.getMade(normToken(text.slice(start, end)));
        c = 39;
      } else if (c === 46) continue;
      else if (c >= 65 && c <= 90) c |= 32;
      h1 = Math.imul(h1 ^ c, FNV_PRIME);
      h2 = murmurStep(h2, c);
    }
    return this.probe(h1, murmurFinish(h2));
  }

  /** `get(form)` for a normal form the caller had to make, kept in `lastMade`. */
  private getMade(form: string): number {
    const bits = this.get(form);
    this.lastMade = form;
    return bits;
  }

  /** The normal form of the word in `slot` (from `lastSlot`). */
  formAt(slot: number): string {
    return this.forms[slot] as string;
  }

  /**
   * One probe touches one cache line of slots for a word the table lacks and for most words it holds: the
   * detail stage runs between stages that evict the caches, so a look-up is counted in cache misses, and a
   * cache of recent words in front of the table would only add one.
   */
  private probe(h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    this.lastMade = undefined;
    for (let i = slotOf(h1, mask); slots[i * 4 + 3] !== 0; i = (i + 1) & mask) {
      if (slots[i * 4] === h1 && slots[i * 4 + 1] === h2) {
        this.lastSlot = i;
        return slots[i * 4 + 2] as number;
      }
    }
    this.lastSlot = -1;
    return 0;
  }

  private static instance: WordTable | undefined;

  /** The table over the SUBTLEX lexicon, built once per process (≈ 0.1 s) and shared: it never changes. */
  static standard(): WordTable {
    if (WordTable.instance === undefined) WordTable.instance = new WordTable(CaseLexicon.subtlex());
    return WordTable.instance;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const MURMUR_SEED = 0x9747b28c | 0;

/** FNV-1a of a normal form (as an int32). */
function fnv(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The second hash: FNV-1a's round with murmur2's multiplier and another seed, finished with murmur3's fmix32
 * (cheap per character; its collisions are not FNV's).
 */
function murmur(w: string): number {
  let h = MURMUR_SEED;
  for (let i = 0; i < w.length; i++) h = murmurStep(h, w.charCodeAt(i));
  return murmurFinish(h);
}

function murmurStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x5bd1e995);
}

function murmurFinish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

const slotOf = (h: number, mask: number): number => (Math.imul(h, 0x9e3779b1) >>> 7) & mask;

/** PhraseTable bits: the phrase is a place, an organisation, or a proper prefix of a longer phrase. */
export const P_PLACE = 1;
export const P_ORG = 2;
export const P_PREFIX = 4;
const PLACE_KINDS: readonly PlaceKind[] = ['country', 'region', 'division', 'city'];

/**
 * Every gazetteer phrase (places, organisations) and proper prefix of one, keyed by the same two hashes as
 * the word table, taken over the normal form with single spaces between tokens: a run of tokens is looked up
 * as its hashes are extended token by token, with no string built. Bits P_PLACE | P_ORG | P_PREFIX, and the
 * place kind (its index + 1) from bit 3.
 */
export class PhraseTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor() {
    const bits = new Map<string, number>();
    const or = (k: string, b: number): void => {
      bits.set(k, (bits.get(k) ?? 0) | b);
    };
    for (const [k, kind] of PLACES) or(k, P_PLACE | ((PLACE_KINDS.indexOf(kind) + 1) << 3));
    for (const k of ORGS) or(k, P_ORG);
    for (const k of PHRASE_PREFIXES) or(k, P_PREFIX);
    const size = 1 << Math.ceil(Math.log2(Math.max(64, bits.size * 2)));
    this.slots = new Int32Array(size * 4);
    this.mask = size - 1;
    for (const [w, b] of bits) {
      const h1 = fnv(w);
      const h2 = murmur(w);
      let i = slotOf(h1, this.mask);
      while (this.slots[i * 4 + 3] !== 0) {
        if (this.slots[i * 4] === h1 && this.slots[i * 4 + 1] === h2) throw new Error(`phrase table: '${w}' has the hashes of another phrase; change a hash seed`);
        i = (i + 1) & this.mask;
      }
      this.slots[i * 4] = h1;
      this.slots[i * 4 + 1] = h2;
      this.slots[i * 4 + 2] = b;
      this.slots[i * 4 + 3] = 1;
    }
  }

  /** Bits of a phrase in normal form (0 when it is none). */
  get(phrase: string): number {
    let h2 = MURMUR_SEED;
    for (let i = 0; i < phrase.length; i++) h2 = murmurStep(h2, phrase.charCodeAt(i));
    return this.probe(fnv(phrase), h2);
  }

  /** Bits of the phrase whose hashes, before murmur's finish, are h1 and h2 (see `extendHashes`). */
  probe(h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const f = murmurFinish(h2);
    for (let i = slotOf(h1, mask); slots[i * 4 + 3] !== 0; i = (i + 1) & mask) {
      if (slots[i * 4] === h1 && slots[i * 4 + 1] === f) return slots[i * 4 + 2] as number;
    }
    return 0;
  }

  private static instance: PhraseTable | undefined;

  /** The table over the hand-written gazetteers, built once per process and shared: it never changes. */
  static standard(): PhraseTable {
    if (PhraseTable.instance === undefined) PhraseTable.instance = new PhraseTable();
    return PhraseTable.instance;
  }
}

/** The place kind in PhraseTable bits. */
export function placeKindOf(bits: number): PlaceKind | undefined {
  const i = (bits >> 3) & 7;
  return i === 0 ? undefined : PLACE_KINDS[i - 1];
}

/** Hashes of a phrase being built, before murmur's finish: [h1, h2]. */
export const PHRASE_START_H1 = FNV_OFFSET;
export const PHRASE_START_H2 = MURMUR_SEED;

/**
 * Extends the running hashes `h` ([h1, h2]) with the normal form of the token text[start, end) (after a
 * space when `space`). False, with `h` unusable, when the token has a character outside ASCII other than ’.
 */
export function extendHashes(h: Int32Array, text: string, start: number, end: number, space: boolean): boolean {
  let h1 = h[0] as number;
  let h2 = h[1] as number;
  if (space) {
    h1 = Math.imul(h1 ^ 32, FNV_PRIME);
    h2 = murmurStep(h2, 32);
  }
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      if (c !== 0x2019) return false;
      c = 39;
    } else if (c === 46) continue;
    else if (c >= 65 && c <= 90) c |= 32;
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = murmurStep(h2, c);
  }
  h[0] = h1;
  h[1] = h2;
  return true;
}

import {
  CLUB_NAMES, CLUB_WORD_SET, DEMONYM_SET, DIRECTION_SET, GIVEN, ORGS, ORG_HEAD_SET, ORG_SUFFIX_SET,
  PHRASE_PREFIXES, PLACES, PLACE_HEAD_SET, PLACE_SUFFIX_SET, ROLE_NOUN_SET, TITLE_HEAD_SET, TITLE_MODIFIER_SET,
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

export class WordTable {
  /** Word-list bits (without W_COMMON): a few thousand entries, so lookups stay in cache. */
  private readonly bits: Map<string, number>;
  /** The common lower-case words (tens of thousands), probed only where a capital letter says nothing. */
  private readonly common: Set<string>;

  constructor(lexicon: CaseLexicon) {
    const bits = new Map<string, number>();
    const add = (words: Iterable<string>, bit: number): void => {
      for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
    };
    this.common = new Set(lexicon.commonWords());
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
    this.bits = bits;
  }

  /** The bit set of a normal-form word, W_COMMON included (0 when the word is in no list and not common). */
  get(word: string): number {
    return (this.bits.get(word) ?? 0) | (this.common.has(word) ? W_COMMON : 0);
  }

  /** The word-list bits of a normal-form word, without W_COMMON. */
  listBits(word: string): number {
    return this.bits.get(word) ?? 0;
  }

  /** Whether a normal-form word is a common lower-case word (the W_COMMON bit alone). */
  isCommon(word: string): boolean {
    return this.common.has(word);
  }

  private static instance: WordTable | undefined;

  /** The table over the SUBTLEX lexicon, built once per process (≈ 0.1 s) and shared: it never changes. */
  static standard(): WordTable {
    if (WordTable.instance === undefined) WordTable.instance = new WordTable(CaseLexicon.subtlex());
    return WordTable.instance;
  }
}

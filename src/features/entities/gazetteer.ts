import { CITIES, COUNTRIES, DEMONYMS, DEMONYM_PLURALS, DIVISIONS, REGIONS } from './gazetteer-places.js';
import { CLUBS, CLUB_WORDS, ORGANISATIONS, ORG_HEADS, ORG_SUFFIXES } from './gazetteer-organisations.js';
import { GIVEN_NAMES, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './gazetteer-people.js';

/**
 * Lookup tables built once from the hand-written lists. Keys are "normal forms": lower case, periods dropped,
 * curly apostrophes straightened, tokens joined by one space ('U.S.' → 'us', "Moody 's" → "moody 's").
 */

/** The normal form of one token. */
export function normToken(s: string): string {
  let lower = true;
  let special = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0xc0) lower = false;
    if (c === 46 || c === 0x2019) special = true;
  }
  let out = lower ? s : s.toLowerCase();
  if (special) out = out.replaceAll('.', '').replaceAll('’', "'");
  return out;
}

/**
 * FNV-1a of the normal form of the token text[start, end), read in place; -1 when the token has a character
 * outside ASCII other than ’ (its normal form then needs `normToken`). Never -1 otherwise.
 */
export function normHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      if (c !== 0x2019) return -1;
      c = 39;
    } else if (c === 46) continue;
    else if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h === -1 ? 0 : h;
}

/** Whether `form` is the normal form of the ASCII (or ’) token text[start, end). */
export function isNormOf(form: string, text: string, start: number, end: number): boolean {
  let p = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 46) continue;
    if (c === 0x2019) c = 39;
    else if (c >= 65 && c <= 90) c |= 32;
    if (form.charCodeAt(p++) !== c) return false;
  }
  return p === form.length;
}

/** Normal form of a phrase written with spaces ("Observer Research Foundation"). */
export function normPhrase(s: string): string {
  const parts: string[] = [];
  for (const p of s.split(/\s+/)) {
    if (p === '') continue;
    // "Moody's" is written "Moody 's" by tokenizers that split possessives; index both.
    parts.push(normToken(p));
  }
  return parts.join(' ');
}

/** What a place is; countries are treated apart (national teams, demonym stripping). */
export type PlaceKind = 'country' | 'region' | 'division' | 'city';

const setOf = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map(normPhrase));

const places = new Map<string, PlaceKind>();
for (const [list, k] of [
  [CITIES, 'city'],
  [DIVISIONS, 'division'],
  [REGIONS, 'region'],
  [COUNTRIES, 'country'],
] as const) {
  for (const p of list) places.set(normPhrase(p), k);
}

/** Place phrases → kind. */
export const PLACES: ReadonlyMap<string, PlaceKind> = places;
/** Organisation phrases (institutions, companies, media) and one-word club names. */
export const ORGS: ReadonlySet<string> = new Set([...ORGANISATIONS.map(normPhrase), ...CLUBS.map(normPhrase)]);
/** One-word clubs (organisations in any document). */
export const CLUB_NAMES: ReadonlySet<string> = setOf(CLUBS);

const demonyms = new Set<string>();
for (const d of DEMONYMS) {
  const k = normPhrase(d);
  demonyms.add(k);
  if (!k.endsWith('s')) demonyms.add(`${k}s`);
}
for (const d of DEMONYM_PLURALS) demonyms.add(normPhrase(d));
/** Nationalities and peoples, singular and plural. */
export const DEMONYM_SET: ReadonlySet<string> = demonyms;

export const GIVEN: ReadonlySet<string> = setOf(GIVEN_NAMES);
export const TITLE_HEAD_SET: ReadonlySet<string> = setOf(TITLE_HEADS);
export const TITLE_MODIFIER_SET: ReadonlySet<string> = setOf(TITLE_MODIFIERS);
export const ROLE_NOUN_SET: ReadonlySet<string> = setOf(ROLE_NOUNS);
export const ORG_SUFFIX_SET: ReadonlySet<string> = setOf(ORG_SUFFIXES);
export const ORG_HEAD_SET: ReadonlySet<string> = setOf(ORG_HEADS);
export const CLUB_WORD_SET: ReadonlySet<string> = setOf(CLUB_WORDS);

/** Last words that make a name a place ("Grace Road", "Tiananmen Square", "Sheremetyevo Airport"). */
export const PLACE_SUFFIX_SET: ReadonlySet<string> = setOf([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'square', 'boulevard', 'lane', 'bridge', 'airport',
  'stadium', 'arena', 'park', 'river', 'lake', 'mountain', 'mountains', 'mount', 'hill', 'hills', 'island',
  'islands', 'isles', 'bay', 'valley', 'province', 'region', 'district', 'oblast', 'krai', 'prefecture',
  'peninsula', 'strait', 'straits', 'sea', 'ocean', 'desert', 'coast', 'heights', 'falls', 'canal', 'plain',
  'plains', 'beach', 'harbour', 'harbor', 'cathedral', 'abbey', 'temple', 'mosque', 'camp', 'village',
  'territory', 'territories', 'state', 'county', 'city', 'town', 'springs', 'creek', 'glacier', 'reef',
  'gardens', 'circuit', 'racecourse', 'speedway', 'ground', 'oval', 'field', 'stadion', 'velodrome',
]);

/** First words that make a name a place ("Lake Geneva", "Mount Kenya", "Gulf of Aden", "Port Said"). */
export const PLACE_HEAD_SET: ReadonlySet<string> = setOf([
  'lake', 'mount', 'mt', 'cape', 'gulf', 'isle', 'port', 'fort', 'ft', 'saint', 'st', 'sao', 'san', 'santa',
  'los', 'las', 'el', 'la', 'bay', 'republic', 'kingdom', 'province', 'state', 'city', 'gulf', 'sea', 'strait',
  'river', 'north', 'south', 'east', 'west', 'central', 'greater', 'upper', 'lower', 'new', 'northern',
  'southern', 'eastern', 'western', 'inner', 'outer',
]);

/** Direction words that turn a place into a larger or smaller place ("Northern Ireland", "East Java"). */
export const DIRECTION_SET: ReadonlySet<string> = setOf([
  'north', 'south', 'east', 'west', 'central', 'greater', 'upper', 'lower', 'northern', 'southern', 'eastern',
  'western', 'inner', 'outer', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast',
  'northwest', 'southeast', 'southwest', 'new', 'old',
]);

/** The longest phrase, in tokens, of any list, bounding the phrase matcher's look-ahead. */
export const MAX_PHRASE_TOKENS = 6;

/** Proper prefixes (whole tokens) of the multi-token place and organisation phrases: most tokens start none. */
export const PHRASE_PREFIXES: ReadonlySet<string> = new Set(
  [...PLACES.keys(), ...ORGS].flatMap((k) => {
    const parts = k.split(' ');
    const out: string[] = [];
    for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join(' '));
    return out;
  }),
);

/**
 * Small word lists the sentence aligner needs: function words, light stemming, a handful of news paraphrase
 * groups, titles that give a name its role, months and weekdays, and number words.
 */

/** Function words: never content, never evidence. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are aren as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not ' +
    'now of off on once only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    'may might must shall ’s s t don won’t can’t isn wasn weren hasn haven hadn doesn didn wouldn shouldn couldn ' +
    'said says say told tell according per via upon amid among within without toward towards onto across along ' +
    'around near since whether though although however yet still even ever already also another every either ' +
    'neither much many one ones us also let lets'
  ).split(/\s+/),
);

/**
 * Light stemming (plural, -ed, -ing, -ly, final e): enough to equate "visits"/"visited"/"visiting" and
 * "anticipated"/"anticipates", cheap, and deterministic. It is not a linguistic stem: "family" → "fami" is
 * fine as long as "families" lands in the same place, which it does.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !KEEP_S.has(w)) {
    w = w.slice(0, -1);
  }
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

const KEEP_S = new Set(['news', 'series', 'species', 'always', 'perhaps', 'whereas', 'various', 'towards', 'alias']);

function undouble(w: string): string {
  const n = w.length;
  if (n >= 3 && w[n - 1] === w[n - 2] && !'aeiouls'.includes(w[n - 1] ?? '')) return w.slice(0, -1);
  return w;
}

/**
 * Paraphrase groups of general news English: each word maps to its group's first word. Deliberately short
 * and generic (no story-specific words): a wrong merge costs precision everywhere.
 */
const GROUPS: readonly string[] = [
  'visit trip',
  'arrival arrive arrived',
  'significant pivotal important crucial momentous',
  'expect anticipate',
  'agreement deal accord pact',
  'increase rise rose risen raise hike',
  'cut reduce decrease lower slash',
  'fall fell drop decline',
  'kill killed dead die died death',
  'injure injured hurt wound wounded',
  'begin began begun start launch',
  'finish end conclude',
  'strike walkout stoppage',
  'house home',
  'ship vessel',
  'company firm',
  'employee worker staff',
  'win won victory',
  'lose lost defeat',
  'buy bought acquire purchase',
  'sell sold',
  'arrest detain',
  'investigation inquiry probe',
  'fire blaze wildfire',
  'close shut',
  'country nation',
  'relationship relation ties',
  'overturn quash annul',
  'vote ballot',
  'talk negotiation',
  'large big',
  'prison jail',
  'show reveal',
  'leader head chief',
  'meet meeting',
];

const CANONICAL: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const g of GROUPS) {
    const words = g.split(' ');
    const head = stem(words[0] ?? '');
    for (const w of words) m.set(stem(w), head);
  }
  return m;
})();

/** The match key of a lower-cased word: its stem, or its paraphrase group's. */
export function termKey(lower: string): string {
  const s = stem(lower);
  return CANONICAL.get(s) ?? s;
}

/** Words that give the name after them a role ("President X", "coach X", "Defense Minister X"). */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'president minister premier chancellor governor mayor senator secretary spokesperson spokesman spokeswoman ' +
    'chief ceo executive director chairman chairwoman chair head leader coach manager striker defender winger ' +
    'forward goalkeeper midfielder author co-author judge prosecutor ambassador general commander king queen prince ' +
    'princess pope dr mr mrs ms professor prof resident witness analyst official mediator inspector candidate ' +
    'incumbent founder editor correspondent envoy deputy vice sheikh emir captain colonel lieutenant sergeant ' +
    'bishop cardinal rabbi imam'
  ).split(/\s+/),
);

/** Month names and their short forms → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12],
  ['dec', 12],
]);

/** Weekday names. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Number words. "one" is left out on purpose: "one of", "one thing is clear" are not counts.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12],
]);

/** Scale words after a number ("2 million", "$120m", "1.2bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['m', 1e6], ['mn', 1e6], ['billion', 1e9], ['bn', 1e9],
  ['b', 1e9], ['trillion', 1e12], ['tn', 1e12],
]);

/** Currency words after a number. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'yen', 'yuan', 'rupee', 'rupees', 'rouble', 'roubles',
  'ruble', 'rubles', 'franc', 'francs', 'crown', 'crowns', 'krona', 'kronor', 'peso', 'pesos', 'real', 'reais',
]);

/** Words that turn a number into a percentage. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'per', 'percentage']);

/** Connectors allowed inside a multi-word name ("Ministry of Defense", "Port of Valmora"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'da', 'van', 'von', 'al', 'la', 'le', 'for', 'and']);

/**
 * Opposite predicates: a sentence with one and another with the other (and neither with both) state different
 * facts, however many words they share ("closed its office in Halden" / "opened an office in Halden").
 */
export const ANTONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const pairs: readonly (readonly [string, string])[] = [
    ['open', 'close'], ['increase', 'cut'], ['increase', 'fall'], ['gain', 'fall'], ['gain', 'lose'], ['win', 'lose'],
    ['accept', 'reject'], ['approve', 'reject'], ['join', 'leave'], ['buy', 'sell'], ['arrive', 'leave'],
    ['arrive', 'depart'], ['begin', 'finish'], ['convict', 'acquit'], ['convict', 'overturn'], ['hire', 'cut'],
    ['appoint', 'resign'], ['appoint', 'dismiss'], ['support', 'oppose'], ['allow', 'ban'], ['lift', 'impose'],
    ['confirm', 'deny'], ['pass', 'fail'], ['succeed', 'fail'], ['agree', 'fail'], ['free', 'detain'], ['release', 'arrest'],
  ];
  const m = new Map<string, string[]>();
  for (const [x, y] of pairs) {
    const kx = termKey(x);
    const ky = termKey(y);
    m.set(kx, [...(m.get(kx) ?? []), ky]);
    m.set(ky, [...(m.get(ky) ?? []), kx]);
  }
  return m;
})();

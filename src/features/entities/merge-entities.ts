import type { Entity, EntityMention, EntityType } from '../../model/entity.js';

/**
 * Merges the entity mentions of a story's articles into entities, joining the names that denote the same
 * thing: case, periods and possessives aside ("S. Jaishankar" = "S Jaishankar"); a person's shorter form
 * when exactly one longer person name ends with it ("Modi" = "Narendra Modi", "Jaishankar" = "S Jaishankar",
 * initials matching given names); an organisation's acronym ("UN" = "United Nations", "ORF" = "Observer
 * Research Foundation"); and the common variants of country and body names ("U.S." = "United States").
 *
 * The canonical name is the longest full form (most words; then the most frequent; then the longest
 * string). Titles are collected apart ("Prime Minister"), never part of a name. Entities come out by
 * mention count, most mentioned first, then by name. Cost: linear in mentions plus, per type, a pass over
 * distinct names for each distinct short name (names in a story number in the tens).
 */
export function mergeEntities(
  perArticle: readonly { readonly articleId: string; readonly mentions: readonly EntityMention[] }[],
): readonly Entity[] {
  // 1. Surface forms grouped by normal key.
  const groups = new Map<string, Group>();
  for (const { articleId, mentions } of perArticle) {
    for (const m of mentions) {
      const surface = cleanSurface(m.text);
      const key = nameKey(surface);
      if (key === '') continue;
      let g = groups.get(key);
      if (g === undefined) {
        g = { key, tokens: key.split(' '), forms: new Map(), types: new Map(), titles: new Map(), mentions: 0, articles: [] };
        groups.set(key, g);
      }
      g.mentions++;
      g.forms.set(surface, (g.forms.get(surface) ?? 0) + 1);
      g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
      if (m.title !== undefined && m.title.trim() !== '') {
        const t = m.title.trim();
        const tk = t.toLowerCase().replace(/\.$/, '');
        if (!g.titles.has(tk)) g.titles.set(tk, t);
      }
      if (!g.articles.includes(articleId)) g.articles.push(articleId);
    }
  }

  // 2. Each key takes its majority type; then aliases join within a type.
  const byType = new Map<EntityType, Group[]>();
  for (const g of groups.values()) {
    const type = majority(g.types);
    const list = byType.get(type) ?? [];
    list.push(g);
    byType.set(type, list);
  }
  const entities: Entity[] = [];
  for (const [type, list] of byType) {
    const parent = new Map<Group, Group>();
    const find = (g: Group): Group => {
      let r = g;
      while (parent.has(r)) r = parent.get(r) as Group;
      return r;
    };
    const join = (short: Group, long: Group): void => {
      const a = find(short);
      const b = find(long);
      if (a !== b) parent.set(a, b);
    };
    // Longer names first, so that a short form joins a full one.
    const sorted = [...list].sort((a, b) => b.tokens.length - a.tokens.length || b.mentions - a.mentions);
    for (const short of sorted) {
      const targets = sorted.filter((long) => long !== short && moreSpecific(long, short) && aliasOf(short, long, type));
      // An ambiguous short form ("Smith" for two Smiths) stays apart.
      const distinct = new Set(targets.map(find));
      if (distinct.size === 1) join(short, targets[0] as Group);
    }
    const clusters = new Map<Group, Group[]>();
    for (const g of list) {
      const r = find(g);
      const c = clusters.get(r) ?? [];
      c.push(g);
      clusters.set(r, c);
    }
    for (const members of clusters.values()) entities.push(toEntity(type, members));
  }
  return entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

interface Group {
  readonly key: string;
  readonly tokens: readonly string[];
  /** Surface form → count. */
  readonly forms: Map<string, number>;
  readonly types: Map<EntityType, number>;
  /** Lower-cased title → first spelling seen. */
  readonly titles: Map<string, string>;
  mentions: number;
  readonly articles: string[];
}

function toEntity(type: EntityType, members: readonly Group[]): Entity {
  const forms = new Map<string, number>();
  const titles = new Map<string, string>();
  const articles: string[] = [];
  let mentions = 0;
  for (const g of members) {
    mentions += g.mentions;
    for (const [f, n] of g.forms) forms.set(f, (forms.get(f) ?? 0) + n);
    for (const [k, t] of g.titles) if (!titles.has(k)) titles.set(k, t);
    for (const a of g.articles) if (!articles.includes(a)) articles.push(a);
  }
  // Case variants ("PUTIN" in a headline) collapse to their best-cased spelling.
  const byFold = new Map<string, { form: string; count: number }>();
  for (const [f, n] of forms) {
    const fold = f.toLowerCase();
    const cur = byFold.get(fold);
    if (cur === undefined) byFold.set(fold, { form: f, count: n });
    else {
      const better = caseScore(f) > caseScore(cur.form) || (caseScore(f) === caseScore(cur.form) && n > cur.count);
      byFold.set(fold, { form: better ? f : cur.form, count: cur.count + n });
    }
  }
  const candidates = [...byFold.values()];
  candidates.sort(
    (a, b) =>
      wordCount(b.form) - wordCount(a.form) || b.count - a.count || b.form.length - a.form.length || a.form.localeCompare(b.form),
  );
  const name = (candidates[0] as { form: string }).form;
  const aliases = candidates.map((c) => c.form).filter((f) => f !== name).sort((a, b) => a.localeCompare(b));
  return {
    name,
    type,
    aliases,
    titles: [...titles.values()].sort((a, b) => a.localeCompare(b)),
    mentions,
    articles,
  };
}

/** Title case beats all caps and lower case. */
function caseScore(s: string): number {
  if (s === s.toUpperCase() && /[A-Z]{2}/.test(s)) return 0;
  if (s === s.toLowerCase()) return 0;
  return 1;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w !== '').length;
}

function majority(types: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = 'person';
  let n = -1;
  for (const t of ['person', 'organisation', 'place'] as const) {
    const c = types.get(t) ?? 0;
    if (c > n) {
      best = t;
      n = c;
    }
  }
  return best;
}

/** More words, or as many with a full given name where the other has an initial ("Subrahmanyam" vs "S"). */
function moreSpecific(long: Group, short: Group): boolean {
  if (long.tokens.length !== short.tokens.length) return long.tokens.length > short.tokens.length;
  let initials = false;
  for (let i = 0; i < short.tokens.length; i++) {
    const s = short.tokens[i] as string;
    const l = long.tokens[i] as string;
    if (s === l) continue;
    if (s.length !== 1 || l.length === 1) return false;
    initials = true;
  }
  return initials;
}

/** Whether `short` names the same entity as the longer (or more specific) `long`. */
function aliasOf(short: Group, long: Group, type: EntityType): boolean {
  if (type === 'person') return personAlias(short.tokens, long.tokens);
  if (type === 'organisation') return acronymOf(short, long);
  return false;
}

/**
 * A person's shorter form: same last word, and every other word matches a word of the long form in order,
 * exactly or as an initial ("S Jaishankar" ⊂ "Subrahmanyam Jaishankar"; "Modi" ⊂ "Narendra Modi").
 */
function personAlias(s: readonly string[], l: readonly string[]): boolean {
  if (s[s.length - 1] !== l[l.length - 1]) return false;
  let j = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const w = s[i] as string;
    while (j < l.length - 1 && !(l[j] === w || (w.length === 1 && (l[j] as string).startsWith(w)))) j++;
    if (j >= l.length - 1) return false;
    j++;
  }
  return true;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&']);

/** "un" is the acronym of "united nations"; "orf" of "observer research foundation". */
function acronymOf(short: Group, long: Group): boolean {
  if (short.tokens.length !== 1) return false;
  const acr = short.tokens[0] as string;
  if (acr.length < 2 || acr.length > 8) return false;
  // The short form must be written as an acronym somewhere (not "Un" as a word).
  let upper = false;
  for (const f of short.forms.keys()) if (f.replaceAll('.', '') === f.replaceAll('.', '').toUpperCase()) upper = true;
  if (!upper) return false;
  let initials = '';
  for (const w of long.tokens) if (!ACRONYM_SKIP.has(w)) initials += w.charAt(0);
  return initials === acr;
}

/** Trims surrounding punctuation and a trailing possessive from a mention's text. */
function cleanSurface(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/u, '')
    .replace(/^[\s"'“”‘’(]+|[\s"'“”‘’),;:]+$/gu, '')
    .trim();
}

/** The matching key: lower case, no periods, one space between words, variants mapped to one spelling. */
export function nameKey(surface: string): string {
  const k = surface
    .toLowerCase()
    .replaceAll('’', "'")
    .replace(/\.(?=\S)/g, '')
    .replaceAll('.', '')
    .replace(/\s+/g, ' ')
    .trim();
  return VARIANTS.get(k) ?? k;
}

/** Spellings of the same country or body, mapped to one key. */
const VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['united states', 'us', 'usa', 'united states of america', 'america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['united nations', 'un'],
  ['european union', 'eu'],
  ['russia', 'russian federation'],
  ['soviet union', 'ussr'],
  ['united arab emirates', 'uae'],
  ['netherlands', 'holland'],
  ['myanmar', 'burma'],
  ['kyiv', 'kiev'],
  ['mumbai', 'bombay'],
  ['kolkata', 'calcutta'],
  ['chennai', 'madras'],
  ['beijing', 'peking'],
  ['turkey', 'turkiye'],
  ['czech republic', 'czechia'],
  ['belarus', 'byelorussia'],
  ['vietnam', 'viet nam'],
  ['ivory coast', "cote d'ivoire"],
  ['donbass', 'donbas'],
  ['hezbollah', 'hizbollah'],
  ['al qaeda', 'al-qaeda'],
  ['tass', 'itar-tass'],
  ['agence france-presse', 'afp', 'agence france presse'],
  ['associated press', 'ap'],
  ['international monetary fund', 'imf'],
  ['world trade organization', 'wto'],
  ['world health organization', 'who'],
  ['north atlantic treaty organization', 'nato'],
];
const VARIANTS: ReadonlyMap<string, string> = new Map(VARIANT_GROUPS.flatMap((g) => g.map((v) => [v, g[0] as string] as const)));

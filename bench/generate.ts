/**
 * Deterministic synthetic news corpus with gold stories, copies and topics, for speed and quality benchmarks.
 *
 *   npx tsx bench/generate.ts --articles 10000 --seed 1 --out bench/data/synth-10k
 *
 * writes `<out>.jsonl` (one `{"id","source","title","published","text"}` per line, in publication order) and
 * `<out>.gold.json` (gold format version 1, see src/eval/gold.ts). Same options → byte-identical files.
 *
 * The model of the news it imitates:
 * - A *topic* is a kind of event (≈ 1 per 500 articles). It has its own vocabulary, a few background sentences
 *   that articles on it repeat, and recurring figures and organisations. Stories of one topic are siblings:
 *   same kind of event, mostly other people and places — the hard negatives of story grouping.
 * - A *story* is one event: 3–8 named entities (people with roles, organisations, a place), a date, 2–4 numbers,
 *   6 event words and 12–25 fact sentences (with 1–3 quotes from named people).
 * - A story has 1–12 articles (power law: many single-article stories, a few large ones) from distinct outlets:
 *   the *original* (facts + filler), *exact copies* (same text, other outlet and id), *syndicated copies*
 *   (a changed lead, an added credit line, or a cut ending; ≥ 70% of the source's text kept verbatim) and
 *   *rewrites* (the same facts reworded: 40–70% of content words replaced by fixed pseudo-synonyms, some
 *   function words swapped, facts dropped and reordered, 1–3 quotes from unnamed sources added, own filler).
 *   Copies are made of the original or of a rewrite; gold copy groups are a source and its copies.
 * - Articles appear over 0–3 days after the event; the file is in publication order, so stories interleave.
 *
 * Texts are word salad with English statistics (SUBTLEX-US ranks, Zipf sampling, ≈ 45% function words), not
 * prose: they exercise shingling, term weighting, entity and number overlap, not language understanding.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { finished } from 'node:stream/promises';
import { Prng, ZipfSampler } from './prng.js';
import {
  ANONYMOUS_ATTRIBUTIONS,
  CREDIT_LINES,
  FUNCTION_ALTERNATIVES,
  FUNCTION_WORDS,
  MONTHS,
  ORG_KINDS_NAME,
  ORG_KINDS_PLACE,
  ORG_KINDS_TOPIC,
  OUTLET_PATTERNS,
  ROLES,
  SIGNATURE_LINES,
  SYNONYMS_PER_WORD,
  WEEKDAYS,
  WIRE_PATTERNS,
  hashPair,
  inventFirstName,
  inventPlace,
  inventSurname,
  loadVocabulary,
  type Vocabulary,
} from './words.js';

// ---- public types ----

/** One line of the JSONL corpus. */
export interface SynthRecord {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  /** ISO 8601 date-time, UTC, whole seconds. */
  readonly published: string;
  readonly text: string;
}

/** How an article came about. */
export type SynthKind = 'original' | 'exact-copy' | 'syndicated-copy' | 'rewrite';

/** What the generator knows about a story (shared by all its articles). */
export interface SynthStory {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  /** Surface names of the story's people (full names), organisations and place. */
  readonly entities: readonly string[];
}

/** A record with the truth behind it. */
export interface SynthArticle {
  readonly record: SynthRecord;
  readonly story: SynthStory;
  readonly kind: SynthKind;
  /** For copies: id of the article copied. */
  readonly copyOf?: string;
}

export interface GenerateOptions {
  /** Number of articles (≥ 1). */
  readonly articles: number;
  /** PRNG seed (a safe integer). */
  readonly seed: number;
  /** Number of topics; default one per 500 articles (at least 4). */
  readonly topics?: number;
  /** Articles published per day, which sets how stories interleave; default 300. */
  readonly articlesPerDay?: number;
  /** First day, ISO date; default 2024-01-01. */
  readonly start?: string;
}

export interface WriteCorpusOptions extends GenerateOptions {
  /** Output path without extension: writes `<out>.jsonl` and `<out>.gold.json`. */
  readonly out: string;
}

export interface WriteCorpusResult {
  readonly jsonlPath: string;
  readonly goldPath: string;
  readonly articles: number;
  readonly stories: number;
  readonly copyGroups: number;
  /** Bytes of the JSONL file. */
  readonly bytes: number;
  /** Bytes of article text (UTF-8), the figure throughput is measured against. */
  readonly textBytes: number;
  readonly ms: number;
}

// ---- tokens and sentences ----

/** Token kinds. Only CONTENT, TOPIC and FUNCTION tokens change in a rewrite. */
const FUNCTION = 0;
const CONTENT = 1;
const TOPIC = 2;
/** Entities, numbers, dates, quoted words, fixed phrases: copied verbatim by rewrites. */
const FIXED = 3;
/** Punctuation glued to the previous token. */
const GLUE_LEFT = 4;
/** An opening quote mark glued to the next token. */
const GLUE_RIGHT = 5;

/**
 * A sentence as tokens, so that a rewrite can replace words by kind. `refs` holds the vocabulary index of a
 * CONTENT token, the topic-word index of a TOPIC token, and for FIXED tokens the index of the person named
 * (rendered as the full name at first mention in an article, then the surname) or −1.
 */
interface Sentence {
  readonly words: readonly string[];
  readonly kinds: readonly number[];
  readonly refs: readonly number[];
}

interface Person {
  readonly full: string;
  readonly surname: string;
  readonly role: string;
}

interface Topic {
  readonly id: string;
  readonly words: readonly string[];
  /** SYNONYMS_PER_WORD candidates per topic word, as indexes into `words`. */
  readonly synonyms: Int32Array;
  readonly background: readonly Sentence[];
  readonly figures: readonly Person[];
  readonly orgs: readonly string[];
}

interface Outlet {
  readonly name: string;
  readonly wire: boolean;
  readonly signature: string;
}

interface Fixed {
  readonly text: string;
  /** Person index or −1. */
  readonly ref: number;
  /** Function word put before it ("in" before a place). */
  readonly lead?: string;
}

interface Paragraph {
  readonly text: string;
  /** The sentences it was rendered from; absent for fixed lines (credit, signature). */
  readonly sentences?: readonly Sentence[];
}

interface Draft {
  readonly id: string;
  readonly kind: SynthKind;
  readonly outlet: Outlet;
  readonly publishedMs: number;
  readonly title: Sentence;
  readonly titleText: string;
  readonly paragraphs: readonly Paragraph[];
  readonly copyOf?: string;
}

interface StoryState {
  readonly info: SynthStory;
  readonly topic: Topic;
  readonly people: readonly Person[];
  readonly orgs: readonly string[];
  readonly place: string;
  readonly facts: readonly Sentence[];
  readonly title: Sentence;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MIN_TEXT = 2600;
const MAX_TEXT = 3900;
/** Story sizes 1..12 with P(k) ∝ k^−1.4: mean ≈ 2.9 articles, about half the stories have one. */
const MAX_STORY_ARTICLES = 12;
const STORY_SIZE_EXPONENT = 1.4;
/** Kinds of the articles after the original: rewrites, exact copies, and syndicated copies for the rest. */
const REWRITE_SHARE = 0.55;
const EXACT_COPY_SHARE = 0.12;

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Renders tokens as text: spaces between tokens except around glue, first letter capitalised. */
function renderTokens(s: Sentence, mentioned: Set<number> | undefined, people: readonly Person[]): string {
  let out = '';
  let glueNext = true;
  for (let i = 0; i < s.words.length; i++) {
    const kind = s.kinds[i] as number;
    let word = s.words[i] as string;
    const ref = s.refs[i] as number;
    if (kind === FIXED && ref >= 0 && mentioned) {
      const person = people[ref];
      if (person) {
        word = mentioned.has(ref) ? person.surname : person.full;
        mentioned.add(ref);
      }
    }
    if (i === 0 && kind <= TOPIC) word = capitalise(word);
    if (kind === GLUE_LEFT || glueNext) out += word;
    else out += ` ${word}`;
    glueNext = kind === GLUE_RIGHT;
  }
  return out;
}

/** Appends the fixed items whose slot is `slot` (a plain function: no closure per sentence). */
function putFixed(
  fixed: readonly Fixed[],
  fixedAt: readonly number[],
  slot: number,
  words: string[],
  kinds: number[],
  refs: number[],
): void {
  for (let f = 0; f < fixed.length; f++) {
    if (fixedAt[f] !== slot) continue;
    const item = fixed[f] as Fixed;
    if (item.lead !== undefined) {
      words.push(item.lead);
      kinds.push(FUNCTION);
      refs.push(-1);
    }
    words.push(item.text);
    kinds.push(FIXED);
    refs.push(item.ref);
  }
}

const renderSentence = (s: Sentence, mentioned: Set<number>, people: readonly Person[]): string =>
  `${renderTokens(s, mentioned, people)}.`;

// ---- the generator ----

/** Builds topics, outlets and stories from one PRNG stream; see the file comment for the model. */
class CorpusGenerator {
  private readonly rng: Prng;
  private readonly vocab: Vocabulary;
  private readonly contentSampler: ZipfSampler;
  private readonly functionSampler: ZipfSampler;
  private readonly topicSampler: ZipfSampler;
  private readonly placeSampler: ZipfSampler;
  private readonly sizeSampler: ZipfSampler;
  private readonly firstNames: readonly string[];
  private readonly places: readonly string[];
  private readonly topics: readonly Topic[];
  private readonly outlets: readonly Outlet[];
  private readonly wires: readonly Outlet[];
  private readonly usedNames = new Set<string>();
  private readonly usedIds = new Set<string>();
  private readonly startMs: number;
  private readonly articlesPerDay: number;
  private storyCount = 0;
  private articleCount = 0;

  constructor(private readonly options: GenerateOptions) {
    if (!Number.isInteger(options.articles) || options.articles < 1) {
      throw new RangeError(`articles must be a positive integer, got ${options.articles}`);
    }
    this.rng = new Prng(options.seed);
    this.vocab = loadVocabulary();
    // Ranks start at 100 in SUBTLEX, so weights 1/(100 + i) keep the distribution Zipf-like over true ranks.
    this.contentSampler = new ZipfSampler(this.vocab.words.length, 1, 100);
    this.functionSampler = new ZipfSampler(FUNCTION_WORDS.length, 1, 2);
    this.sizeSampler = new ZipfSampler(MAX_STORY_ARTICLES, STORY_SIZE_EXPONENT, 1);
    this.articlesPerDay = options.articlesPerDay ?? 300;
    if (!(this.articlesPerDay > 0)) throw new RangeError('articlesPerDay must be positive');
    this.startMs = Date.parse(`${options.start ?? '2024-01-01'}T00:00:00Z`);
    if (Number.isNaN(this.startMs)) throw new RangeError(`start must be an ISO date, got ${options.start}`);

    const rng = this.rng;
    this.firstNames = Array.from({ length: 400 }, () => inventFirstName(rng));
    this.places = this.uniqueNames(1500, () => inventPlace(rng));
    this.placeSampler = new ZipfSampler(this.places.length, 1, 5);
    const outletPlaces = this.uniqueNames(60, () => inventPlace(rng));
    this.outlets = outletPlaces.map((place, i) => {
      const wire = i < 8;
      const name = rng.pick(wire ? WIRE_PATTERNS : OUTLET_PATTERNS).replace('{place}', place);
      return { name, wire, signature: rng.pick(SIGNATURE_LINES).replace('{outlet}', name) };
    });
    this.wires = this.outlets.filter((o) => o.wire);
    const topicCount = options.topics ?? Math.max(4, Math.round(options.articles / 500));
    this.topics = Array.from({ length: topicCount }, (_, t) => this.createTopic(t));
    this.topicSampler = new ZipfSampler(topicCount, 1, 10);
  }

  /** True while there are articles left to generate. */
  get done(): boolean {
    return this.articleCount >= this.options.articles;
  }

  private uniqueNames(n: number, invent: () => string): string[] {
    const out: string[] = [];
    while (out.length < n) {
      const name = invent();
      if (this.usedNames.has(name) || this.vocab.index.has(name.toLowerCase())) continue;
      this.usedNames.add(name);
      out.push(name);
    }
    return out;
  }

  private newId(): string {
    for (;;) {
      const hex = (n: number): string => n.toString(16).padStart(8, '0');
      const id = (hex(this.rng.uint32()) + hex(this.rng.uint32())).slice(0, 12);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  private person(orgs: readonly string[], place: string): Person {
    const first = this.rng.pick(this.firstNames);
    const [surname] = this.uniqueNames(1, () => inventSurname(this.rng));
    const role = this.rng.pick(ROLES).replace('{org}', this.rng.pick(orgs)).replace('{place}', place);
    return { full: `${first} ${surname as string}`, surname: surname as string, role };
  }

  private org(place: string, topicWords: readonly string[]): string {
    const rng = this.rng;
    const r = rng.next();
    if (r < 0.4) return `${place} ${rng.pick(ORG_KINDS_PLACE)}`;
    if (r < 0.75) return `${(this.uniqueNames(1, () => inventSurname(rng))[0] as string)} ${rng.pick(ORG_KINDS_NAME)}`;
    return `${rng.pick(ORG_KINDS_TOPIC)} ${capitalise(rng.pick(topicWords))}`;
  }

  private createTopic(t: number): Topic {
    const rng = this.rng;
    const n = this.vocab.words.length;
    const chosen = new Set<string>();
    // Topic words are mid-frequency words (ranks ≈ 1,600–20,000): specific enough to mark a topic.
    while (chosen.size < 60) chosen.add(this.vocab.words[rng.int(1500, n - 1)] as string);
    const words = [...chosen];
    const synonyms = new Int32Array(words.length * SYNONYMS_PER_WORD);
    for (let j = 0; j < words.length; j++) {
      for (let k = 0; k < SYNONYMS_PER_WORD; k++) {
        synonyms[j * SYNONYMS_PER_WORD + k] = (j + 1 + (hashPair(t * 1000 + j, k) % (words.length - 1))) % words.length;
      }
    }
    const region = this.places[rng.int(0, this.places.length - 1)] as string;
    const orgs = [this.org(region, words), this.org(region, words)];
    const figures = [this.person(orgs, region), this.person(orgs, region)];
    const topic: Topic = {
      id: `t${String(t + 1).padStart(3, '0')}-${words[0]}-${words[1]}`,
      words,
      synonyms,
      background: [],
      figures,
      orgs,
    };
    const background = Array.from({ length: 5 }, () =>
      this.sentence({ min: 12, max: 22, topic, pTopic: 0.35, fixed: [] }),
    );
    return { ...topic, background };
  }

  private functionWord(): string {
    return FUNCTION_WORDS[this.functionSampler.sample(this.rng)] as string;
  }

  /**
   * A sentence of `min`–`max` word slots: ≈ 45% function words (never more than two in a row), the rest drawn
   * from the story's event words, the topic's words or the general vocabulary, with the fixed items (entities,
   * numbers, dates) put at random positions.
   */
  private sentence(o: {
    readonly min: number;
    readonly max: number;
    readonly topic?: Topic;
    readonly pTopic?: number;
    readonly storyWords?: readonly number[];
    readonly pStory?: number;
    readonly fixed: readonly Fixed[];
  }): Sentence {
    const rng = this.rng;
    const words: string[] = [];
    const kinds: number[] = [];
    const refs: number[] = [];
    const n = rng.int(o.min, o.max);
    // Fixed items go before a random word slot (or at the end), decided up front to avoid splicing.
    const fixed = o.fixed;
    const fixedAt: number[] = [];
    for (let f = 0; f < fixed.length; f++) fixedAt.push(rng.int(0, n));
    let run = 0;
    let previous = '';
    const pTopic = o.topic ? (o.pTopic ?? 0) : 0;
    const pStory = o.storyWords ? (o.pStory ?? 0) : 0;
    for (let i = 0; i < n; i++) {
      if (fixed.length > 0) putFixed(fixed, fixedAt, i, words, kinds, refs);
      if (i < n - 1 && run < 2 && rng.chance(0.45)) {
        let w = this.functionWord();
        if (w === previous) w = this.functionWord();
        words.push(w);
        kinds.push(FUNCTION);
        refs.push(-1);
        previous = w;
        run++;
        continue;
      }
      run = 0;
      previous = '';
      const r = rng.next();
      if (r < pStory && o.storyWords) {
        const ref = rng.pick(o.storyWords);
        words.push(this.vocab.words[ref] as string);
        kinds.push(CONTENT);
        refs.push(ref);
      } else if (r < pStory + pTopic && o.topic) {
        const ref = rng.int(0, o.topic.words.length - 1);
        words.push(o.topic.words[ref] as string);
        kinds.push(TOPIC);
        refs.push(ref);
      } else {
        const ref = this.contentSampler.sample(rng);
        words.push(this.vocab.words[ref] as string);
        kinds.push(CONTENT);
        refs.push(ref);
      }
      if (i < n - 2 && rng.chance(0.06)) {
        words.push(',');
        kinds.push(GLUE_LEFT);
        refs.push(-1);
      }
    }
    if (fixed.length > 0) putFixed(fixed, fixedAt, n, words, kinds, refs);
    return { words, kinds, refs };
  }

  /** `"<words>," <attribution>` with the quoted words fixed: versions of a story quote verbatim. */
  private quote(content: Sentence, attribution: readonly [string, number, number][]): Sentence {
    const words = ['"'];
    const kinds = [GLUE_RIGHT];
    const refs = [-1];
    content.words.forEach((w, i) => {
      const kind = content.kinds[i] as number;
      words.push(i === 0 ? capitalise(w) : w);
      kinds.push(kind === GLUE_LEFT ? GLUE_LEFT : FIXED);
      // Quoted words are plain text now: their vocabulary refs must not be read as person refs.
      refs.push(-1);
    });
    words.push(',"');
    kinds.push(GLUE_LEFT);
    refs.push(-1);
    for (const [w, k, r] of attribution) {
      words.push(w);
      kinds.push(k);
      refs.push(r);
    }
    return { words, kinds, refs };
  }

  private numberPhrase(): string {
    const rng = this.rng;
    switch (rng.int(0, 5)) {
      case 0:
        return String(rng.int(2, 99));
      case 1:
        return `${rng.int(1, 9)},${String(rng.int(0, 999)).padStart(3, '0')}`;
      case 2:
        return `${rng.int(1, 9)}.${rng.int(1, 9)} million`;
      case 3:
        return `${rng.int(3, 97)} percent`;
      case 4:
        return `$${rng.int(2, 900)} million`;
      default:
        return String(rng.int(100, 999));
    }
  }

  private storySize(): number {
    return this.sizeSampler.sample(this.rng) + 1;
  }

  /** Generates the next story with all its articles, or undefined when the article budget is spent. */
  nextStory(): { readonly state: StoryState; readonly drafts: readonly Draft[]; readonly startMs: number } | undefined {
    if (this.done) return undefined;
    const rng = this.rng;
    const startMs = this.startMs + Math.floor((this.articleCount / this.articlesPerDay) * DAY_MS);
    const size = Math.min(this.storySize(), this.options.articles - this.articleCount);
    this.articleCount += size;
    const index = ++this.storyCount;
    const topic = this.topics[this.topicSampler.sample(rng)] as Topic;

    // Entities: 1–2 organisations (+ a recurring one of the topic), 1–3 people (+ a recurring figure), a place.
    const place = this.places[this.placeSampler.sample(rng)] as string;
    const orgs = Array.from({ length: rng.int(1, 2) }, () => this.org(place, topic.words));
    if (rng.chance(0.35)) orgs.push(rng.pick(topic.orgs));
    const people = Array.from({ length: rng.int(1, 3) }, () => this.person(orgs, place));
    if (rng.chance(0.3)) people.push(rng.pick(topic.figures));
    const eventDay = new Date(startMs - rng.int(0, 1) * DAY_MS);
    const datePhrase = rng.chance(0.5)
      ? `${WEEKDAYS[eventDay.getUTCDay()] as string}`
      : `${MONTHS[eventDay.getUTCMonth()] as string} ${eventDay.getUTCDate()}`;
    const numbers = Array.from({ length: rng.int(2, 4) }, () => this.numberPhrase());
    const storyWords = Array.from({ length: 6 }, () => rng.int(800, this.vocab.words.length - 1));

    const pool: Fixed[] = [
      ...people.map((_, i) => ({ text: '', ref: i })),
      ...orgs.map((text) => ({ text, ref: -1, lead: 'the' })),
      { text: place, ref: -1, lead: 'in' },
      { text: datePhrase, ref: -1, lead: 'on' },
      ...numbers.map((text) => ({ text, ref: -1 })),
    ];
    rng.shuffle(pool);
    const factCount = rng.int(12, 25);
    const quoteAt = new Set<number>();
    const quotes = rng.int(1, 3);
    while (quoteAt.size < quotes) quoteAt.add(rng.int(2, factCount - 1));
    const lead = people[0] ?? { full: '', surname: '', role: '' };
    const facts: Sentence[] = [];
    for (let f = 0; f < factCount; f++) {
      const common = { min: 10, max: 22, topic, pTopic: 0.2, storyWords, pStory: 0.18 } as const;
      if (f === 0) {
        // The lead names the main actor, the place and the date, as news leads do.
        const fixed: Fixed[] = [
          { text: '', ref: 0 },
          { text: place, ref: -1, lead: 'in' },
          { text: datePhrase, ref: -1, lead: 'on' },
        ];
        facts.push(this.sentence({ ...common, min: 14, max: 24, fixed }));
      } else if (quoteAt.has(f)) {
        const who = rng.int(0, people.length - 1);
        const speaker = people[who] ?? lead;
        const content = this.sentence({ ...common, min: 8, max: 16, fixed: [] });
        const attribution: [string, number, number][] = rng.chance(0.5)
          ? [['said', FUNCTION, -1], ['', FIXED, who], [',', GLUE_LEFT, -1], [speaker.role, FIXED, -1]]
          : [['', FIXED, who], ['said', FUNCTION, -1]];
        facts.push(this.quote(content, attribution));
      } else {
        const fixed = [pool[f % pool.length] as Fixed];
        if (rng.chance(0.4)) fixed.push(rng.pick(pool));
        facts.push(this.sentence({ ...common, fixed }));
      }
    }
    const titleFixed: Fixed[] = [rng.chance(0.6) ? { text: '', ref: 0 } : { text: orgs[0] as string, ref: -1 }];
    if (rng.chance(0.5)) titleFixed.push({ text: place, ref: -1, lead: 'in' });
    const title = this.sentence({ min: 4, max: 8, topic, pTopic: 0.3, storyWords, pStory: 0.3, fixed: titleFixed });
    const info: SynthStory = {
      id: `story-${String(index).padStart(6, '0')}`,
      title: renderTokens(title, new Set(), people),
      topic: topic.id,
      entities: [...people.map((p) => p.full), ...orgs, place],
    };
    const state: StoryState = { info, topic, people, orgs, place, facts, title };
    return { state, drafts: this.articles(state, size, startMs), startMs };
  }

  private articles(story: StoryState, size: number, startMs: number): Draft[] {
    const rng = this.rng;
    const outlets = rng.shuffle([...this.outlets]);
    if (rng.chance(0.4)) {
      const wire = rng.pick(this.wires);
      outlets.splice(outlets.indexOf(wire), 1);
      outlets.unshift(wire);
    }
    const publishedOriginal = startMs + rng.int(0, 10 * HOUR_MS);
    const first = outlets[0] as Outlet;
    const original = this.compose(story, first, 'original', publishedOriginal, story.facts, [], story.title);
    const drafts: Draft[] = [original];
    const sources: Draft[] = [original];
    for (let i = 1; i < size; i++) {
      const outlet = outlets[i] as Outlet;
      const r = rng.next();
      if (r < REWRITE_SHARE) {
        const facts = this.rewriteFacts(story);
        const anonymous = Array.from({ length: rng.int(1, 3) }, () => this.anonymousQuote(story));
        const title = this.sentence({
          min: 4, max: 8, topic: story.topic, pTopic: 0.3, fixed: [{ text: '', ref: 0 }],
        });
        const published = original.publishedMs + rng.int(HOUR_MS / 2, 72 * HOUR_MS);
        const draft = this.compose(story, outlet, 'rewrite', published, facts, anonymous, title);
        drafts.push(draft);
        sources.push(draft);
      } else {
        // Wire copies are mostly of the original; a rewrite gets copied now and then.
        const source = rng.chance(0.65) ? original : rng.pick(sources);
        const published = source.publishedMs + rng.int(2 * 60_000, 8 * HOUR_MS);
        drafts.push(
          r < REWRITE_SHARE + EXACT_COPY_SHARE
            ? this.exactCopy(source, outlet, published)
            : this.syndicatedCopy(story, source, outlet, published),
        );
      }
    }
    return drafts;
  }

  /** Lays out an article: facts (lead first) with filler and topic background up to a target length. */
  private compose(
    story: StoryState,
    outlet: Outlet,
    kind: 'original' | 'rewrite',
    publishedMs: number,
    facts: readonly Sentence[],
    extra: readonly Sentence[],
    title: Sentence,
  ): Draft {
    const rng = this.rng;
    const body: Sentence[] = [...facts];
    for (const s of extra) body.splice(rng.int(1, body.length), 0, s);
    const target = rng.int(MIN_TEXT, MAX_TEXT);
    const credit = outlet.wire ? ` (${outlet.name})` : '';
    const dateline = rng.chance(0.35) ? `${story.place.toUpperCase()}${credit} — ` : '';
    const signature = !outlet.wire && rng.chance(0.25) ? outlet.signature : undefined;
    const reserved = dateline.length + (signature === undefined ? 0 : signature.length + 2);

    // Mentions are rendered in reading order (full name first, surname after), so filler, which names
    // nobody, can be inserted afterwards without changing them.
    const mentioned = new Set<number>();
    const texts = body.map((s) => renderSentence(s, mentioned, story.people));
    let length = reserved + texts.reduce((sum, t) => sum + t.length + 2, 0);
    while (length > target && body.length > 2) {
      length -= (texts.pop() as string).length + 2;
      body.pop();
    }
    let backgrounds = rng.int(0, 2);
    while (length < target) {
      let s: Sentence;
      if (backgrounds > 0) {
        backgrounds--;
        s = this.reword(rng.pick(story.topic.background), story.topic, rng.next() * 0.3);
      } else {
        s = this.sentence({ min: 10, max: 22, topic: story.topic, pTopic: 0.08, fixed: [] });
      }
      const text = renderSentence(s, mentioned, story.people);
      const at = rng.int(1, body.length);
      body.splice(at, 0, s);
      texts.splice(at, 0, text);
      length += text.length + 2;
    }

    const paragraphs: Paragraph[] = [];
    let i = 0;
    while (i < body.length) {
      const take = i === 0 ? (rng.chance(0.3) ? 2 : 1) : rng.pick([1, 2, 2, 3, 3, 4]);
      const sentences = body.slice(i, i + take);
      let text = texts.slice(i, i + take).join(' ');
      if (i === 0) text = dateline + text;
      paragraphs.push({ text, sentences });
      i += take;
    }
    if (signature !== undefined) paragraphs.push({ text: signature });
    return {
      id: this.newId(),
      kind,
      outlet,
      publishedMs: Math.floor(publishedMs / 1000) * 1000,
      title,
      titleText: renderTokens(title, new Set(), story.people),
      paragraphs,
    };
  }

  /**
   * Replaces content and topic words with probability `rate` by one of their fixed pseudo-synonyms, and swaps
   * function words within their small class at a third of that rate. Entities, numbers and quotes stay.
   */
  private reword(s: Sentence, topic: Topic, rate: number): Sentence {
    const rng = this.rng;
    const words = [...s.words];
    const refs = [...s.refs];
    for (let i = 0; i < words.length; i++) {
      const kind = s.kinds[i] as number;
      if (kind === CONTENT) {
        if (!rng.chance(rate)) continue;
        const k = rng.int(0, SYNONYMS_PER_WORD - 1);
        const ref = this.vocab.synonyms[(refs[i] as number) * SYNONYMS_PER_WORD + k] as number;
        refs[i] = ref;
        words[i] = this.vocab.words[ref] as string;
      } else if (kind === TOPIC) {
        if (!rng.chance(rate)) continue;
        const k = rng.int(0, SYNONYMS_PER_WORD - 1);
        const ref = topic.synonyms[(refs[i] as number) * SYNONYMS_PER_WORD + k] as number;
        refs[i] = ref;
        words[i] = topic.words[ref] as string;
      } else if (kind === FUNCTION && rng.chance(rate / 3)) {
        const alternatives = FUNCTION_ALTERNATIVES.get(words[i] as string);
        if (alternatives) words[i] = rng.pick(alternatives);
      }
    }
    return { words, kinds: s.kinds, refs };
  }

  /** The story's facts for a rewrite: lead usually kept first, 10–35% of the rest dropped, the rest shuffled. */
  private rewriteFacts(story: StoryState): Sentence[] {
    const rng = this.rng;
    const rate = 0.4 + rng.next() * 0.3;
    const drop = 0.1 + rng.next() * 0.25;
    const [lead, ...rest] = story.facts;
    const kept = rng.shuffle(rest.filter(() => !rng.chance(drop)));
    if (lead !== undefined) {
      if (rng.chance(0.75)) kept.unshift(lead);
      else kept.splice(rng.int(1, Math.max(1, kept.length)), 0, lead);
    }
    return kept.map((s) => this.reword(s, story.topic, rate));
  }

  private anonymousQuote(story: StoryState): Sentence {
    const content = this.sentence({ min: 8, max: 16, topic: story.topic, pTopic: 0.2, fixed: [] });
    const phrase = this.rng.pick(ANONYMOUS_ATTRIBUTIONS).replace('{org}', this.rng.pick(story.orgs));
    return this.quote(content, [[phrase, FIXED, -1]]);
  }

  private exactCopy(source: Draft, outlet: Outlet, publishedMs: number): Draft {
    return {
      ...source,
      id: this.newId(),
      kind: 'exact-copy',
      outlet,
      publishedMs: Math.floor(publishedMs / 1000) * 1000,
      copyOf: source.id,
    };
  }

  /**
   * A copy with one or more of: a reworded lead paragraph, a credit line, a cut ending. Changed and cut text
   * together stay ≤ 25% of the source's characters, so ≥ 75% of its text survives verbatim.
   */
  private syndicatedCopy(story: StoryState, source: Draft, outlet: Outlet, publishedMs: number): Draft {
    const rng = this.rng;
    const total = source.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
    const budget = 0.25 * total;
    let spent = 0;
    let paragraphs = [...source.paragraphs];
    let ops = 0;
    const first = paragraphs[0];
    const wantLead = rng.chance(0.5);
    const wantCut = rng.chance(0.5);
    const wantLine = rng.chance(0.5) || (!wantLead && !wantCut);
    if (wantLead && first?.sentences && first.text.length <= budget && paragraphs.length >= 3) {
      const sentences = first.sentences.map((s) => this.reword(s, story.topic, 0.5));
      const mentioned = new Set<number>();
      const text = sentences.map((s) => renderSentence(s, mentioned, story.people)).join(' ');
      const dateline = rng.chance(0.4) ? `${story.place.toUpperCase()} (${outlet.name}) — ` : '';
      paragraphs[0] = { text: dateline + text, sentences };
      spent += first.text.length;
      ops++;
    }
    if (wantCut) {
      let cut = 0;
      while (paragraphs.length > 3) {
        const last = paragraphs[paragraphs.length - 1] as Paragraph;
        if (spent + last.text.length > budget) break;
        spent += last.text.length;
        paragraphs = paragraphs.slice(0, -1);
        cut++;
        if (cut >= 1 && rng.chance(0.5)) break;
      }
      if (cut > 0) ops++;
    }
    if (wantLine || ops === 0) {
      const line = rng
        .pick(CREDIT_LINES)
        .replace('{person}', `${rng.pick(this.firstNames)} ${inventSurname(rng)}`)
        .replace('{person2}', `${rng.pick(this.firstNames)} ${inventSurname(rng)}`)
        .replace('{wire}', source.outlet.name);
      paragraphs.push({ text: line });
    }
    const t = rng.next();
    const title =
      t < 0.6 ? source.title : t < 0.85 ? this.reword(source.title, story.topic, 0.4) : source.title;
    const titleText =
      t < 0.6
        ? source.titleText
        : t < 0.85
          ? renderTokens(title, new Set(), story.people)
          : `${source.titleText}, ${source.outlet.name} reports`;
    return {
      id: this.newId(),
      kind: 'syndicated-copy',
      outlet,
      publishedMs: Math.floor(publishedMs / 1000) * 1000,
      title,
      titleText,
      paragraphs,
      copyOf: source.id,
    };
  }
}

// ---- ordering by publication time ----

interface Queued {
  readonly ms: number;
  readonly seq: number;
  readonly article: SynthArticle;
}

/** Binary min-heap on (publication time, generation order): deterministic ties. */
class PublicationQueue {
  private readonly items: Queued[] = [];
  get size(): number {
    return this.items.length;
  }
  private less(a: Queued, b: Queued): boolean {
    return a.ms < b.ms || (a.ms === b.ms && a.seq < b.seq);
  }
  push(item: Queued): void {
    const h = this.items;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i] as Queued, h[p] as Queued)) break;
      [h[i], h[p]] = [h[p] as Queued, h[i] as Queued];
      i = p;
    }
  }
  peek(): Queued | undefined {
    return this.items[0];
  }
  pop(): Queued | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l] as Queued, h[m] as Queued)) m = l;
        if (r < h.length && this.less(h[r] as Queued, h[m] as Queued)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as Queued, h[i] as Queued];
        i = m;
      }
    }
    return top;
  }
}

const toIso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Articles with their truth, in publication order. Stories are generated in order of start time and every
 * article is published at or after its story's start, so an article can be released once a story starting
 * later than it has been generated: memory holds only the last few days of articles.
 */
export function* generateArticles(options: GenerateOptions): Generator<SynthArticle> {
  const generator = new CorpusGenerator(options);
  const queue = new PublicationQueue();
  let seq = 0;
  for (;;) {
    const story = generator.nextStory();
    const horizon = story === undefined ? Infinity : story.startMs;
    while ((queue.peek()?.ms ?? Infinity) < horizon) yield (queue.pop() as Queued).article;
    if (story === undefined) return;
    for (const d of story.drafts) {
      const article: SynthArticle = {
        record: {
          id: d.id,
          source: d.outlet.name,
          title: d.titleText,
          published: toIso(d.publishedMs),
          text: d.paragraphs.map((p) => p.text).join('\n\n'),
        },
        story: story.state.info,
        kind: d.kind,
        ...(d.copyOf === undefined ? {} : { copyOf: d.copyOf }),
      };
      queue.push({ ms: d.publishedMs, seq: seq++, article });
    }
  }
}

/** The records only, in publication order (an async source for benchmarks). */
export async function* generateCorpus(options: GenerateOptions): AsyncGenerator<SynthRecord> {
  for (const article of generateArticles(options)) yield article.record;
}

/** Gold version 1 as written by {@link GoldBuilder}. */
export interface SynthGoldJson {
  readonly version: 1;
  readonly stories: readonly {
    readonly id: string;
    readonly title: string;
    readonly topic: string;
    readonly articles: readonly string[];
    readonly copies?: readonly (readonly string[])[];
  }[];
}

/** Collects gold stories and copy groups from generated articles (in any order). */
interface GoldEntry {
  readonly story: SynthStory;
  readonly articles: string[];
  /** Source id → [source, copies…]. */
  readonly copies: Map<string, string[]>;
}

export class GoldBuilder {
  private readonly stories = new Map<string, GoldEntry>();
  private readonly storyOfArticle = new Map<string, string>();

  add(article: SynthArticle): void {
    let entry = this.stories.get(article.story.id);
    if (!entry) {
      entry = { story: article.story, articles: [], copies: new Map() };
      this.stories.set(article.story.id, entry);
    }
    entry.articles.push(article.record.id);
    this.storyOfArticle.set(article.record.id, article.story.id);
    if (article.copyOf !== undefined) {
      let group = entry.copies.get(article.copyOf);
      if (!group) {
        group = [article.copyOf];
        entry.copies.set(article.copyOf, group);
      }
      group.push(article.record.id);
    }
  }

  /** Stories in id order (generation order); copy groups list the source first. */
  toJSON(): SynthGoldJson {
    const ids = [...this.stories.keys()].sort();
    return {
      version: 1,
      stories: ids.map((id) => {
        const { story, articles, copies } = this.stories.get(id) as GoldEntry;
        return {
          id,
          title: story.title,
          topic: story.topic,
          articles,
          ...(copies.size === 0 ? {} : { copies: [...copies.values()] }),
        };
      }),
    };
  }

  /** One story per line, so diffs and `grep` work on large gold files. */
  serialise(): string {
    const json = this.toJSON();
    return `{"version": 1, "stories": [\n${json.stories.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
  }
}

/** Writes `<out>.jsonl` and `<out>.gold.json` through a buffered stream. */
export async function writeCorpus(options: WriteCorpusOptions): Promise<WriteCorpusResult> {
  const started = performance.now();
  const jsonlPath = `${options.out}.jsonl`;
  const goldPath = `${options.out}.gold.json`;
  await mkdir(dirname(resolve(jsonlPath)), { recursive: true });
  const stream = createWriteStream(jsonlPath, { highWaterMark: 1 << 20 });
  const gold = new GoldBuilder();
  let batch = '';
  let bytes = 0;
  let textBytes = 0;
  let articles = 0;
  for (const article of generateArticles(options)) {
    gold.add(article);
    const r = article.record;
    const line = { id: r.id, source: r.source, title: r.title, published: r.published, text: r.text };
    batch += `${JSON.stringify(line)}\n`;
    textBytes += Buffer.byteLength(r.text);
    articles++;
    if (batch.length >= 1 << 20) {
      bytes += Buffer.byteLength(batch);
      if (!stream.write(batch)) await once(stream, 'drain');
      batch = '';
    }
  }
  bytes += Buffer.byteLength(batch);
  stream.end(batch);
  await finished(stream);
  const goldText = gold.serialise();
  const goldStream = createWriteStream(goldPath);
  goldStream.end(goldText);
  await finished(goldStream);
  const json = gold.toJSON();
  return {
    jsonlPath,
    goldPath,
    articles,
    stories: json.stories.length,
    copyGroups: json.stories.reduce((n, s) => n + (s.copies?.length ?? 0), 0),
    bytes,
    textBytes,
    ms: performance.now() - started,
  };
}

// ---- command line ----

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      topics: { type: 'string' },
      'articles-per-day': { type: 'string' },
      start: { type: 'string' },
    },
    strict: true,
  });
  const usage =
    'usage: npx tsx bench/generate.ts --articles N --out PATH [--seed S] [--topics T] [--articles-per-day D]' +
    ' [--start YYYY-MM-DD]';
  const int = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`--${name} must be an integer, got "${value}"\n${usage}`);
    return n;
  };
  const articles = int('articles', values.articles);
  if (articles === undefined || values.out === undefined) throw new Error(usage);
  const topics = int('topics', values.topics);
  const perDay = int('articles-per-day', values['articles-per-day']);
  const cpuBefore = process.cpuUsage();
  const result = await writeCorpus({
    articles,
    seed: int('seed', values.seed) ?? 1,
    out: values.out,
    ...(topics === undefined ? {} : { topics }),
    ...(perDay === undefined ? {} : { articlesPerDay: perDay }),
    ...(values.start === undefined ? {} : { start: values.start }),
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = result.bytes / 1e6;
  const seconds = result.ms / 1000;
  console.log(
    `${result.articles} articles in ${result.stories} stories (${result.copyGroups} copy groups): ` +
      `${result.jsonlPath} ${mb.toFixed(1)} MB (text ${(result.textBytes / 1e6).toFixed(1)} MB), ${result.goldPath}; ` +
      `${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU), ${(mb / seconds).toFixed(1)} MB/s`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

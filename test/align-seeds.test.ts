/**
 * The seeds 000–003 retell one report: what all four agree on and what 001 and 003 add (their own quotes).
 * Reads ../shared/seeds when present; skips with the reason otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../src/features/rarity.js';
import { alignStory, compareArticles, type Claim } from '../src/align/index.js';
import { loadSeeds } from './fixtures/align/load.js';

const seeds = loadSeeds();
const skip = 'skip' in seeds ? seeds.skip : false;
const articles = 'skip' in seeds ? [] : seeds.articles;
const rarity = new Rarity();
const result = skip === false ? alignStory(articles.slice(0, 4).map((article) => ({ article })), { rarity }) : undefined;

/** Each version's sentence in the claim, by seed number. */
function perSeed(c: Claim): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const s of c.sentences) {
    const n = articles.findIndex((a) => a.id === s.article);
    m.set(n, [...(m.get(n) ?? []), s.text]);
  }
  return m;
}

/** A support-4 claim whose sentence in every seed 000–003 matches that seed's pattern. */
function findClaim(patterns: readonly RegExp[]): Claim | undefined {
  return result?.claims.find((c) => {
    if (c.support !== 4) return false;
    const by = perSeed(c);
    return patterns.every((re, n) => (by.get(n) ?? []).some((t) => re.test(t)));
  });
}

const EXPECTED: readonly { about: string; patterns: readonly RegExp[] }[] = [
  {
    about: 'the minister’s arrival in India as a significant/pivotal moment for Moscow–New Delhi relations',
    patterns: Array(4).fill(/arrival in India marks a (pivotal|significant) (moment|chapter) in the evolving relationship between Moscow and New Delhi/),
  },
  {
    about: 'the visit for the 22nd session of the intergovernmental commission on military and military-technical cooperation',
    patterns: Array(4).fill(/22nd session of the Russian-Indian intergovernmental commission on military and military-technical cooperation/),
  },
  {
    about: 'the state visit scheduled for December 4–5',
    patterns: Array(4).fill(/December 4-5/),
  },
  {
    about: 'the president meeting President Murmu and Prime Minister Modi',
    patterns: Array(4).fill(/Droupadi Murmu,? and Prime Minister Narendra Modi/),
  },
  {
    about: 'intergovernmental and commercial agreements expected',
    patterns: [/Scheduled for December 4-5/, /intergovernmental and commercial agreements/, /intergovernmental and commercial agreements/, /Indian Foreign Ministry has hinted at the signing/],
  },
];

for (const { about, patterns } of EXPECTED) {
  test(`seeds 000–003: a claim with support 4 covers ${about}`, { skip }, () => {
    const c = findClaim(patterns);
    assert.ok(c !== undefined, `no support-4 claim covers ${about}`);
  });
}

test('seeds: the merged “Scheduled for December 4-5 …” sentence of 000 supports more than one claim', { skip }, () => {
  const merged = articles[0]!.sentences.find((s) => s.text.startsWith('Scheduled for December 4-5'))!;
  const holding = result!.claims.filter((c) => c.sentences.some((s) => s.article === articles[0]!.id && s.index === merged.index));
  assert.ok(holding.length >= 2, `${holding.length} claims`);
  const texts = new Set(holding.map((c) => c.claim));
  assert.equal(texts.size, holding.length, 'each claim reads differently');
});

test('seeds: the quotes found only in 001 or only in 003 are those versions’ additions, holding a quote', { skip }, () => {
  const quoteSentences = (n: number): { index: number; text: string }[] =>
    articles[n]!.sentences.filter((s) => /^[‘']/.test(s.text) || /[’'],? said/.test(s.text));
  const onlyIn = (n: number, other: number): { index: number; text: string }[] =>
    quoteSentences(n).filter((s) => !articles[other]!.text.includes(s.text.slice(1, 40)));
  const only001 = onlyIn(1, 3);
  const only003 = onlyIn(3, 1);
  assert.ok(only001.length >= 4 && only003.length >= 6, `${only001.length} / ${only003.length} quote sentences`);
  for (const [n, list] of [
    [1, only001],
    [3, only003],
  ] as const) {
    for (const s of list) {
      const a = result!.additions.find((x) => x.article === articles[n]!.id && x.index === s.index);
      assert.ok(a !== undefined, `seed 00${n} sentence ${s.index} is not an addition: ${s.text}`);
      assert.ok(a.holds.includes('quote'), `seed 00${n} sentence ${s.index} does not hold a quote: ${s.text}`);
    }
  }
  // The scare quote ‘privileged strategic partnership’ is in both 001 and 003: not a new quote.
  assert.ok(!result!.additions.some((a) => a.items.some((i) => i.text === 'privileged strategic partnership')));
});

test('seeds: one independent source behind four articles, with derivation links and the cited ministry', { skip }, () => {
  const p = result!.provenance;
  assert.equal(p.articles, 4);
  assert.equal(p.reason, 'containment');
  assert.equal(p.independentSources, 1);
  assert.equal(p.links.length, 3);
  assert.ok(p.citations.some((c) => c.source === 'Russian Ministry of Defense' && c.article === articles[3]!.id));
});

test('seeds: the related event (004, another meeting) shares no claim-worthy sentence with 000', { skip }, () => {
  const c = compareArticles(articles[0]!, articles[4]!, { rarity });
  assert.ok(c.pairs.length <= 1, `${c.pairs.length} pairs`);
});

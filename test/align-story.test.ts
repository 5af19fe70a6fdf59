/**
 * End-to-end alignment of the invented port-strike story (test/fixtures/align/story-port-strike.json): the
 * fixture lists what must and must not come out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rarity } from '../src/features/rarity.js';
import { alignSentences, alignStory, compareArticles, type StoryAlignment } from '../src/align/index.js';
import { RetoldError } from '../src/model/errors.js';
import { loadStoryFixture, type StoryFixture } from './fixtures/align/load.js';

const rarity = new Rarity();
const withDates = loadStoryFixture({ dates: true });
const withoutDates = loadStoryFixture({ dates: false });
const result = alignStory(withDates.versions, { rarity });

/** The sentence of fixture version `name` containing `fragment`: its index. */
function indexOf(f: StoryFixture, name: string, fragment: string): number {
  const article = f.versions.find((v) => v.article.id === f.id.get(name))!.article;
  const s = article.sentences.find((x) => x.text.includes(fragment));
  assert.ok(s !== undefined, `no sentence of ${name} contains “${fragment}”`);
  return s.index;
}

function claimsHolding(r: StoryAlignment, f: StoryFixture, name: string, fragment: string): number[] {
  const id = f.id.get(name)!;
  const index = indexOf(f, name, fragment);
  return r.claims.flatMap((c, i) => (c.sentences.some((s) => s.article === id && s.index === index) ? [i] : []));
}

for (const expected of withDates.expect.claims) {
  test(`claim: ${expected.about}`, () => {
    const found = result.claims.find((c) =>
      Object.entries(expected.sentences).every(([name, fragment]) =>
        c.sentences.some((s) => s.article === withDates.id.get(name) && s.text.includes(fragment)),
      ),
    );
    assert.ok(found !== undefined, `no claim carries ${JSON.stringify(expected.sentences)}`);
    assert.ok(found.support >= expected.minSupport, `support ${found.support} < ${expected.minSupport}`);
    assert.ok(found.sentences.some((s) => s.text === found.claim), 'the claim text is one of its sentences');
  });
}

test('copies count once: baywire copies coastline, so no claim has support above 4 of 5 versions', () => {
  assert.ok(result.claims.length >= 6);
  for (const c of result.claims) {
    assert.ok(c.support <= 4);
    const articles = new Set(c.sentences.map((s) => s.article));
    const independent = new Set([...articles].map((a) => (a === withDates.id.get('baywire') ? withDates.id.get('coastline') : a)));
    assert.equal(c.support, independent.size);
  }
  assert.deepEqual(
    result.claims.map((c) => c.support),
    [...result.claims.map((c) => c.support)].sort((a, b) => b - a),
    'ranked by support',
  );
});

test('sentences about different facts never share a claim', () => {
  for (const [x, y] of withDates.expect.mustNotShareClaim) {
    const [nx, fx] = x.split(':') as [string, string];
    const [ny, fy] = y.split(':') as [string, string];
    const cx = claimsHolding(result, withDates, nx, fx);
    const cy = claimsHolding(result, withDates, ny, fy);
    assert.deepEqual(
      cx.filter((c) => cy.includes(c)),
      [],
      `${x} and ${y} share a claim`,
    );
  }
});

test('additions: sentences no other independent version supports, flagged for new quotes, numbers, dates', () => {
  for (const e of withDates.expect.additions) {
    const a = result.additions.find((x) => x.article === withDates.id.get(e.article) && x.text.includes(e.contains));
    assert.ok(a !== undefined, `${e.article}: “${e.contains}” is not an addition`);
    assert.deepEqual(a.holds, e.holds, `${e.article}: “${e.contains}”`);
  }
  for (const e of withDates.expect.notAdditions) {
    assert.ok(
      !result.additions.some((x) => x.article === withDates.id.get(e.article) && x.text.includes(e.contains)),
      `${e.article}: “${e.contains}” is wrongly an addition`,
    );
  }
  const quote = result.additions.find((x) => x.article === withDates.id.get('coastline') && x.holds.includes('quote'))!;
  assert.deepEqual(quote.items, [{ kind: 'quote', text: 'We will not go back until the offer reflects the cost of living' }]);
  const money = result.additions.find((x) => x.text.includes('2 million euros'))!;
  assert.deepEqual(money.items, [{ kind: 'number', text: '2 million euros' }]);
});

test('shares: per version, shared + added = total, and added = its additions', () => {
  assert.equal(result.shares.length, withDates.versions.length);
  for (const s of result.shares) {
    assert.equal(s.shared + s.added, s.total);
    assert.equal(s.added, result.additions.filter((a) => a.article === s.article).length);
  }
  const courier = result.shares.find((s) => s.article === withDates.id.get('courier'))!;
  assert.deepEqual({ shared: courier.shared, added: courier.added, total: courier.total }, { shared: 5, added: 2, total: 7 });
});

test('provenance with publication times: the earliest version is the origin; copies and retellings are linked', () => {
  const p = result.provenance;
  assert.equal(p.origin, withDates.id.get(withDates.expect.origin));
  assert.equal(p.reason, 'earliest-published');
  assert.equal(p.articles, 5);
  const link = (to: string) => p.links.find((l) => l.to === withDates.id.get(to));
  for (const name of withDates.expect.derivedFromGazette) {
    const l = link(name);
    assert.ok(l !== undefined, `${name} has a derivation link`);
    assert.equal(l.from, withDates.id.get('gazette'), `${name} derives from gazette`);
    assert.ok(l.score > 0.3 && l.score <= 1);
    assert.ok(l.evidence.some((e) => e.startsWith('“')), 'a shared phrase is shown');
  }
  assert.deepEqual(link('baywire'), {
    from: withDates.id.get('coastline'),
    to: withDates.id.get('baywire'),
    score: 1,
    evidence: [`copy of ${withDates.id.get('coastline')}`],
  });
  for (const name of withDates.expect.independent) assert.equal(link(name), undefined, `${name} was written independently`);
  assert.equal(p.independentSources, 2, 'gazette and evening');
});

test('provenance without publication times: containment points to the same origin', () => {
  const p = alignStory(withoutDates.versions, { rarity }).provenance;
  assert.equal(p.reason, 'containment');
  assert.equal(p.origin, withoutDates.id.get(withoutDates.expect.originWithoutDates));
});

test('citations: “according to X” and “told X” with X capitalised', () => {
  const cites = result.provenance.citations.map((c) => ({ article: withDates.name.get(c.article), source: c.source }));
  assert.deepEqual(cites, withDates.expect.citations);
  for (const c of result.provenance.citations) assert.ok(c.text.includes(c.source));
});

test('alignments: every pair joins two versions, and the story result is the same whatever the input order', () => {
  for (const a of result.alignments) assert.notEqual(a.a.article, a.b.article);
  const reversed = alignStory([...withDates.versions].reverse(), { rarity });
  const norm = (r: StoryAlignment): string[] => r.claims.map((c) => c.sentences.map((s) => `${s.article}:${s.index}`).sort().join(' ')).sort();
  assert.deepEqual(norm(reversed), norm(result));
  assert.equal(alignSentences(withDates.versions.map((v) => v.article), { rarity }).length, result.alignments.length);
});

test('compareArticles: aligned pairs with word diffs, unpaired sentences of each side', () => {
  const gazette = withDates.versions.find((v) => v.article.id === withDates.id.get('gazette'))!.article;
  const courier = withDates.versions.find((v) => v.article.id === withDates.id.get('courier'))!.article;
  const c = compareArticles(gazette, courier, { rarity });
  assert.equal(c.a, gazette.id);
  assert.equal(c.b, courier.id);
  const talks = c.pairs.find((p) => p.a === indexOf(withDates, 'gazette', 'Talks between') && p.b === indexOf(withDates, 'courier', 'Talks are scheduled'));
  assert.ok(talks !== undefined && talks.score > 0.8);
  assert.ok(talks.diff.some((r) => r.kind === 'removed' && r.text.includes('between the two sides')));
  assert.ok(talks.diff.some((r) => r.kind === 'equal' && r.text.includes('scheduled for March 14')));
  assert.ok(c.onlyA.includes(indexOf(withDates, 'gazette', 'picket lines')));
  assert.ok(c.onlyB.includes(indexOf(withDates, 'courier', 'April 2')));
  for (const p of c.pairs) assert.ok(!c.onlyA.includes(p.a) && !c.onlyB.includes(p.b));
  assert.equal(new Set([...c.pairs.map((p) => p.a), ...c.onlyA]).size, gazette.sentences.length);
});

test('compareArticles: another event with the same people pairs almost nothing', () => {
  const gazette = withDates.versions[0]!.article;
  const c = compareArticles(gazette, withDates.related, { rarity });
  assert.ok(c.pairs.length <= 1, `${c.pairs.length} pairs`);
  assert.equal(c.onlyB.length + new Set(c.pairs.map((p) => p.b)).size, withDates.related.sentences.length);
});

test('bad input is refused with a usage error', () => {
  assert.throws(
    () => alignStory([], { rarity }),
    (e: unknown) => e instanceof RetoldError && e.code === 'usage' && /at least one version/.test(e.message),
  );
  const v = withDates.versions[0]!;
  assert.throws(
    () => alignStory([v, v], { rarity }),
    (e: unknown) => e instanceof RetoldError && e.code === 'usage' && e.message.includes(v.article.id),
  );
});

test('a story of one version: no claims, every sentence its own addition, the version is the origin', () => {
  const only = withDates.versions[0]!;
  const r = alignStory([only], { rarity });
  assert.deepEqual(r.claims, []);
  assert.equal(r.additions.length, only.article.sentences.length);
  assert.equal(r.provenance.origin, only.article.id);
  assert.equal(r.provenance.independentSources, 1);
});

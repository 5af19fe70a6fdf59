import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention, EntityType } from '../../model/entity.js';
import { mergeEntities } from './index.js';
import { nameKey } from './merge-entities.js';

let offset = 0;
const m = (text: string, type: EntityType, title?: string): EntityMention => {
  const start = offset;
  offset += text.length + 1;
  return title === undefined ? { text, start, end: start + text.length, type } : { text, start, end: start + text.length, type, title };
};

test('a surname joins the only full name that ends with it; titles are kept apart', () => {
  const out = mergeEntities([
    { articleId: 'a', mentions: [m('Andrei Belousov', 'person', 'Defense Minister'), m('Belousov', 'person')] },
    { articleId: 'b', mentions: [m('Belousov', 'person'), m('Narendra Modi', 'person', 'Prime Minister'), m('Modi', 'person')] },
  ]);
  const bel = out.find((e) => e.name === 'Andrei Belousov');
  assert.deepEqual(bel, {
    name: 'Andrei Belousov',
    type: 'person',
    aliases: ['Belousov'],
    titles: ['Defense Minister'],
    mentions: 3,
    articles: ['a', 'b'],
  });
  const modi = out.find((e) => e.name === 'Narendra Modi');
  assert.deepEqual(modi?.aliases, ['Modi']);
  assert.deepEqual(modi?.titles, ['Prime Minister']);
  assert.equal(out.length, 2);
});

test('initials with and without periods; an initial matches a given name', () => {
  const out = mergeEntities([
    { articleId: 'a', mentions: [m('S Jaishankar', 'person', 'Foreign Minister'), m('Jaishankar', 'person')] },
    { articleId: 'b', mentions: [m('S. Jaishankar', 'person'), m('Subrahmanyam Jaishankar', 'person')] },
  ]);
  assert.equal(out.length, 1);
  assert.equal(out[0]?.name, 'Subrahmanyam Jaishankar', 'the longest full form');
  assert.deepEqual(out[0]?.aliases, ['Jaishankar', 'S Jaishankar', 'S. Jaishankar']);
  assert.equal(out[0]?.mentions, 4);
});

test('S Jaishankar alone is the canonical name when it is the fullest form', () => {
  const out = mergeEntities([{ articleId: 'a', mentions: [m('S Jaishankar', 'person'), m('Jaishankar', 'person'), m('Jaishankar', 'person')] }]);
  assert.equal(out[0]?.name, 'S Jaishankar');
  assert.deepEqual(out[0]?.aliases, ['Jaishankar']);
});

test('an ambiguous surname stays apart', () => {
  const out = mergeEntities([
    { articleId: 'a', mentions: [m('Anna Kowal', 'person'), m('Piotr Kowal', 'person'), m('Kowal', 'person')] },
  ]);
  assert.deepEqual(out.map((e) => e.name).sort(), ['Anna Kowal', 'Kowal', 'Piotr Kowal']);
});

test('organisation acronyms and country variants join; places never join by suffix', () => {
  const out = mergeEntities([
    {
      articleId: 'a',
      mentions: [
        m('Observer Research Foundation', 'organisation'),
        m('ORF', 'organisation'),
        m('United Nations', 'organisation'),
        m('UN', 'organisation'),
        m('U.S.', 'place'),
        m('United States', 'place'),
        m('New Delhi', 'place'),
        m('Delhi', 'place'),
      ],
    },
  ]);
  const byName = new Map(out.map((e) => [e.name, e]));
  assert.deepEqual(byName.get('Observer Research Foundation')?.aliases, ['ORF']);
  assert.deepEqual(byName.get('United Nations')?.aliases, ['UN']);
  assert.deepEqual(byName.get('United States')?.aliases, ['U.S.']);
  assert.ok(byName.has('New Delhi') && byName.has('Delhi'), 'Delhi is not New Delhi');
  // A word that merely spells the initials is not an acronym.
  const out2 = mergeEntities([{ articleId: 'a', mentions: [m('Orf', 'organisation'), m('Observer Research Foundation', 'organisation')] }]);
  assert.equal(out2.length, 2);
});

test('case variants collapse to the best-cased spelling; possessives are dropped', () => {
  const out = mergeEntities([{ articleId: 'a', mentions: [m('PUTIN', 'person'), m('Putin’s', 'person'), m('Vladimir Putin', 'person')] }]);
  assert.equal(out.length, 1);
  assert.equal(out[0]?.name, 'Vladimir Putin');
  assert.deepEqual(out[0]?.aliases, ['Putin']);
});

test('a name typed differently in places takes its majority type', () => {
  const out = mergeEntities([{ articleId: 'a', mentions: [m('Harlow', 'organisation'), m('Harlow', 'organisation'), m('Harlow', 'place')] }]);
  assert.deepEqual(out.map((e) => [e.name, e.type, e.mentions]), [['Harlow', 'organisation', 3]]);
});

test('order: most mentioned first, then by name; empty input', () => {
  const out = mergeEntities([{ articleId: 'a', mentions: [m('Oslo', 'place'), m('Bergen', 'place'), m('Oslo', 'place'), m('Aalesund', 'place')] }]);
  assert.deepEqual(out.map((e) => e.name), ['Oslo', 'Aalesund', 'Bergen']);
  assert.deepEqual(mergeEntities([]), []);
});

test('property: every mention is counted once and every surface form is a name or alias', () => {
  const names = ['Ana Ruiz', 'Ruiz', 'Lima', 'Peru', 'Banco Andino', 'BA', 'A. Ruiz', 'Tomas Ruiz', 'LIMA'];
  const types: EntityType[] = ['person', 'person', 'place', 'place', 'organisation', 'organisation', 'person', 'person', 'place'];
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 50; round++) {
    const per = Array.from({ length: 1 + rand(3) }, (_, i) => ({
      articleId: `art${i}`,
      mentions: Array.from({ length: rand(12) }, () => {
        const j = rand(names.length);
        return m(names[j] as string, types[j] as EntityType);
      }),
    }));
    const out = mergeEntities(per);
    const total = per.reduce((a, p) => a + p.mentions.length, 0);
    assert.equal(out.reduce((a, e) => a + e.mentions, 0), total);
    for (const p of per) {
      for (const men of p.mentions) {
        const owners = out.filter((e) => [e.name, ...e.aliases].some((f) => nameKey(f) === nameKey(men.text)));
        assert.equal(owners.length, 1, `${men.text} belongs to exactly one entity`);
        assert.ok(owners[0]?.articles.includes(p.articleId));
      }
    }
  }
});

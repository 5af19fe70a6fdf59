import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdownToArticle, parseMarkdown, stripInline } from './markdown.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8');

test('markdown article with front matter: fields from the front matter, syntax stripped, headline dropped', () => {
  const [item] = parseMarkdown(fixture('council-vote.md'), 'notes/council-vote.md', 981);
  assert.equal(item?.kind, 'article');
  if (item?.kind !== 'article') return;
  assert.equal(item.bytes, 981);
  const { text, ...fields } = item.article;
  assert.deepEqual(fields, {
    kind: 'raw',
    origin: { path: 'notes/council-vote.md', format: 'markdown' },
    title: 'Ashby Cross council votes to keep the Tuesday market',
    byline: 'Nell Okonkwo',
    source: 'Ashby Cross Herald',
    url: 'https://ashby-herald.example/2024/05/market-vote',
    published: '2024-05-21',
  });
  assert.equal(
    text,
    [
      'Ashby Cross town council voted nine to two on Monday to keep the weekly Tuesday market on the square, ' +
        'rejecting a plan to move it to the leisure centre car park.',
      'Traders had petitioned the council with 1,400 signatures. Councillor Ruth Emsley said the square was "the heart of the town".',
      'What happens next',
      'The council will:',
      "- repave the square's north side in August;\n- add two more electric charging points;\n* review stall fees in 2025.",
      '"We listened," said the mayor, Tam Keeling.',
      'Vote: 9 for, 2 against',
      'Read the full minutes at https://ashby-cross.example/minutes. Snake_case_names and 5 * 3 stay as they are.',
    ].join('\n\n'),
  );
});

test('markdown without front matter: a leading # heading or setext heading is the title', () => {
  assert.deepEqual(markdownToArticle('# Flood barrier opens\n\nThe barrier opened.\r\nIt works.\n'), {
    title: 'Flood barrier opens',
    text: 'The barrier opened. It works.',
  });
  assert.deepEqual(markdownToArticle('Flood *barrier* opens\n=====\n\nBody text.'), {
    title: 'Flood barrier opens',
    text: 'Body text.',
  });
  assert.deepEqual(markdownToArticle('Body first.\n\n# Not a title'), { text: 'Body first.\n\nNot a title' });
});

test('markdown: a level-2 setext heading, rules, hard breaks, tables and comments', () => {
  const md = 'Intro line\n---\n\nA line with a hard break  \nnext line\\\nlast\n\n***\n\n' +
    '| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- editor note\nspanning lines -->\nAfter [ref link][1].\n\n[1]: https://example.test/ref';
  assert.equal(markdownToArticle(md).text,
    'Intro line\n\nA line with a hard break\nnext line\nlast\n\n| a | b |\n| 1 | 2 |\n\nAfter ref link.');
});

test('stripInline: emphasis, links, images, code spans, escapes and entities', () => {
  assert.equal(stripInline('**Bold** and __strong__ and *it* and _em_ and ~~gone~~'), 'Bold and strong and it and em and gone');
  assert.equal(stripInline('See [the report](https://x.test/r "Title") ![chart](c.png) now'), 'See the report  now');
  assert.equal(stripInline('Run `a * b * c` and `x_y_z`'), 'Run a * b * c and x_y_z');
  assert.equal(stripInline('Not \\*emphasis\\* and 2 * 3 * 4 and file_name_here'), 'Not *emphasis* and 2 * 3 * 4 and file_name_here');
  assert.equal(stripInline('Fish &amp; chips &#8212; &copy;'), 'Fish & chips — &copy;');
  assert.equal(stripInline('Line with <span class="x">inline html</span><br/>'), 'Line with inline html');
});

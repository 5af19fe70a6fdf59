import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blockParagraphs, cleanTitle, extractHtmlPage, htmlFragmentToText, parseHtml } from './html.js';
import { parseHtmlDocument } from './dom.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8');

test('news page: readability text as paragraphs, chrome left out, metadata from og/canonical/JSON-LD @graph', () => {
  const items = parseHtml(fixture('harbour-page.html'), 'in/harbour-page.html', 4231);
  assert.equal(items.length, 1);
  const item = items[0];
  assert.equal(item?.kind, 'article');
  if (item?.kind !== 'article') return;
  const { text, ...fields } = item.article;
  assert.deepEqual(fields, {
    kind: 'raw',
    origin: { path: 'in/harbour-page.html', format: 'html' },
    // og:title minus the " | The Larkfield Courier" suffix, which is the og:site_name.
    title: 'Larkfield harbour wall to be rebuilt after winter storms',
    byline: 'Maren Ostrowski',
    source: 'The Larkfield Courier',
    url: 'https://larkfield-courier.example/news/harbour-wall-rebuild',
    published: '2024-02-14T07:30:00Z',
  });
  assert.equal(item.bytes, 4231);
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 7);
  assert.equal(
    paragraphs[0],
    "The eastern harbour wall in Larkfield will be rebuilt this summer after January's storms tore a twelve-metre " +
      'gap in the century-old structure, the town council confirmed on Tuesday.',
  );
  assert.equal(paragraphs[3], 'Fishing fleet moved', 'a subheading is its own paragraph');
  assert.equal(paragraphs[5], 'It has been a hard season, but this is the news we were waiting for.');
  assert.match(paragraphs[6] ?? '', /Halden & Price will use precast concrete/);
  for (const chrome of ['Sport', 'Opinion', 'Sign up', 'newsletter', 'Related stories', 'Storm damage bill',
    'Photo: Tobiah Renn', 'All rights reserved', 'Privacy', 'By Maren']) {
    assert.ok(!text.includes(chrome), `"${chrome}" must not be in the text`);
  }
  assert.ok(!text.startsWith('Larkfield harbour wall'), 'the headline is not repeated in the text');
});

test('page with only <time datetime>: published is the day; no site name, so the title stays whole', () => {
  const result = extractHtmlPage(fixture('ferry-page.html'));
  assert.ok(result.ok);
  if (!result.ok) return;
  const { text, ...fields } = result.article;
  assert.deepEqual(fields, { title: 'Ferry service to Orrin Isle resumes after six-week suspension', published: '2024-03-02' });
  assert.equal(text.split('\n\n').length, 5);
  assert.match(text, /^Published 2 March 2024 by the Gazette travel desk\n\nThe passenger ferry between Dunmore/);
  assert.match(text, /"Six weeks is too long for any community to be cut off," he said\.$/);
  assert.ok(!text.includes('Travel'));
});

test('a section index with no article is rejected as input.no-article, naming the file', () => {
  const [item] = parseHtml(fixture('section-index.html'), 'pages/sport.html', 100);
  assert.equal(item?.kind, 'rejected');
  if (item?.kind !== 'rejected') return;
  assert.equal(item.error.code, 'input.no-article');
  assert.equal(item.error.input, 'pages/sport.html');
  assert.match(item.error.message, /^pages\/sport\.html: no article found: the extracted text has \d+ words?, fewer than 25$/);
});

test('published falls back from JSON-LD arrays to <time> to meta tags, in that order', () => {
  const body = `<article><h1>Head</h1>${'<p>Word word word word word word word word word word word word.</p>'.repeat(4)}</article>`;
  const page = (head: string, extra = ''): string =>
    `<!DOCTYPE html><html><head><title>Head</title>${head}</head><body>${extra}${body}</body></html>`;
  const published = (html: string): string | undefined => {
    const r = extractHtmlPage(html);
    assert.ok(r.ok);
    return r.ok ? r.article.published : undefined;
  };
  const jsonLd = '<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Thing","datePublished":"2023-11-02T09:00:00-04:00"}]</script>';
  const time = '<time datetime="2023-11-03">3 Nov</time>';
  const meta = '<meta name="date" content="2023-11-04">';
  assert.equal(published(page(jsonLd + meta, time)), '2023-11-02T13:00:00Z');
  assert.equal(published(page(meta, time)), '2023-11-03');
  assert.equal(published(page(meta)), '2023-11-04');
  assert.equal(published(page('<meta property="article:published_time" content="2023-11-05T08:00:00Z">', time)), '2023-11-05T08:00:00Z');
  assert.equal(published(page('<script type="application/ld+json">{broken</script>')), undefined);
});

test('blockParagraphs: blocks and double <br> split paragraphs, single <br> breaks a line, link lists and captions go', () => {
  const doc = parseHtmlDocument(
    '<!DOCTYPE html><html><body><div>Loose   text<br>second line<br><br>new para</div>' +
      '<ul><li>Item <b>one</b></li><li>Item two</li></ul>' +
      '<ul><li><a href="/a">Other story</a></li><li><a href="/b">Another story</a></li></ul>' +
      '<figure><img src="x.jpg"><figcaption>Caption text</figcaption></figure>' +
      '<blockquote><p>Quoted</p></blockquote><script>var x = 1;</script>' +
      '<table><tr><td>a</td><td>b</td></tr></table></body></html>',
  );
  assert.ok(doc.body);
  if (!doc.body) return;
  assert.deepEqual(blockParagraphs(doc.body), [
    'Loose text\nsecond line',
    'new para',
    'Item one',
    'Item two',
    'Quoted',
    'a b',
  ]);
});

test('htmlFragmentToText: short fragments fall back to their block text; longer ones lose share links', () => {
  assert.equal(htmlFragmentToText('<p>Parking will cost <b>£1.80</b> an hour.</p><p>Traders object.</p>'),
    'Parking will cost £1.80 an hour.\n\nTraders object.');
  assert.equal(htmlFragmentToText('Just text &amp; an entity'), 'Just text & an entity');
  const long = '<p>' + 'The council met on Monday to discuss the harbour wall and the budget. '.repeat(6) + '</p>' +
    '<div class="share"><a href="https://social.example/share">Share this story</a></div>';
  const text = htmlFragmentToText(long);
  assert.ok(text.startsWith('The council met on Monday'));
  assert.ok(!text.includes('Share this story'));
});

test('cleanTitle strips the site name as a suffix or prefix, and nothing else', () => {
  assert.equal(cleanTitle('Storm hits coast | Valley Ledger', 'Valley Ledger'), 'Storm hits coast');
  assert.equal(cleanTitle('Storm hits coast - valley ledger', 'Valley Ledger'), 'Storm hits coast');
  assert.equal(cleanTitle('Valley Ledger: Storm hits coast', 'Valley Ledger'), 'Storm hits coast');
  assert.equal(cleanTitle('Storm hits coast - Other Paper', 'Valley Ledger'), 'Storm hits coast - Other Paper');
  assert.equal(cleanTitle('Valley Ledger', 'Valley Ledger'), 'Valley Ledger');
  assert.equal(cleanTitle('Storm | Valley Ledger', undefined), 'Storm | Valley Ledger');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IngestItem } from './options.js';
import { outletName, parseFeed } from './feed.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8');
const limits = { maxArticleBytes: 5 << 20, maxRecordBytes: 5 << 20 };

const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));

test('RSS 2.0: three items with link, guid, dates, creators, channel title as source and HTML content as text', () => {
  const items = parseFeed(fixture('coast-feed.xml'), 'feeds/coast.xml', 3000, limits);
  assert.equal(items.length, 3);
  assert.deepEqual(items.map((i) => (i.kind === 'article' ? i.bytes : -1)), [1000, 1000, 1000]);
  const [first, second, third] = articles(items);
  assert.deepEqual(first, {
    kind: 'raw',
    origin: { path: 'feeds/coast.xml', record: 1, format: 'rss' },
    externalId: 'crn-2024-0311-01',
    url: 'https://coastline-radio.example/news/lifeboat-rescue-selby-point',
    source: 'Coastline Radio News',
    title: 'Lifeboat crew rescue two walkers cut off by tide',
    byline: 'Petra Quillan',
    published: '2024-03-11T18:45:00Z',
    text:
      'Two walkers were rescued by the Selby Point lifeboat on Monday afternoon after being cut off by the rising ' +
      'tide below the cliffs at Marrow Bay.\n\nThe volunteer crew launched at 3.40pm and reached the pair, a man and ' +
      'a woman in their sixties, within twenty minutes. Neither needed hospital treatment.\n\nCoxswain Denny Harrow ' +
      'urged visitors to check tide tables before setting out: "The bay fills faster than people expect."',
  });
  assert.deepEqual(second, {
    kind: 'raw',
    origin: { path: 'feeds/coast.xml', record: 2, format: 'rss' },
    externalId: 'https://coastline-radio.example/news/car-park-charges',
    url: 'https://coastline-radio.example/news/car-park-charges',
    source: 'Coastline Radio News',
    title: 'Harbour car park charges to rise in April',
    byline: 'Owain Telfer',
    published: '2024-03-12T06:10:00Z',
    text: 'Parking at the harbour will cost £1.80 an hour from April.\n\nTraders fear fewer visitors.',
  });
  // No link and a guid that is not a permalink: no url; an unparseable pubDate: no published.
  assert.deepEqual(third, {
    kind: 'raw',
    origin: { path: 'feeds/coast.xml', record: 3, format: 'rss' },
    externalId: 'crn-2024-0312-03',
    source: 'Coastline Radio News',
    title: 'Weather warning for coastal roads',
    text: 'Drivers are advised to avoid the Marrow Bay road tonight as gusts of up to seventy miles an hour are forecast along the coast.',
  });
});

test('Atom: two entries, html title and content, alternate link, published before updated, summary fallback', () => {
  const items = parseFeed(fixture('valley-ledger.atom'), 'feeds/valley.atom', 1411, limits);
  assert.deepEqual(items.map((i) => (i.kind === 'article' ? i.bytes : -1)), [705, 706]);
  assert.deepEqual(articles(items), [
    {
      kind: 'raw',
      origin: { path: 'feeds/valley.atom', record: 1, format: 'atom' },
      externalId: 'tag:valley-ledger.example,2024:mill-reopens',
      url: 'https://valley-ledger.example/2024/04/mill-reopens',
      source: 'Valley Ledger',
      title: 'Mill reopens as heritage centre',
      byline: 'Corin Achterberg',
      published: '2024-04-02T14:20:00Z',
      text:
        'The old wool mill at Fenwick Bridge opened its doors on Tuesday as a heritage centre, eight years after the ' +
        'last looms fell silent.\n\nVolunteers restored two of the original looms, which will run on weekend afternoons.',
    },
    {
      kind: 'raw',
      origin: { path: 'feeds/valley.atom', record: 2, format: 'atom' },
      externalId: 'tag:valley-ledger.example,2024:route-14',
      url: 'https://valley-ledger.example/2024/04/route-14',
      source: 'Valley Ledger',
      title: 'Bus route 14 to be withdrawn',
      published: '2024-04-03T07:30:00Z',
      text: 'The county will withdraw bus route 14 between Fenwick Bridge and Ashby Cross from June, citing falling passenger numbers.',
    },
  ]);
});

test('feeds: xhtml content, an item without content, an oversized item, an empty feed, XML that is no feed', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><title>X</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <em>para</em>.</p><p>Second.</p></div></content></entry>
    <entry><title>No body</title></entry></feed>`;
  const items = parseFeed(atom, 'a.atom', 100, limits);
  assert.equal(items[0]?.kind === 'article' && items[0].article.text, 'First para.\n\nSecond.');
  assert.equal(items[1]?.kind === 'rejected' && items[1].error.code, 'input.no-article');
  assert.equal(items[1]?.kind === 'rejected' && items[1].error.message, 'a.atom (record 2): no article found: the item has no content or summary');

  const big = `<rss><channel><title>C</title><item><title>Big</title><description>${'x'.repeat(2000)}</description></item></channel></rss>`;
  const [tooBig] = parseFeed(big, 'big.rss', 2100, { maxArticleBytes: 1000, maxRecordBytes: 1000 });
  assert.equal(tooBig?.kind === 'rejected' && tooBig.error.message,
    'big.rss (record 1): record is 2 KB (2000 bytes), over the limit of 1000 bytes for one record; ' +
      'raise the maxRecordBytes option if it really is one record');

  const [none] = parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'quiet.xml', 60, limits);
  assert.equal(none?.kind === 'rejected' && none.error.message, 'quiet.xml: no article found: the RSS feed has no items');

  const [sitemap] = parseFeed('<?xml version="1.0"?><urlset><url><loc>https://x.test/</loc></url></urlset>', 'sitemap.xml', 70, limits);
  assert.equal(sitemap?.kind === 'rejected' && sitemap.error.code, 'input.unsupported');
  assert.match(sitemap?.kind === 'rejected' ? sitemap.error.message : '', /^sitemap\.xml: XML whose root element is <urlset> is neither an RSS feed/);
});

test('RSS from an aggregator: the item <source> is the outlet, not the channel', () => {
  const rss = `<rss version="2.0"><channel><title>All the News</title><item><title>Pier reopens</title>
    <source url="https://larkfield-courier.example/rss">The Larkfield Courier</source>
    <description>The pier reopened on Friday after repairs.</description></item></channel></rss>`;
  const [item] = parseFeed(rss, 'agg.xml', rss.length, limits);
  assert.equal(item?.kind === 'article' && item.article.source, 'The Larkfield Courier');
});

test('outletName: the part of a feed title that the copyright or site address confirms', () => {
  assert.equal(outletName('The Harbour Courier – Latest', ['© 2025 The Harbour Courier', undefined]), 'The Harbour Courier');
  assert.equal(outletName('Science | The Guardian', [undefined, 'https://www.theguardian.com/science']), 'The Guardian');
  assert.equal(outletName('Reuters: World News', ['https://reuters.example/world']), 'Reuters');
  assert.equal(outletName('Coastline Radio News', ['https://coastline-radio.example/news']), 'Coastline Radio News');
  assert.equal(outletName('Latest - Top Stories', ['https://example.test']), 'Latest - Top Stories', 'no hint: kept whole');
  assert.equal(outletName('Post-Gazette - Sports', ['https://post-gazette.example']), 'Post-Gazette');
});

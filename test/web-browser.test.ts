/**
 * The web pages and the static report in a real browser (Debian's chromium driven by playwright-core): click
 * through list → story → compare → article, keyboard, no script, a phone screen, hostile text. Every page
 * must load with no console error and no request leaving the machine. Screenshots go to test-output/web/.
 *
 * Skips with the reason when /usr/bin/chromium is absent; the seeds tests skip when ../shared/seeds is absent.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { analyze } from '../src/pipeline/analyze.js';
import { buildReport, type Report, type ReportStory } from '../src/present/report.js';
import { renderStaticReport, reportWebData, webApp } from '../src/web/index.js';

const CHROMIUM = '/usr/bin/chromium';
const SEEDS = '../shared/seeds';
const OUT = 'test-output/web';
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install chromium; .ci/apt-packages lists it)`;
const seedsSkip = skip !== false ? skip : existsSync(SEEDS) ? false : `${SEEDS} is absent`;
if (skip !== false) console.log(`# web-browser: skipped: ${skip}`);
else if (seedsSkip !== false) console.log(`# web-browser: seeds tests skipped: ${seedsSkip}`);

interface Site {
  readonly url: string;
  readonly report: Report;
  /** file:// URL of the static report. */
  readonly page: string;
  readonly server: Server;
}

let browser: Browser | undefined;
const sites: Record<'corpus' | 'seeds' | 'hostile', Site | undefined> = { corpus: undefined, seeds: undefined, hostile: undefined };

function listen(app: Hono): Promise<{ server: Server; url: string }> {
  return new Promise((done) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => done({ server: server as Server, url: `http://127.0.0.1:${info.port}` }));
  });
}

async function site(name: keyof typeof sites, path: string): Promise<Site> {
  const result = await analyze([path], { keepTexts: true });
  const report = buildReport(result);
  const file = resolve(OUT, `${name}-report.html`);
  writeFileSync(file, renderStaticReport(report, result.texts));
  const { server, url } = await listen(webApp(reportWebData(report, result.texts)));
  return { url, report, page: pathToFileURL(file).href, server };
}

before(async () => {
  if (skip !== false) return;
  mkdirSync(OUT, { recursive: true });
  sites.corpus = await site('corpus', 'examples/corpus');
  sites.hostile = await site('hostile', 'test/fixtures/web/hostile.jsonl');
  if (seedsSkip === false) sites.seeds = await site('seeds', SEEDS);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) {
    if (s === undefined) continue;
    s.server.closeAllConnections();
    await new Promise((done) => s.server.close(done));
  }
});

/** A page that records what must not happen: console errors, page errors, dialogs, requests off this machine. */
async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser!.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(http:\/\/127\.0\.0\.1:\d+\/|file:\/\/|data:)/.test(u)) problems.push(`request off this machine: ${u}`);
  });
  return { page, context, problems };
}

/** The visible part only: a full-page shot of a long story costs seconds on a busy machine. */
const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: `${OUT}/${name}.png` });
const norm = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Width the page overflows the window by (0 when nothing scrolls sideways). */
const overflow = async (page: Page): Promise<number> => (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;

test('click through: list → story → compare → article', { skip }, async () => {
  const s = sites.corpus!;
  const { page, context, problems } = await open({ viewport: { width: 1200, height: 900 } });
  await page.goto(s.url + '/');
  assert.equal(await page.locator('h1').textContent(), 'Stories');
  const cards = page.locator('ol.cards > li');
  assert.equal(await cards.count(), s.report.stories.length);
  assert.deepEqual((await page.locator('ol.cards > li h2').allTextContents()).map(norm), s.report.stories.map((x) => x.title));
  await shot(page, 'list');

  const first: ReportStory = s.report.stories[0]!;
  await page.getByRole('link', { name: first.title, exact: true }).click();
  await page.waitForURL(`${s.url}/stories/${first.id}`);
  assert.equal(norm(await page.locator('h1').textContent()), first.title);
  assert.deepEqual((await page.locator('#agreement ol.claims > li > .support').allTextContents()).slice(0, 3), first.agreement.slice(0, 3).map((c) => `${c.support}/${first.versions}`));
  assert.equal(await page.locator('#versions > ol > li').count(), first.versions);
  // Copies are folded: closed until asked for.
  const copies = page.locator('details.copies').first();
  assert.equal(await copies.getAttribute('open'), null);
  assert.equal(await copies.locator('li').first().isVisible(), false);
  await copies.locator('summary').click();
  assert.equal(await copies.locator('li').first().isVisible(), true);
  await shot(page, 'story');

  const compare = page.locator('#versions > ol > li a', { hasText: /^Compare with / }).first();
  await compare.click();
  await page.waitForURL(/\/compare\?a=/);
  assert.equal(await page.locator('h1').textContent(), 'Two versions side by side');
  const pairs = await page.locator('table.compare tr.pair').count();
  assert.ok(pairs > 0, 'aligned sentences are paired');
  const leftCell = norm(await page.locator('table.compare tr.pair td').first().textContent());
  assert.match(leftCell, /^\d+\. \S/);
  await shot(page, 'compare');

  const right = page.locator('main > div').nth(1).locator('a').first();
  const rightTitle = norm(await right.textContent());
  await right.click();
  await page.waitForURL(/\/articles\/[0-9a-f]{16}$/);
  assert.ok(rightTitle.startsWith(norm(await page.locator('h1').textContent()).replace(/…$/, '').slice(0, 40)));
  assert.equal(norm(await page.locator('#why h2').textContent()), 'Why this article is in this story');
  assert.match(norm(await page.locator('#why').textContent()), /joined the story|copy of|same words as|started this story/i);
  assert.ok((await page.locator('#text .text p').count()) > 2, 'the text is shown');
  await shot(page, 'article');

  // Back in the list, the search form filters.
  await page.goto(s.url + '/');
  await page.locator('#q').fill('levee');
  await page.locator('#q').press('Enter');
  await page.waitForURL(/\?q=levee/);
  const found = (await page.locator('ol.cards > li h2').allTextContents()).map(norm);
  assert.ok(found.length > 0 && found.length < s.report.stories.length);
  assert.ok(found.includes('River Maddle levee breach forces 6,400 from homes in Brennock'));
  await context.close();
  assert.deepEqual(problems, []);
});

test('keyboard: skip link, "/" focuses search, j / k move between stories, Enter opens', { skip }, async () => {
  const s = sites.corpus!;
  const { page, context, problems } = await open();
  await page.goto(s.url + '/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate('document.activeElement.textContent'), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate('location.hash'), '#main');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate('document.activeElement.id'), 'q');
  await page.locator('h1').click();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(norm((await page.evaluate('document.activeElement.textContent')) as string), s.report.stories[1]!.title);
  await page.keyboard.press('k');
  assert.equal(norm((await page.evaluate('document.activeElement.textContent')) as string), s.report.stories[0]!.title);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${s.url}/stories/${s.report.stories[0]!.id}`);
  await context.close();
  assert.deepEqual(problems, []);
});

test('readable and usable without JavaScript: filters, story, the compare form', { skip }, async () => {
  const s = sites.corpus!;
  const { page, context, problems } = await open({ javaScriptEnabled: false });
  await page.goto(`${s.url}/?sort=newest`);
  const newest = [...s.report.stories].sort((a, b) => Date.parse(b.last!) - Date.parse(a.last!));
  assert.equal(norm(await page.locator('ol.cards > li h2').first().textContent()), newest[0]!.title);
  await page.locator('input[name=from]').fill('2025-06-01');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/from=2025-06-01/);
  const june = (await page.locator('ol.cards > li h2').allTextContents()).map(norm);
  assert.deepEqual(june, newest.filter((x) => x.last! >= '2025-06-01').map((x) => x.title));

  const st = s.report.stories.find((x) => x.articles.length >= 3)!;
  await page.goto(`${s.url}/stories/${st.id}`);
  const [a, b] = [st.articles[0]!, st.articles[2]!];
  await page.locator('select[name=a]').selectOption(a.id);
  await page.locator('select[name=b]').selectOption(b.id);
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL(`${s.url}/compare?a=${a.id}&b=${b.id}`);
  assert.ok((await page.locator('table.compare tbody tr').count()) > 0);
  await context.close();
  assert.deepEqual(problems, []);
});

test('on a phone: nothing scrolls sideways, the comparison stacks', { skip }, async () => {
  const s = sites.corpus!;
  const { page, context, problems } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const st = s.report.stories[0]!;
  const v = st.articles.filter((a) => a.placement.kind !== 'copy');
  for (const path of ['/', `/stories/${st.id}`, `/articles/${v[1]!.id}`, `/compare?a=${v[0]!.id}&b=${v[1]!.id}`]) {
    await page.goto(s.url + path);
    assert.equal(await overflow(page), 0, `${path} scrolls sideways`);
  }
  const cells = page.locator('table.compare tr.pair').first().locator('td');
  const [l, r] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  assert.ok(l !== null && r !== null && r.y >= l.y + l.height - 1, 'left above right on a narrow screen');
  await shot(page, 'phone-compare');
  await page.goto(`${s.url}/stories/${st.id}`);
  await shot(page, 'phone-story');
  await context.close();
  assert.deepEqual(problems, []);
});

test('the static report: one file, views by address fragment, no script, no request', { skip }, async () => {
  const s = sites.corpus!;
  const { page, context, problems } = await open();
  await page.goto(s.page);
  assert.equal(await page.locator('section.view:visible').count(), 1);
  assert.equal(await page.locator('#stories').isVisible(), true);
  const st = s.report.stories[0]!;
  await page.locator('#stories').getByRole('link', { name: st.title, exact: true }).click();
  assert.equal(await page.evaluate('location.hash'), `#story-${st.id}`);
  assert.equal(await page.locator('#stories').isVisible(), false);
  const view = page.locator(`#story-${st.id}`);
  assert.equal(await view.isVisible(), true);
  assert.deepEqual(await view.locator('ol.claims > li > .support').first().textContent(), `${st.agreement[0]!.support}/${st.versions}`);
  await shot(page, 'static-story');
  // A part of a view (its quotes) keeps the view shown.
  await view.locator('nav.toc a', { hasText: 'Quotes' }).click();
  assert.equal(await view.isVisible(), true);
  await view.locator('a', { hasText: /^Compare with / }).first().click();
  const cmp = page.locator('section.view[id^="compare-"]:visible');
  assert.equal(await cmp.count(), 1);
  assert.ok((await cmp.locator('tr.pair').count()) > 0);
  await cmp.locator('div > strong + a').nth(1).click();
  const art = page.locator('section.view[id^="article-"]:visible');
  assert.equal(await art.count(), 1);
  assert.ok((await art.locator('.text p').count()) > 0);
  await page.goBack();
  await page.goBack();
  await page.goBack();
  assert.equal(await view.isVisible(), true, 'the back button walks the views');
  assert.equal(await page.locator('script').count(), 0);
  await context.close();
  assert.deepEqual(problems, []);
});

test('hostile text is shown as text and runs nothing, served and static', { skip }, async () => {
  const s = sites.hostile!;
  const st = s.report.stories[0]!;
  const { page, context, problems } = await open();
  for (const path of [`/stories/${st.id}`, `/articles/${st.articles[0]!.id}`, `/compare?a=${st.articles[0]!.id}&b=${st.articles[1]!.id}`]) {
    await page.goto(s.url + path);
    assert.equal(await page.locator('main img, main iframe, main script, main b, main em').count(), 0, path);
  }
  await page.goto(`${s.url}/stories/${st.id}`);
  assert.equal(norm(await page.locator('h1').textContent()), 'Crane <script>alert("t")</script> collapses at Quillmere harbour');
  assert.ok((await page.locator('main').textContent())!.includes('We heard a <b>crack</b> and ran'));
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  await shot(page, 'hostile-story');
  await page.goto(`${s.page}#story-${st.id}`);
  assert.equal(norm(await page.locator(`#story-${st.id} h1`).textContent()), 'Crane <script>alert("t")</script> collapses at Quillmere harbour');
  assert.equal(await page.locator('img, iframe, script').count(), 0);
  await context.close();
  assert.deepEqual(problems, []);
});

/** The five facts every seed version states (SEEDS 000–003). */
const SEED_FACTS: readonly [string, RegExp][] = [
  ['the minister’s arrival as a significant or pivotal moment', /arrival in India marks a (significant|pivotal) moment/],
  ['the 22nd session of the intergovernmental commission', /22nd session of the Russian-Indian intergovernmental commission/],
  ['the state visit on December 4–5', /state visit to India on December 4.5/],
  ['meeting President Murmu and PM Modi', /President Droupadi Murmu and Prime Minister Narendra Modi/],
  ['intergovernmental and commercial agreements', /intergovernmental and commercial agreements/],
];

/** Open the seeds story from the list at `url` and check its agreement, additions and related story. */
async function checkSeedsStory(url: string, title: string, shotName: string): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const opened = await open({ viewport: { width: 1200, height: 900 } });
  const { page } = opened;
  await page.goto(url + '/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.waitForURL(new RegExp(`^${url}/stories/s\\d+$`));

  const claims = await page.locator('#agreement ol.claims > li').evaluateAll((lis) =>
    lis.map((li) => ({ support: li.querySelector('.support')?.textContent ?? '', text: li.querySelector('div')?.textContent ?? '' })),
  );
  for (const [about, re] of SEED_FACTS) {
    assert.ok(
      claims.some((c) => c.support === '4/4' && re.test(c.text)),
      `no claim at 4/4 about ${about}; claims at 4/4: ${claims.filter((c) => c.support === '4/4').map((c) => c.text.slice(0, 80)).join(' | ')}`,
    );
  }

  const card = (file: string) => page.locator('#versions > ol > li', { hasText: file });
  // 001 adds quotes from anonymous and unnamed sources; 003 adds quotes from named (Dr. Anand Sharma) and unnamed ones.
  const quoted = async (file: string): Promise<string[]> => (await card(file).locator('ul.additions li .quote-by').allTextContents()).map(norm);
  const q1 = await quoted('001_');
  assert.ok(q1.some((t) => /a senior Russian defense official anonymous source/.test(t)), q1.join(' | '));
  assert.ok(q1.some((t) => /a Russian diplomat unnamed source/.test(t)), q1.join(' | '));
  const q3 = await quoted('003_');
  assert.ok(q3.some((t) => /Dr\. Anand Sharma, a senior fellow at the Observer Research Foundation named source/.test(t)), q3.join(' | '));
  assert.ok(q3.some((t) => /an Indian diplomat unnamed source/.test(t)), q3.join(' | '));
  assert.equal(await card('001_').locator('ul.additions li mark', { hasText: 'This meeting is a testament to our shared commitment' }).count(), 1);
  await shot(page, shotName);
  await page.locator('#agreement').screenshot({ path: `${OUT}/${shotName}-agreement.png` });

  const related = page.locator('#related a').first();
  assert.match(norm(await related.textContent()), /A high-profile meeting in Moscow/);
  await related.click();
  await page.waitForURL(/\/stories\/s\d+$/);
  assert.match(norm(await page.locator('#versions').textContent()), /004_763e6178725a4b44\.txt/);
  assert.equal(await page.locator('#versions > ol > li').count(), 1);
  return opened;
}

test('seeds: five agreed facts at 4/4, the quotes 001 and 003 add with their source status, 004 related', { skip: seedsSkip }, async () => {
  const s = sites.seeds!;
  const st = s.report.stories.find((x) => x.articles.length === 4)!;
  const { page, context, problems } = await checkSeedsStory(s.url, st.title, 'seeds-story');

  // The static report says the same.
  await page.goto(`${s.page}#story-${st.id}`);
  const staticClaims = await page.locator(`#story-${st.id} ol.claims > li`).evaluateAll((lis) =>
    lis.map((li) => `${li.querySelector('.support')?.textContent ?? ''} ${li.querySelector('div')?.textContent ?? ''}`),
  );
  for (const [about, re] of SEED_FACTS) assert.ok(staticClaims.some((c) => c.startsWith('4/4 ') && re.test(c)), `static report: ${about}`);
  await shot(page, 'seeds-static-story');
  await context.close();
  assert.deepEqual(problems, []);
});

test('retold serve over a store of the seeds: the same story page, from the store', { skip: seedsSkip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'retold-serve-'));
  const db = join(dir, 'seeds.db');
  const cli = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const ingest = cli(['ingest', SEEDS, '--db', db]);
  assert.equal(await new Promise((done) => ingest.on('exit', done)), 0);
  const server = cli(['serve', '--db', db, '--port', '0']);
  try {
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      server.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const line = /^(http:\/\/\S+)\n/.exec(out);
        if (line !== null) done(line[1]!);
      });
      server.on('exit', (code) => fail(new Error(`retold serve exited with ${code}`)));
    });
    const st = sites.seeds!.report.stories.find((x) => x.articles.length === 4)!;
    const { context, problems } = await checkSeedsStory(url, st.title, 'served-seeds-story');
    await context.close();
    assert.deepEqual(problems, []);
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});

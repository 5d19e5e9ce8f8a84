import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotator } from '../src/index.js';
import type { SegmentRecord } from '../src/emit/jsonl.js';
import { readJsonl, readJsonlDir } from '../src/eval/load.js';
import { buildReport } from '../src/report/build.js';
import { locate, markSegment } from '../src/report/highlight.js';
import { dateFromId } from '../src/report/load.js';
import { PageNames } from '../src/report/names.js';

const GOLD = join(__dirname, '..', '..', 'shared', 'gold', 'dev');
const CHROMIUM = process.env.JSA_CHROMIUM ?? '/usr/bin/chromium';
const HAS_BROWSER = existsSync(CHROMIUM);
const TRICKY_ID = 'Tricky <id> & "quotes"';
const TRICKY_TITLE = 'A <b>bold</b> & "risky" title';
const TRICKY_TEXT =
  'Statement on Tariffs & Stuff\n\nThe United States and Japan reaffirmed that tariffs < 5% & "quotas" > 0 matter.\n';

const tmp = mkdtempSync(join(tmpdir(), 'jsa-report-test-'));
const goldSite = join(tmp, 'gold-site');
const made = join(tmp, 'made-out');
const madeSite = join(tmp, 'made-site');
const gold = existsSync(GOLD) ? readJsonlDir(GOLD) : new Map<string, SegmentRecord[]>();

beforeAll(async () => {
  // An output folder with a manifest: metadata, ids that are no file names, a case clash, a failure.
  const annotator = await createAnnotator();
  const docs = [
    {
      id: TRICKY_ID,
      output: 'tricky.jsonl',
      text: TRICKY_TEXT,
      meta: { title: TRICKY_TITLE, date: '2024-05-06', source: 'https://example.org/?a=1&b=2' },
    },
    {
      id: 'Memo',
      output: 'Memo.jsonl',
      text: 'Memo\n\nJapan will host the summit.\n',
      meta: { title: null, date: null, source: null },
    },
    { id: 'memo', output: 'memo-2.jsonl', text: 'France welcomed the plan.\n' },
  ];
  const { mkdirSync } = await import('node:fs');
  mkdirSync(made);
  for (const d of docs) {
    const records = annotator.annotate(d.text, { id: d.id });
    writeFileSync(join(made, d.output), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }
  const entries = [
    ...docs.map((d) => ({
      id: d.id,
      input: `in/${d.output}`,
      status: 'annotated',
      output: d.output,
      ...(d.meta ? { meta: d.meta } : {}),
    })),
    {
      id: 'broken',
      input: 'in/broken.txt',
      status: 'failed',
      output: null,
      reason: 'invalid-utf8',
      message: 'invalid UTF-8 at byte 3',
    },
  ];
  writeFileSync(join(made, '_manifest.json'), JSON.stringify({ manifest: 'jsa-manifest/1', documents: entries }));
  buildReport(made, madeSite);
  if (gold.size > 0) buildReport(GOLD, goldSite);
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (site: string, path: string): string => readFileSync(join(site, path), 'utf8');

describe('jsa report: pages and names', () => {
  it('escapes the statement text, the title and the id', () => {
    const [page] = readdirSync(join(madeSite, 'doc')).filter((n) => n.startsWith('Tricky'));
    const html = read(madeSite, `doc/${page}`);
    expect(html).toContain('that tariffs &lt; <mark');
    expect(html).toContain('</mark> &amp; &quot;quotas&quot; &gt; <mark');
    expect(html).toContain('tariffs \\u003c 5%'); // the side panel's data: `<` escaped, so no `</script>` can end it early
    expect(html).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;risky&quot; title</title>');
    expect(html).toContain('Tricky &lt;id&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('href="https://example.org/?a=1&amp;b=2"');
  });

  it('writes one page per document, with safe file names that differ even ignoring case', () => {
    const pages = readdirSync(join(madeSite, 'doc'));
    expect(pages).toHaveLength(3);
    for (const p of pages) expect(p).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.html$/);
    expect(new Set(pages.map((p) => p.toLowerCase())).size).toBe(3);
    const names = new PageNames();
    expect(names.nameFor('us-japan-2025-02-07')).toBe('us-japan-2025-02-07.html');
    expect(names.nameFor('../etc/passwd')).toMatch(/^etc-passwd-[0-9a-f]{10}\.html$/);
    expect(names.nameFor('日本')).toMatch(/^[0-9a-f]{10}\.html$/);
  });

  it('lists the failures and takes titles and dates from the manifest, else from the text and the id', () => {
    const index = read(madeSite, 'index.html');
    expect(index).toContain('Not annotated (1)');
    expect(index).toContain('invalid-utf8');
    expect(index).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;risky&quot; title</a></td><td>2024-05-06</td>');
    expect(index).toMatch(/>Memo<\/a><\/td><td><\/td>/); // title from the first heading; no date anywhere
    expect(dateFromId('2021-01-15-fact-sheet-x')).toBe('2021-01-15');
    expect(dateFromId('us-japan-2025-02-07')).toBe('2025-02-07');
    expect(dateFromId('australia-us-1962')).toBe('1962');
    expect(dateFromId('memo-12345')).toBeNull();
  });

  it('highlights entities and triggers in the segment text, keeping entities whole', () => {
    expect(locate('BUS and US and US', 'US', 0)).toBe(8);
    expect(locate('BUS and US and US', 'US', 9)).toBe(15);
    expect(locate('BUSY', 'US', 0)).toBe(1);
    expect(locate('the US', 'UK', 0)).toBe(-1);
    const rec: SegmentRecord = {
      schema: 'jsa/1',
      doc: 'd',
      seg: 0,
      kind: 'sentence',
      start: 0,
      end: 40,
      section: null,
      text: 'Japan welcomed the United States plan.',
      entities: [{ start: 19, end: 32, text: 'United States', type: 'GPE', id: 'USA' }],
      commitments: [
        {
          trigger: { start: 6, end: 25, text: 'welcomed the United' },
          category: 'WELCOME',
          strength: null,
          reiterated: false,
          negated: false,
          actor: null,
          parties: ['JPN'],
          content: null,
        },
      ],
    };
    const { html, unplaced } = markSegment(rec, 7);
    expect(unplaced).toEqual([]);
    expect(html).toContain('<mark class="ent" data-type="GPE" data-id="USA" title="GPE · USA">United States</mark>');
    expect(html).toMatch(/<span class="trg" id="c7" data-c="7" data-cat="WELCOME"[^>]*>welcomed the <\/span>/);
  });
});

describe.skipIf(gold.size === 0)('jsa report: the dev gold as an output folder', () => {
  it('has a page per gold document and per-category bars that add up to the records', () => {
    expect(readdirSync(join(goldSite, 'doc'))).toHaveLength(gold.size);
    const index = read(goldSite, 'index.html');
    const perCategory = index.slice(index.indexOf('id="per-category"'), index.indexOf('id="per-year"'));
    const values = [...perCategory.matchAll(/data-value="(\d+)"/g)].map((m) => Number(m[1]));
    const total = [...gold.values()].flat().reduce((n, r) => n + r.commitments.length, 0);
    expect(values.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!HAS_BROWSER) {
  console.warn(
    `report browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set JSA_CHROMIUM)`,
  );
}

describe.skipIf(!HAS_BROWSER || gold.size === 0)('jsa report in headless Chromium', () => {
  type Context = Awaited<ReturnType<typeof import('playwright-core')['chromium']['launchPersistentContext']>>;
  type Page = Awaited<ReturnType<Context['newPage']>>;
  let context: Context;
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmp, 'chromium-')), {
      executablePath: CHROMIUM,
      args: launchArgs,
      viewport: { width: 1400, height: 1000 },
    });
  }, 60_000);
  afterAll(async () => context?.close());

  /** Opens a page, recording console errors, script errors, dialogs and any request that is not a local file. */
  async function open(file: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${file}: console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${file}: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`${file}: dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`${file}: network request ${r.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  it('index: loads cleanly from file://, charts match the records, the list sorts by a column', async () => {
    const page = await open(join(goldSite, 'index.html'));
    const bars = await page.$$eval('#per-category .bar', (gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
    const total = [...gold.values()].flat().reduce((n, r) => n + r.commitments.length, 0);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await page.$$eval('#per-year .bar', (gs) => gs.length)).toBeGreaterThan(1);
    expect(await page.$$eval('#per-party .bar', (gs) => gs.length)).toBeGreaterThan(1);
    expect(await page.$$eval('#docs tbody tr', (rows) => rows.length)).toBe(gold.size);
    const column = async (): Promise<number[]> =>
      page.$$eval('#docs tbody tr', (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[4].textContent)));
    await page.click('#docs th:nth-child(5)');
    const up = await column();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.click('#docs th:nth-child(5)');
    const down = await column();
    expect(down).toEqual([...up].reverse());
    await page.fill('#filter', 'japan');
    expect(await page.$$eval('#docs tbody tr:not([hidden])', (rows) => rows.length)).toBeLessThan(gold.size);
    expect(problems).toEqual([]);
  }, 60_000);

  it('every document page highlights exactly the entities and triggers of its records', async () => {
    for (const [id, records] of gold) {
      const page = await open(join(goldSite, 'doc', `${id}.html`));
      const shown = await page.$$eval('#text mark.ent', (ms) =>
        ms.map((m) => `${m.getAttribute('data-type')} ${m.textContent}`),
      );
      expect(shown, id).toEqual(records.flatMap((r) => r.entities.map((e) => `${e.type} ${e.text}`)));
      const held = await page.$$eval('#text .trg', (ts) =>
        ts.flatMap((t) => t.getAttribute('data-c')!.split(' ').map(Number)),
      );
      const count = records.reduce((n, r) => n + r.commitments.length, 0);
      expect(
        [...held].sort((a, b) => a - b),
        id,
      ).toEqual([...Array(count).keys()]);
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("shows a trigger's actor, parties, strength and content in the side panel", async () => {
    const id = 'us-japan-2025-02-07';
    const commitments = readJsonl(join(GOLD, `${id}.jsonl`)).flatMap((r) => r.commitments);
    const page = await open(join(goldSite, 'doc', `${id}.html`));
    const triggers = await page.$$('#text .trg');
    for (const t of triggers) {
      await t.click();
      const first = Number((await t.getAttribute('data-c'))!.split(' ')[0]);
      const c = commitments[first];
      const field = async (name: string): Promise<string> =>
        page.$eval(`#detail dl[data-c="${first}"] dd[data-field="${name}"]`, (d) => d.textContent ?? '');
      expect(await field('category')).toBe(c.category);
      expect(await field('trigger')).toBe(c.trigger.text);
      expect(await field('actor')).toBe(c.actor?.text ?? '—');
      expect(await field('parties')).toBe(c.parties.join(', ') || '—');
      expect(await field('content')).toBe(c.content?.text ?? '—');
      expect((await field('strength')).split(' ')[0]).toBe(c.strength === null ? '—' : String(c.strength));
    }
    const shot = join(tmpdir(), `jsa-report-${id}.png`);
    await triggers[3].click();
    await page.evaluate(() => window.scrollTo(0, 0)); // the title in view; the panel keeps the clicked trigger
    await page.screenshot({ path: shot });
    console.log(`report screenshot: ${shot}`);
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    expect(problems).toEqual([]);
  }, 60_000);

  it('a statement with markup characters renders as text: no script runs, the title round-trips', async () => {
    const [name] = readdirSync(join(madeSite, 'doc')).filter((n) => n.startsWith('Tricky'));
    const page = await open(join(madeSite, 'doc', name));
    expect(await page.title()).toBe(TRICKY_TITLE);
    expect(await page.$eval('#text', (el) => el.textContent)).toContain('tariffs < 5% & "quotas" > 0 matter.');
    await page.goto(pathToFileURL(join(madeSite, 'index.html')).href);
    expect(await page.$$eval('#docs tbody tr', (rows) => rows.length)).toBe(3);
    expect(problems).toEqual([]);
  }, 60_000);
});

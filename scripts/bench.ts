// Benchmarks: `npm run bench`. Prints figures and ratios; never a pass/fail test.
// PDF: ms per document for 50 synthetic 2,000-word charters in one process, against
// headless Chromium printing the same charters' built HTML with page.pdf().
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCharterFile } from '../src/model/load-charter.ts';
import { blocksText } from '../src/model/text.ts';
import { LARGE_PRINT, renderPdf } from '../src/renderers/pdf/index.ts';
import { benchBraille } from './bench-braille.ts';
import { benchCards } from './bench-cards.ts';
import { benchEngines } from './bench-engines.ts';
import { AXE_SCRIPT, launchBrowser, PAGES_AT_ONCE, runAxe } from '../src/checks/output/browser.ts';
import { mapConcurrent } from '../src/lib/map-concurrent.ts';
import { pagesFromSitemap } from '../src/checks/output/run-checks.ts';
import { serveFolder } from './lib/static-server.ts';
import { syntheticCharter } from './lib/synthetic-charter.ts';

const COUNT = 50;
const work = path.resolve('.build/bench');
const content = path.join(work, 'content');
const out = path.join(work, 'dist');

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
};
const fmt = (s: ReturnType<typeof stats>) => `median ${s.median.toFixed(1)} ms, min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}`;

rmSync(work, { recursive: true, force: true });
const files: string[] = [];
for (let i = 0; i < COUNT; i += 1) {
  const folder = path.join(content, `synthetic-${String(i + 1).padStart(2, '0')}`);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'charter.mdx');
  writeFileSync(file, syntheticCharter(i));
  files.push(file);
}
const docs = files.map((file) => loadCharterFile(file));
const context = (id: string) => ({
  pageUrl: `https://charters.example.org/charters/${id}/`,
  formatRequest: { email: 'charter@benchmark.example' },
});

// Our renderer: warm up once (font loading), then time each document.
await renderPdf(docs[0]!, LARGE_PRINT, context(docs[0]!.id));
const ours: number[] = [];
let pages = 0;
for (const doc of docs) {
  const start = performance.now();
  const bytes = await renderPdf(doc, LARGE_PRINT, context(doc.id));
  ours.push(performance.now() - start);
  pages += Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(Buffer.from(bytes).toString('latin1'))?.[1] ?? 0);
}
const peakMb = process.resourceUsage().maxRSS / 1024;

// Reference: Chromium printing the built HTML of the same charters.
const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
  stdio: 'ignore',
  env: { ...process.env, CHARTERS_DIR: content },
});
if (build.status !== 0) throw new Error('Building the synthetic charters failed');
const server = await serveFolder(out);
const browser = await launchBrowser();
const page = await browser.newPage();
const printOne = async (id: string) => {
  await page.goto(`${server.url}/charters/${id}/`, { waitUntil: 'load' });
  return page.pdf({ format: 'A4' });
};
await printOne(docs[0]!.id);
const chromiumTimes: number[] = [];
for (const doc of docs) {
  const start = performance.now();
  await printOne(doc.id);
  chromiumTimes.push(performance.now() - start);
}

await browser.close();
await server.close();

// axe-core over a whole site with one browser, as `npm run check` runs it (2 pages at once).
async function axeSeconds(folder: string): Promise<{ pages: number; perPage: number }> {
  const site = await serveFolder(folder, { [AXE_SCRIPT.path]: AXE_SCRIPT.file });
  const axeBrowser = await launchBrowser();
  const tabs = await Promise.all(Array.from({ length: PAGES_AT_ONCE }, () => axeBrowser.newPage()));
  const pages = pagesFromSitemap(folder);
  // Warm up once (Chromium's first page, axe's first compile), as the other benchmarks do.
  for (const tab of tabs) {
    await tab.goto(site.url + pages[0], { waitUntil: 'load' });
    await runAxe(tab, pages[0]!);
  }
  const start = performance.now();
  await mapConcurrent(pages, PAGES_AT_ONCE, async (pathname) => {
    const tab = tabs.pop()!;
    try {
      await tab.goto(site.url + pathname, { waitUntil: 'load' });
      return await runAxe(tab, pathname);
    } finally {
      tabs.push(tab);
    }
  });
  const perPage = (performance.now() - start) / 1000 / pages.length;
  await axeBrowser.close();
  await site.close();
  return { pages: pages.length, perPage };
}
const axeSynthetic = await axeSeconds(out);
const axeReal = existsSync('dist/sitemap-0.xml') ? await axeSeconds('dist') : undefined;

const words = docs.map((doc) => blocksText(doc.blocks).join(' ').split(/\s+/).length);
const ourStats = stats(ours);
const chromeStats = stats(chromiumTimes);
console.log(
  `PDF benchmark: ${COUNT} synthetic charters (${Math.round(words.reduce((a, b) => a + b, 0) / words.length)} words each on average), large print, ${pages} pages in all`,
);
console.log(`  renderPdf (pdf-lib):           ${fmt(ourStats)}; peak RSS ${peakMb.toFixed(0)} MB`);
console.log(`  Chromium page.pdf() reference: ${fmt(chromeStats)}`);
console.log(`  ratio (median ours / Chromium): ${(ourStats.median / chromeStats.median).toFixed(2)}× (target ≤ 0.25×)`);
console.log('');
console.log('axe-core benchmark: one warmed browser, page load + axe.run, 2 pages at once (target ≤ 0.4 s per page)');
console.log(`  synthetic site (${axeSynthetic.pages} pages of ~2,000 words): ${axeSynthetic.perPage.toFixed(2)} s per page`);
if (axeReal) console.log(`  built site in dist/ (${axeReal.pages} pages):         ${axeReal.perPage.toFixed(2)} s per page`);

console.log('');
await benchCards();
await benchBraille();

console.log('');
await benchEngines('dist');

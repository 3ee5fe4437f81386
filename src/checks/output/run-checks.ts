import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkFiles } from './file-checks.ts';
import type { CheckFinding, IncompleteCheck } from './finding.ts';
import { checkHtml } from './html.ts';
import type { Page } from 'playwright-core';
import { mapConcurrent } from '../../lib/map-concurrent.ts';
import { siteFiles } from '../../lib/site-files.ts';
import { AXE_SCRIPT, launchBrowser, PAGES_AT_ONCE, runAxe, runLayoutChecks } from './browser.ts';
import { runPa11y } from './pa11y.ts';
import { ALFA_RULES, runAlfa } from './alfa.ts';
import { mergeFindings } from './merge-findings.ts';
import { runVnu } from './vnu.ts';
import { readManifest, type Manifest, type ManifestFile } from './manifest.ts';
import { applyBaseline, type BaselineEntry } from './baseline.ts';
import { checkPublishedFiles } from './integrity.ts';
import { errorText } from './unreadable.ts';
import type { CheckReport } from './report.ts';
import { checkRules } from './rule-catalogue.ts';
import { planChanged, writeVerdict, type Verdict } from './changed.ts';

export interface RunOptions {
  /** The built folder to check, as it is. */
  folder: string;
  /** Where pa11y-ci's generated config goes. */
  workDir: string;
  /** The committed pa11y-ci config. */
  pa11yConfig: string;
  /** Skip pa11y-ci (tests of single fixtures use axe and the layout checks only). */
  pa11y?: boolean;
  /** Page paths to check instead of the sitemap's. */
  pages?: string[];
  /** Issue 15's engines and checks, all on by default; the benchmark times the run without them. */
  engines?: Partial<Record<'alfa' | 'vnu' | 'forcedColors' | 'lostContent', boolean>>;
  serve: (folder: string, extra: Record<string, string>) => Promise<{ url: string; close: () => Promise<void> }>;
  /** Reviewed, accepted findings (content/accessibility-baseline.json): they do not fail the run. */
  baseline?: readonly BaselineEntry[];
  /** Check a folder with no checks-manifest.json as if its manifest were empty: hand-made test fixtures only. */
  allowMissingManifest?: boolean;
  /** `--changed`: an earlier complete run's verdict; only pages and files changed since are checked again (changed.ts). */
  changedSince?: Verdict;
  /** Where a complete run leaves its verdict for the next `--changed` run (the report folder). */
  verdictDir?: string;
  /** Told the seconds each phase took (bench:scale prints them). */
  onPhase?: (phase: string, seconds: number) => void;
}

/** Page paths from the sitemap (not the index: its child locations name the production host). */
export function pagesFromSitemap(folder: string): string[] {
  const sitemaps = readdirSync(folder).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (sitemaps.length === 0) throw new Error(`${folder} has no sitemap-0.xml: is it a built site?`);
  return sitemaps
    .flatMap((name) =>
      [...readFileSync(path.join(folder, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname),
    )
    .sort();
}

/** The sitemap's pages; a folder without one is an incomplete run (no page checked), not a crash. */
function sitemapPages(folder: string, incomplete: IncompleteCheck[]): string[] {
  try {
    return pagesFromSitemap(folder);
  } catch (error) {
    incomplete.push({ tool: 'sitemap', target: '/sitemap-0.xml', reason: errorText(error) });
    return [];
  }
}

function fileForPage(folder: string, pathname: string): string {
  return path.join(folder, ...sitePathOfPage(pathname).split('/'));
}

/** The published file a page is served from, as a site path: "/charters/x/" → "/charters/x/index.html". */
function sitePathOfPage(pathname: string): string {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  return path.posix.extname(pathname) ? pathname : `${pathname}/index.html`;
}

const version = (name: string) =>
  (JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/** The version of this project's own checks (layout, PDF, card): the project's, from its package.json. */
const OWN_VERSION = (() => {
  const own = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return `${own.name} ${own.version}`;
})();

/**
 * The files to check and what to expect of each: every file the manifest lists (a missing one is
 * a finding), and every PDF it does not (checked as a tagged PDF with no expectations, so a stray PDF is never
 * unchecked).
 */
export function filesToCheck(folder: string, manifest: Manifest): [string, ManifestFile][] {
  const onDisk = siteFiles(folder);
  const listed = Object.entries(manifest.files);
  const unlisted = onDisk
    .filter((file) => file.endsWith('.pdf') && !manifest.files[file])
    .map((file): [string, ManifestFile] => [file, { format: 'pdf', check: 'pdf' }]);
  return [...listed, ...unlisted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Checks every file against its manifest entry, from its bytes alone (file-checks.ts: in worker
 * threads for a large site). Every finding about a file is filed under the file's format, for
 * the report's summary.
 */
export function checkOutputFiles(
  folder: string,
  files: readonly [string, ManifestFile][] = filesToCheck(folder, readManifest(folder)),
): Promise<CheckFinding[]> {
  return checkFiles(folder, files);
}

/** Runs every check on a built folder: web pages in Chromium, PDFs and cards from their bytes. */
export async function runChecks(options: RunOptions): Promise<CheckReport> {
  const { folder } = options;
  // No manifest is a ManifestError (npm run check exits 2), never an empty manifest that passes.
  const manifest = readManifest(folder, { allowMissing: options.allowMissingManifest === true });
  const incomplete: IncompleteCheck[] = [];
  const pages = options.pages ?? sitemapPages(folder, incomplete);
  const files = filesToCheck(folder, manifest);
  // Without the sealed hashes nothing can be known unchanged: a full check (the integrity check says why).
  const plan =
    options.changedSince && manifest.published
      ? planChanged(
          options.changedSince,
          manifest,
          pages,
          files.map(([file]) => file),
          sitePathOfPage,
        )
      : undefined;
  const pagesToCheck = plan?.pages ?? pages;
  const cardImages = new Set(
    Object.entries(manifest.files)
      .filter(([, entry]) => entry.check === 'card-png')
      .map(([file]) => file),
  );
  const findings: CheckFinding[] = [];
  const engines = { alfa: true, vnu: true, forcedColors: true, lostContent: true, ...options.engines };
  // One Java process for every page, started now so it validates while Chromium checks the pages.
  const pageFiles = new Map(pagesToCheck.map((pathname) => [fileForPage(folder, pathname), pathname]));
  const vnu = engines.vnu ? runVnu(new Map([...pageFiles].filter(([file]) => existsSync(file)))) : Promise.resolve([]);

  let phaseStarted = performance.now();
  const phaseDone = (phase: string) => {
    const now = performance.now();
    options.onPhase?.(phase, (now - phaseStarted) / 1000);
    phaseStarted = now;
  };
  const server = await options.serve(folder, { [AXE_SCRIPT.path]: AXE_SCRIPT.file });
  // pa11y-ci runs in its own browser, one page at a time, beside the Chromium checks rather
  // than after them: each waits on page loads and scripts, so together they keep both cores
  // busy (issue 17: pa11y-ci after the browser checks was 45 % of a check's time).
  const pa11y: Promise<CheckFinding[]> =
    options.pa11y !== false && pagesToCheck.length > 0
      ? runPa11y(
          pagesToCheck.map((pathname) => server.url + pathname),
          options.pa11yConfig,
          options.workDir,
          (url) => new URL(url).pathname,
        ).catch((error: unknown) => {
          incomplete.push({ tool: 'pa11y-ci', target: '/', reason: `pa11y-ci checked no page: ${errorText(error)}` });
          return [];
        })
      : Promise.resolve([]);
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    const launched = await launchBrowser();
    browser = launched;
    const tabs = await Promise.all(Array.from({ length: PAGES_AT_ONCE }, () => launched.newPage()));
    const free = [...tabs];
    const perPage = await mapConcurrent(pagesToCheck, PAGES_AT_ONCE, async (pathname) => {
      const page = free.pop() as Page;
      try {
        const found: CheckFinding[] = [];
        const url = server.url + pathname;
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(url, { waitUntil: 'load' });
        found.push(...(await runAxe(page, pathname)));
        if (engines.alfa)
          try {
            found.push(...(await runAlfa(page, pathname)));
          } catch (error) {
            incomplete.push({ tool: 'alfa', target: pathname, reason: errorText(error) });
          }
        // Card images carry the card's whole text as alt (issue 6): an empty alt here hides it.
        const images = await page.$$eval('img', (elements) =>
          elements.map((image) => ({ src: image.getAttribute('src') ?? '', alt: image.getAttribute('alt') ?? '' })),
        );
        for (const image of images.filter((candidate) => cardImages.has(new URL(candidate.src, url).pathname))) {
          if (image.alt.trim().length < 10)
            found.push({
              format: 'web',
              tool: 'card',
              target: pathname,
              rule: 'card-alt',
              severity: 'error',
              wcag: ['1.1.1'],
              message: "A card image has no alt text giving the card's words.",
              element: image.src,
            });
        }
        found.push(...(await runLayoutChecks(page, url, pathname, engines)));
        const file = fileForPage(folder, pathname);
        if (existsSync(file)) found.push(...(await checkHtml(readFileSync(file, 'utf8'), pathname)));
        return found;
      } catch (error) {
        // One page that will not load or crashes an engine leaves the run incomplete, not aborted.
        incomplete.push({ tool: 'browser', target: pathname, reason: errorText(error) });
        return [];
      } finally {
        free.push(page);
      }
    });
    findings.push(...perPage.flat());
    phaseDone('pages in Chromium (axe, Alfa, layout, html-validate), pa11y-ci beside them');
    // pa11y-ci has been checking the same pages in its own browser meanwhile (started with the server).
    for (const found of await pa11y) {
      // pa11y's "pa11y-error" is a page it could not test, not a finding about the page.
      if (found.rule === 'pa11y-error') incomplete.push({ tool: 'pa11y-ci', target: found.target, reason: found.message });
      else findings.push(found);
    }
  } catch (error) {
    incomplete.push({ tool: 'browser', target: '/', reason: `Chromium could not check the pages: ${errorText(error)}` });
  } finally {
    // Never close the server under pa11y-ci: it finishes (its findings kept above) before anything closes.
    await pa11y;
    await browser?.close();
    await server.close();
  }

  phaseDone('pa11y-ci (left to finish)');
  // No Java is an incomplete run, like any engine that could not run: never a silent skip.
  const vnuFound = await vnu;
  phaseDone('Nu HTML Checker (left to finish)');
  for (const found of vnuFound)
    if (found.rule === 'tool-missing') incomplete.push({ tool: 'vnu', target: found.target, reason: found.message });
    else findings.push(found);
  // With --changed, unchanged files are only looked for (a deleted one is still a finding).
  findings.push(
    ...(await checkOutputFiles(
      folder,
      plan ? files.filter(([file]) => plan.files.has(file) || !existsSync(path.join(folder, file))) : files,
    )),
  );
  findings.push(...(plan?.carried ?? []));
  phaseDone('files (PDF, card, BRF checks)');
  const integrity = checkPublishedFiles(folder, manifest);
  findings.push(...integrity.findings);
  incomplete.push(...integrity.incomplete);
  // One finding per element and criterion when axe and Alfa agree (merge-findings.ts).
  phaseDone('published files');
  const merged = mergeFindings(findings);
  const settled = applyBaseline(merged, options.baseline ?? [], new Date().toISOString().slice(0, 10));
  const date = new Date().toISOString();
  if (options.verdictDir && incomplete.length === 0) writeVerdict(options.verdictDir, manifest, date, merged);
  const checkedAs = (...kinds: string[]) => files.filter(([, expected]) => kinds.includes(expected.check)).map(([file]) => file);

  return {
    date,
    folder,
    ...(plan ? { carried: { from: plan.carriedFrom.date, pages: plan.carriedFrom.pages, files: plan.carriedFrom.files } } : {}),
    // An incomplete run is never a pass, whatever it found.
    passed: incomplete.length === 0 && !settled.findings.some((finding) => finding.severity === 'error'),
    checked: {
      pages,
      pdfs: checkedAs('pdf', 'card-pdf', 'print-booklet-pdf'),
      cards: checkedAs('card-png', 'card-pdf'),
      files: files.map(([file, expected]) => ({ file, format: expected.format, check: expected.check })),
    },
    translations: manifest.translations,
    formats: {
      pdf: 'PDFs not in the manifest',
      ...Object.fromEntries(Object.entries(manifest.formats).map(([id, format]) => [id, format.label])),
    },
    tools: [
      { name: 'axe-core', version: version('axe-core'), checks: 'every page, WCAG 2.0–2.2 A and AA rules and best practice, in Chromium' },
      ...(engines.alfa
        ? [
            {
              name: 'Siteimprove Alfa',
              version: version('@siteimprove/alfa-rules'),
              checks: `every page, the ${ALFA_RULES.length} ACT rules mapped to WCAG 2.2 A and AA criteria, in Chromium; findings on the same element and criterion as axe merged into one`,
            },
          ]
        : []),
      { name: 'pa11y-ci', version: version('pa11y-ci'), checks: 'every page, HTML_CodeSniffer WCAG 2 AA, in Chromium' },
      {
        name: 'Layout checks',
        version: OWN_VERSION,
        checks: `reflow at 320 px (1.4.10), text spacing (1.4.12), visible focus (2.4.7), target size (2.5.8, 2.5.5)${engines.lostContent ? ', no text clipped or content lost at 320 px against 1280 px (1.4.10)' : ''}${engines.forcedColors ? ', forced colours in light and dark palettes: focus still visible (2.4.7), inline SVG and button-shaped controls still drawn (1.4.11), text that keeps its own colours still readable (1.4.3)' : ''}`,
      },
      { name: 'html-validate', version: version('html-validate'), checks: 'every page, recommended rules' },
      ...(engines.vnu
        ? [
            {
              name: 'Nu HTML Checker (vnu.jar)',
              version: version('vnu-jar'),
              checks: 'every page, HTML conformance (WHATWG HTML), one Java process',
            },
          ]
        : []),
      {
        name: 'PDF checks',
        version: OWN_VERSION,
        checks:
          'every PDF: tagging, structure, headings, lists, tables, alt text, link contents, language, title, XMP PDF/UA identification, embedded fonts with Unicode maps, text size, text against the source, no actions but links to https/http/mailto/tel addresses (pdf.js, pdf-lib, poppler); print-only booklets (imposed, untagged by design): A4 landscape sides, whole sheets, language, title, fonts, text size, and the text in booklet order',
      },
      {
        name: 'Card checks',
        version: OWN_VERSION,
        checks: 'every card: pixel size at 300 ppi, pixels as the build drew them, print boxes and bleed, 7:1 contrast, alt text',
      },
      {
        name: 'Braille checks',
        version: OWN_VERSION,
        checks:
          'every Braille-ready file (BRF): North American Braille ASCII only, CR LF line ends, at most 40 cells a line and 25 lines a page, and at least 99 % of the charter’s words back in order, read back with liblouis (each language with its table)',
      },
      {
        name: 'Published files',
        version: OWN_VERSION,
        checks: 'every file in the folder against the sha256 the build recorded: none missing, added or changed since the build',
      },
    ],
    rules: await checkRules({
      pa11yConfig: options.pa11y === false ? undefined : options.pa11yConfig,
      alfa: engines.alfa,
      forcedColors: engines.forcedColors,
      lostContent: engines.lostContent,
    }),
    findings: settled.findings,
    accepted: settled.accepted,
    incomplete,
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkFile } from './check-kinds.ts';
import type { CheckFinding } from './finding.ts';
import { checkHtml } from './html.ts';
import type { Page } from 'playwright-core';
import { mapConcurrent } from '../../lib/map-concurrent.ts';
import { AXE_SCRIPT, launchBrowser, PAGES_AT_ONCE, runAxe, runLayoutChecks } from './browser.ts';
import { runPa11y } from './pa11y.ts';
import { readManifest, type Manifest, type ManifestFile } from './manifest.ts';
import type { CheckReport } from './report.ts';

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
  serve: (folder: string, extra: Record<string, string>) => Promise<{ url: string; close: () => Promise<void> }>;
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
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

function fileForPage(folder: string, pathname: string): string {
  const direct = path.join(folder, pathname);
  return pathname.endsWith('/') || !path.extname(pathname) ? path.join(direct, 'index.html') : direct;
}

const version = (name: string) =>
  (JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/**
 * The files to check and what to expect of each: every file the manifest lists (a missing one is
 * a finding), and every PDF it does not (checked as a tagged PDF with no expectations, so a stray PDF is never
 * unchecked).
 */
export function filesToCheck(folder: string, manifest: Manifest): [string, ManifestFile][] {
  const onDisk = walk(folder).map((file) => `/${path.relative(folder, file).split(path.sep).join('/')}`);
  const listed = Object.entries(manifest.files);
  const unlisted = onDisk
    .filter((file) => file.endsWith('.pdf') && !manifest.files[file])
    .map((file): [string, ManifestFile] => [file, { format: 'pdf', check: 'pdf' }]);
  return [...listed, ...unlisted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Checks every file against its manifest entry, from its bytes alone. Every finding about a
 * file is filed under the file's format, for the report's summary.
 */
export async function checkOutputFiles(
  folder: string,
  files: readonly [string, ManifestFile][] = filesToCheck(folder, readManifest(folder)),
): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  for (const [file, expected] of files) {
    if (!existsSync(path.join(folder, file))) {
      findings.push({
        format: expected.format,
        tool: 'manifest',
        target: file,
        rule: 'file-missing',
        severity: 'error',
        wcag: [],
        message: 'The manifest lists this file, but it is not in the folder.',
      });
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path.join(folder, file)));
    findings.push(...(await checkFile(file, bytes, expected)).map((finding) => ({ ...finding, format: expected.format })));
  }
  return findings;
}

/** Runs every check on a built folder: web pages in Chromium, PDFs and cards from their bytes. */
export async function runChecks(options: RunOptions): Promise<CheckReport> {
  const { folder } = options;
  const manifest = readManifest(folder);
  const pages = options.pages ?? pagesFromSitemap(folder);
  const files = filesToCheck(folder, manifest);
  const cardImages = new Set(
    Object.entries(manifest.files)
      .filter(([, entry]) => entry.check === 'card-png')
      .map(([file]) => file),
  );
  const findings: CheckFinding[] = [];

  const server = await options.serve(folder, { [AXE_SCRIPT.path]: AXE_SCRIPT.file });
  const browser = await launchBrowser();
  try {
    const tabs = await Promise.all(Array.from({ length: PAGES_AT_ONCE }, () => browser.newPage()));
    const free = [...tabs];
    const perPage = await mapConcurrent(pages, PAGES_AT_ONCE, async (pathname) => {
      const page = free.pop() as Page;
      try {
        const found: CheckFinding[] = [];
        const url = server.url + pathname;
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(url, { waitUntil: 'load' });
        found.push(...(await runAxe(page, pathname)));
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
        found.push(...(await runLayoutChecks(page, url, pathname)));
        const file = fileForPage(folder, pathname);
        if (existsSync(file)) found.push(...(await checkHtml(readFileSync(file, 'utf8'), pathname)));
        return found;
      } finally {
        free.push(page);
      }
    });
    findings.push(...perPage.flat());
    if (options.pa11y !== false)
      findings.push(
        ...(await runPa11y(
          pages.map((pathname) => server.url + pathname),
          options.pa11yConfig,
          options.workDir,
          (url) => new URL(url).pathname,
        )),
      );
  } finally {
    await browser.close();
    await server.close();
  }

  findings.push(...(await checkOutputFiles(folder, files)));
  const checkedAs = (...kinds: string[]) => files.filter(([, expected]) => kinds.includes(expected.check)).map(([file]) => file);

  return {
    date: new Date().toISOString(),
    folder,
    passed: !findings.some((finding) => finding.severity === 'error'),
    checked: {
      pages,
      pdfs: checkedAs('pdf', 'card-pdf', 'print-booklet-pdf'),
      cards: checkedAs('card-png', 'card-pdf'),
      files: files.map(([file, expected]) => ({ file, format: expected.format })),
    },
    translations: manifest.translations,
    formats: {
      pdf: 'PDFs not in the manifest',
      ...Object.fromEntries(Object.entries(manifest.formats).map(([id, format]) => [id, format.label])),
    },
    tools: [
      { name: 'axe-core', version: version('axe-core'), checks: 'every page, WCAG 2.0–2.2 A and AA rules and best practice, in Chromium' },
      { name: 'pa11y-ci', version: version('pa11y-ci'), checks: 'every page, HTML_CodeSniffer WCAG 2 AA, in Chromium' },
      {
        name: 'Layout checks',
        version: '1',
        checks: 'reflow at 320 px (1.4.10), text spacing (1.4.12), visible focus (2.4.7), target size (2.5.8, 2.5.5)',
      },
      { name: 'html-validate', version: version('html-validate'), checks: 'every page, recommended rules' },
      {
        name: 'PDF checks',
        version: '1',
        checks:
          'every PDF: tagging, structure, headings, lists, tables, alt text, link contents, language, title, XMP PDF/UA identification, embedded fonts with Unicode maps, text size, text against the source, no actions but links to https/http/mailto/tel addresses (pdf.js, pdf-lib, poppler); print-only booklets (imposed, untagged by design): A4 landscape sides, whole sheets, language, title, fonts, text size, and the text in booklet order',
      },
      { name: 'Card checks', version: '1', checks: 'every card: pixel size at 300 ppi, print boxes and bleed, 7:1 contrast, alt text' },
    ],
    findings,
  };
}

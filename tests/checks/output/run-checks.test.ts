/**
 * Every check proven able to fail: deliberately broken pages (in Chromium, with axe,
 * pa11y-ci, the layout checks and html-validate), PDFs and cards, each reported.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCardPdf, checkCardPng } from '../../../src/checks/output/card-files.ts';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import { checkPdf } from '../../../src/checks/output/pdf.ts';
import { reportHtml, verdict } from '../../../src/checks/output/report.ts';
import { runChecks } from '../../../src/checks/output/run-checks.ts';
import { cardContent } from '../../../src/model/card-content.ts';
import { loadCharterFile } from '../../../src/model/load-charter.ts';
import type { CharterDocument } from '../../../src/model/types.ts';
import { renderCardPrintPdf, WALLET_CARD } from '../../../src/renderers/card/index.ts';
import { encodePng } from '../../../src/renderers/card/to-png.ts';
import { LARGE_PRINT, renderPdf } from '../../../src/renderers/pdf/index.ts';
import { serveFolder } from '../../../scripts/lib/static-server.ts';
import { FIXTURES, ROOT } from '../../helpers/paths.ts';
import { testSite } from '../../helpers/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const doc = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));
const context = { pageUrl: 'https://x.example/', formatRequest: { email: 'a@x.example' } };
const rules = (findings: CheckFinding[]) => findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);

describe('broken web pages', () => {
  let findings: CheckFinding[] = [];
  const pages = [
    'low-contrast',
    'missing-alt',
    'skipped-heading',
    'horizontal-scroll',
    'clipped-text-spacing',
    'invisible-focus',
    'small-target',
    'card-without-alt',
  ];
  const on = (page: string) => findings.filter((finding) => finding.target === `/${page}/`);

  beforeAll(async () => {
    const folder = path.join(work, 'web');
    cpSync(path.join(ROOT, 'tests/fixtures/broken/web'), folder, { recursive: true });
    const report = await runChecks({
      folder,
      workDir: work,
      pa11yConfig: path.join(ROOT, '.pa11yci.json'),
      pages: pages.map((page) => `/${page}/`),
      serve: serveFolder,
    });
    findings = report.findings;
    expect(report.passed).toBe(false);
  }, 180_000);

  it('reports low contrast (axe and pa11y, WCAG 1.4.3)', () => {
    expect(rules(on('low-contrast'))).toContain('color-contrast');
    expect(on('low-contrast').some((finding) => finding.tool === 'pa11y' && finding.wcag.includes('1.4.3'))).toBe(true);
    expect(on('low-contrast').find((finding) => finding.rule === 'color-contrast')?.wcag).toContain('1.4.3');
  });

  it('reports a missing alt (WCAG 1.1.1)', () => {
    expect(rules(on('missing-alt'))).toContain('image-alt');
  });

  // pa11y-ci checks two pages at a time in one browser context (pa11y.ts, .pa11yci.json): the
  // first two pages are checked together, and neither page's findings are lost.
  it('reports what pa11y-ci found on two pages it checked at once', () => {
    expect(on('low-contrast').some((finding) => finding.tool === 'pa11y')).toBe(true);
    expect(on('missing-alt').some((finding) => finding.tool === 'pa11y' && finding.wcag.includes('1.1.1'))).toBe(true);
  });

  it('reports a skipped heading level', () => {
    expect(rules(on('skipped-heading'))).toContain('heading-order');
  });

  it('reports horizontal scrolling at 320 px (WCAG 1.4.10)', () => {
    expect(rules(on('horizontal-scroll'))).toContain('reflow-320');
  });

  it('reports text clipped by the text-spacing overrides (WCAG 1.4.12)', () => {
    expect(rules(on('clipped-text-spacing'))).toContain('text-spacing-clipped');
  });

  it('reports a link with no visible focus (WCAG 2.4.7)', () => {
    expect(rules(on('invisible-focus'))).toContain('focus-visible');
  });

  it('reports a navigation target under 44 px (WCAG 2.5.5)', () => {
    expect(rules(on('small-target'))).toContain('target-size');
  });

  it('reports a card image without its text as alt', () => {
    expect(rules(on('card-without-alt'))).toContain('card-alt');
  });

  it('reports a file the manifest lists that is not in the folder', () => {
    expect(findings.filter((finding) => finding.target === '/charters/x/x-card-front.png').map((finding) => finding.rule)).toEqual([
      'file-missing',
    ]);
  });

  it('writes a readable report that names each failure, page and criterion', () => {
    const html = reportHtml({
      date: '2026-11-23T08:00:00.000Z',
      folder: 'broken',
      passed: false,
      checked: { pages: pages.map((page) => `/${page}/`), pdfs: [], cards: [] },
      tools: [],
      findings,
    });
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<p class="verdict">The automated checks found \d+ failures in 8 pages and 0 files\./);
    expect(html).toMatch(/WCAG 2\.2 (<[^>]+>)?1\.4\.3/);
    expect(html).toContain('/low-contrast/');
    expect(html).toContain('https://dequeuniversity.com/rules/axe/');
  });
});

describe('broken PDFs', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await renderPdf(doc, LARGE_PRINT, context);
  });

  it('passes a PDF from the renderer with no findings', async () => {
    expect(await checkPdf('good.pdf', good, { minTextSize: 18, lang: 'en-GB' })).toEqual([]);
  });

  it('reports an untagged PDF with no language, title or embedded font', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText('Untagged text', { x: 50, y: 700, size: 18, font });
    const found = rules(await checkPdf('untagged.pdf', await pdf.save()));
    expect(found).toEqual(
      expect.arrayContaining([
        'pdf-tagged',
        'pdf-struct-tree',
        'pdf-lang',
        'pdf-display-title',
        'pdf-title',
        'pdf-xmp-pdfua',
        'pdf-font-embedded',
      ]),
    );
  });

  it('reports a missing language', async () => {
    const pdf = await PDFDocument.load(good, { updateMetadata: false });
    pdf.catalog.delete(PDFName.of('Lang'));
    expect(rules(await checkPdf('no-lang.pdf', await pdf.save()))).toEqual(['pdf-lang']);
  });

  it('reports a skipped heading level', async () => {
    const broken: CharterDocument = {
      ...doc,
      blocks: doc.blocks.map((block) => (block.type === 'heading' && block.level === 3 ? { ...block, level: 4 as const } : block)),
    };
    expect(rules(await checkPdf('skipped.pdf', await renderPdf(broken, LARGE_PRINT, context)))).toContain('pdf-heading-order');
  });

  it('reports a Figure without alt text', async () => {
    const card = await renderCardPrintPdf(cardContent(doc, testSite()), WALLET_CARD, {
      title: 'T',
      organisation: 'O',
      date: new Date(0),
      seed: 'f'.repeat(64),
    });
    const pdf = await PDFDocument.load(card, { updateMetadata: false });
    for (const [, object] of pdf.context.enumerateIndirectObjects()) {
      if (
        'delete' in object &&
        typeof object.delete === 'function' &&
        'get' in object &&
        String((object as unknown as { get: (n: PDFName) => unknown }).get(PDFName.of('S'))) === '/Figure'
      ) {
        (object as unknown as { delete: (n: PDFName) => void }).delete(PDFName.of('Alt'));
      }
    }
    expect(rules(await checkPdf('figure.pdf', await pdf.save()))).toContain('pdf-figure-alt');
  });

  it('reports text below the edition’s size, and text that does not match the source', async () => {
    expect(rules(await checkPdf('small.pdf', good, { minTextSize: 20 }))).toContain('pdf-text-size');
    expect(rules(await checkPdf('mismatch.pdf', good, { text: ['A sentence that the charter never had.'] }))).toContain('pdf-text-match');
  });
});

describe('PDFs with actions (no PDF may do more than open a link the reader chose)', () => {
  let good: Uint8Array;
  let card: Uint8Array;
  beforeAll(async () => {
    good = await renderPdf(doc, LARGE_PRINT, context);
    card = await renderCardPrintPdf(cardContent(doc, testSite()), WALLET_CARD, {
      title: 'T',
      organisation: 'O',
      date: new Date(0),
      seed: 'f'.repeat(64),
    });
  });

  /** The first link annotation the renderer wrote. */
  const firstLink = (pdf: PDFDocument): PDFDict => {
    for (const page of pdf.getPages()) {
      const annots = page.node.lookup(PDFName.of('Annots'));
      const link =
        annots instanceof PDFArray
          ? annots
              .asArray()
              .map((ref) => pdf.context.lookup(ref))
              .find((annot) => annot instanceof PDFDict && annot.get(PDFName.of('Subtype')) === PDFName.of('Link'))
          : undefined;
      if (link instanceof PDFDict) return link;
    }
    throw new Error('The fixture PDF has no link annotation');
  };
  /** Loads a PDF, breaks it, saves it and runs the PDF check on the saved bytes. */
  const brokenRules = async (name: string, from: Uint8Array, edit: (pdf: PDFDocument) => void) => {
    const pdf = await PDFDocument.load(from, { updateMetadata: false });
    edit(pdf);
    return rules(await checkPdf(name, await pdf.save()));
  };

  it('passes the renderer’s links (URI actions only)', async () => {
    expect(rules(await checkPdf('good.pdf', good))).toEqual([]);
    expect(rules(await checkPdf('card.pdf', card))).toEqual([]);
  });

  it('reports a link whose action is JavaScript', async () => {
    const found = await brokenRules('js-link.pdf', good, (pdf) =>
      firstLink(pdf).set(PDFName.of('A'), pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') })),
    );
    expect(found).toEqual(expect.arrayContaining(['pdf-link-action', 'pdf-script-action']));
  });

  it('reports a javascript: link address', async () => {
    const found = await brokenRules('js-uri.pdf', good, (pdf) =>
      firstLink(pdf).set(PDFName.of('A'), pdf.context.obj({ S: 'URI', URI: PDFString.of('javascript:app.alert(1)') })),
    );
    expect(found).toEqual(['pdf-link-uri']);
  });

  it('reports the injection the renderer once wrote: an address closing its own string', async () => {
    // PDFString.of writes its value raw (ISO 32000-1 §7.3.4.2), so ")" ends the string and
    // what follows becomes keys of the action: /S /JavaScript overrides /S /URI.
    const found = await brokenRules('injected.pdf', good, (pdf) =>
      firstLink(pdf).set(
        PDFName.of('A'),
        pdf.context.obj({ S: 'URI', URI: PDFString.of('https://example.org/) /S /JavaScript /JS (app.alert\\(1\\)') }),
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['pdf-link-action', 'pdf-script-action']));
  });

  it('reports an /OpenAction, and /AA on a page and on an annotation', async () => {
    expect(
      await brokenRules('open.pdf', good, (pdf) => pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.obj([pdf.getPage(0).ref, 'Fit']))),
    ).toEqual(['pdf-auto-action']);
    const found = await brokenRules('aa.pdf', good, (pdf) => {
      const js = pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
      pdf.getPage(0).node.set(PDFName.of('AA'), pdf.context.obj({ O: js }));
      firstLink(pdf).set(PDFName.of('AA'), pdf.context.obj({ E: js }));
    });
    expect(found.filter((rule) => rule === 'pdf-auto-action')).toHaveLength(2);
    expect(found).toContain('pdf-script-action');
  });

  it('reports a document-level JavaScript name tree, and Launch, SubmitForm, ImportData, GoToR and GoToE actions anywhere', async () => {
    expect(
      await brokenRules('names.pdf', good, (pdf) =>
        pdf.catalog.set(
          PDFName.of('Names'),
          pdf.context.obj({ JavaScript: { Names: [PDFString.of('x'), { S: 'JavaScript', JS: PDFString.of('app.alert(1)') }] } }),
        ),
      ),
    ).toEqual(['pdf-javascript-names', 'pdf-script-action']);
    for (const type of ['Launch', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE']) {
      // On a bookmark, not a link: forbidden action types are found wherever they are.
      const found = await brokenRules(`${type}.pdf`, good, (pdf) => {
        const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
        outlines.lookup(PDFName.of('First'), PDFDict).set(PDFName.of('A'), pdf.context.obj({ S: type, F: PDFString.of('evil.exe') }));
      });
      expect(found, type).toEqual(['pdf-script-action']);
    }
  });

  it('checks card PDFs the same way', async () => {
    expect(
      await brokenRules('card-open.pdf', card, (pdf) =>
        pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') })),
      ),
    ).toEqual(['pdf-auto-action', 'pdf-script-action']);
  });
});

describe('broken cards', () => {
  const flat = (width: number, height: number, background: number, text: number) => {
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      const value = i % width < width / 3 ? text : background;
      pixels.set([value, value, value, 255], i * 4);
    }
    return encodePng(pixels, width, height);
  };

  it('reports low contrast between a card’s text and background', () => {
    expect(rules(checkCardPng('low.png', flat(1004, 650, 0xdd, 0x99), { pixels: { width: 1004, height: 650 } }))).toEqual([
      'card-contrast',
    ]);
    expect(checkCardPng('ok.png', flat(1004, 650, 0xff, 0x0b), { pixels: { width: 1004, height: 650 } })).toEqual([]);
  });

  it('reports a card of the wrong size', () => {
    expect(rules(checkCardPng('small.png', flat(500, 300, 0xff, 0x00), { pixels: { width: 1004, height: 650 } }))).toEqual(['card-size']);
  });

  it('reports a print card without a bleed box, or with the wrong trim', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([300, 220]);
    page.node.set(PDFName.of('TrimBox'), pdf.context.obj([10, 10, 250, 165]));
    expect(rules(await checkCardPdf('no-bleed.pdf', await pdf.save(), { trimMm: [85, 55], bleedMm: 3 }))).toEqual(['card-boxes']);
    const good = await renderCardPrintPdf(cardContent(doc, testSite()), WALLET_CARD, {
      title: 'T',
      organisation: 'O',
      date: new Date(0),
      seed: 'f'.repeat(64),
    });
    expect(await checkCardPdf('good.pdf', good, { trimMm: [85, 55], bleedMm: 3 })).toEqual([]);
    expect(rules(await checkCardPdf('a6.pdf', good, { trimMm: [105, 148], bleedMm: 3 }))).toEqual(['card-trim', 'card-trim']);
  });
});

describe('verdict', () => {
  it('says passed only when nothing failed', () => {
    const base = { date: '', folder: '', passed: true, checked: { pages: ['/'], pdfs: [], cards: [] }, tools: [] };
    expect(verdict({ ...base, findings: [] })).toBe('The automated checks found no failures in 1 page and 0 files.');
    const failure: CheckFinding = { format: 'web', tool: 'axe', target: '/', rule: 'x', severity: 'error', wcag: [], message: 'm' };
    expect(verdict({ ...base, passed: false, findings: [failure] })).toBe('The automated checks found 1 failure in 1 page and 0 files.');
  });
});

describe('the report summary by format', () => {
  it('has a row for the pages and one per format in the manifest, each with its own failures', () => {
    const failure: CheckFinding = {
      format: 'large-print-pdf',
      tool: 'pdf',
      target: '/charters/x/x-large-print.pdf',
      rule: 'pdf-lang',
      severity: 'error',
      wcag: ['3.1.1'],
      message: 'm',
    };
    const html = reportHtml({
      date: '2026-11-30T08:00:00.000Z',
      folder: 'dist',
      passed: false,
      tools: [],
      findings: [failure],
      checked: {
        pages: ['/'],
        pdfs: [failure.target, '/charters/x/x-clear-print.pdf'],
        cards: [],
        files: [
          { file: failure.target, format: 'large-print-pdf' },
          { file: '/charters/x/x-clear-print.pdf', format: 'clear-print-pdf' },
        ],
      },
      formats: { 'large-print-pdf': 'Large-print PDFs', 'clear-print-pdf': 'Clear-print PDFs', 'card-png': 'Card images (PNG)' },
    });
    // Format, checked, checks that ran, failures, accepted, warnings, result (each cell after its narrow-screen label).
    const rows = [
      ...html.matchAll(/<tr><th scope="row">(?:<span class="label">[^<]*<\/span> )?([^<]+)<\/th>((?:<td>.*?<\/td>)+)<\/tr>/g),
    ].map((match) => [
      match[1],
      ...[...(match[2] ?? '').matchAll(/<td><span class="label">[^<]*<\/span> (.*?)<\/td>/g)].map((cell) =>
        (cell[1] ?? '').replace(/<[^>]+>/g, ''),
      ),
    ]);
    expect(rows).toContainEqual(['Web pages', '1', '', '0', '0', '0', 'Checks passed']);
    expect(rows).toContainEqual(['Large-print PDFs', '1', '', '1', '0', '0', 'Failed']);
    expect(rows).toContainEqual(['Clear-print PDFs', '1', '', '0', '0', '0', 'Checks passed']);
    // A format with no files in this folder gets no row.
    expect(html).not.toContain('Card images (PNG)');
  });
});

describe('the report on translations', () => {
  it('lists every translated pair with its parity result', () => {
    const html = reportHtml({
      date: '2026-11-30T08:00:00.000Z',
      folder: 'dist',
      passed: true,
      tools: [],
      findings: [],
      checked: { pages: [], pdfs: [], cards: [] },
      translations: [
        { pages: ['/charters/our-promise/', '/charters/ein-haddewid/'], langs: ['en-GB', 'cy-GB'], parity: 'checked' },
        { pages: ['/charters/a/', '/charters/b/'], langs: ['en-GB', 'cy-GB'], parity: 'not-required' },
      ],
    });
    expect(html).toContain('<h2 id="translations">Translations</h2>');
    expect(html).toContain(
      '<code>/charters/our-promise/</code> (en-GB) and <code>/charters/ein-haddewid/</code> (cy-GB)</th><td><span class="label">Parity</span> Same sections',
    );
    expect(html).toContain(
      '<code>/charters/a/</code> (en-GB) and <code>/charters/b/</code> (cy-GB)</th><td><span class="label">Parity</span> Not checked: the site does not require parity',
    );
  });

  it('has no translations section when there are none', () => {
    const html = reportHtml({
      date: '2026-11-30T08:00:00.000Z',
      folder: 'dist',
      passed: true,
      tools: [],
      findings: [],
      checked: { pages: [], pdfs: [], cards: [] },
    });
    expect(html).not.toContain('Translations');
  });
});

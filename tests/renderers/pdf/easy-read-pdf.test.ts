/**
 * The easy-read PDFs on their real bytes (dist/, built by npm test): every word of the
 * model in order, text ≥ 16 pt, pictures drawn as artifacts (the alt rule: pictures repeat
 * the sentences beside them, so they are decorative), attribution, legible pictures; a cover
 * (title, picture, who it is from), the text from page 2 with every point beside its picture,
 * and a back page (contact details, other formats, web address, credit).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, uiLanguageFor } from '../../../src/i18n/index.ts';
import { contactHeading, contactRows } from '../../../src/model/contact-rows.ts';
import { formatRequestFor } from '../../../src/model/format-request.ts';
import { PICTURE_ATTRIBUTION, pictureAttribution } from '../../../src/model/pictures.ts';
import type { CharterDocument, PointBlock } from '../../../src/model/types.ts';
import { publishContext } from '../../../src/outputs/context.ts';
import { charterPageUrl } from '../../../src/outputs/urls.ts';
import { chartersDir, loadAllCharters, loadAllEasyReads } from '../../../src/model/load-charter.ts';
import { blocksText } from '../../../src/model/text.ts';
import { allBlocks } from '../../../src/model/walk.ts';
import { EASY_READ } from '../../../src/renderers/pdf/index.ts';
import { expectPointsBesidePictures, pageText } from '../../helpers/easy-read-pdf.ts';
import { imagePlacements, inkOnFirstPage, poppler, readPdf, structTree, walkStruct, type ParsedPdf } from '../../helpers/pdf.ts';
import { DIST } from '../../helpers/paths.ts';

const editions = loadAllEasyReads(loadAllCharters(chartersDir()), chartersDir());
const squash = (text: string) => text.replace(/\s+/g, '');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The booklet's web page, as the back page prints it (written out: a PDF link cannot be followed on paper). */
const webAddress = (doc: CharterDocument) => charterPageUrl(doc, publishContext().siteUrl);
/** The contact rows as the easy-read PDF prints them ("Phone: 01865 815906"). */
const contactLines = (doc: CharterDocument) =>
  contactRows(doc.meta.contact ?? {}, uiLanguageFor(doc.lang), { easyRead: true }).map((row) =>
    t(uiLanguageFor(doc.lang), 'contact.row', { label: row.label, value: row.lines.join(', ') }),
  );

/** For every image painted, whether it sits inside /Artifact marked content. */
async function imagePaints(bytes: Uint8Array): Promise<boolean[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const paints: boolean[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
    const stack: string[] = [];
    fnArray.forEach((fn, index) => {
      const args = argsArray[index] as unknown[] | null;
      // BMC gives its tag as a Name object ({ name }), BDC as a string.
      const tag = args?.[0];
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps)
        stack.push(typeof tag === 'object' && tag !== null ? String((tag as { name?: string }).name) : String(tag ?? ''));
      else if (fn === OPS.endMarkedContent) stack.pop();
      else if (fn === OPS.paintImageXObject) paints.push(stack.includes('Artifact'));
    });
  }
  await pdf.destroy();
  return paints;
}

describe.each(editions.map((doc) => [doc.id, doc] as const))('%s-easy-read.pdf', (id, doc) => {
  const file = path.join(DIST, 'charters', id, `${id}-easy-read.pdf`);
  const bytes = new Uint8Array(readFileSync(file));
  let pdf: ParsedPdf;
  beforeAll(async () => {
    pdf = await readPdf(bytes);
  });

  it('carries every word of the model in order, then the picture credit', () => {
    const extracted = squash(
      pdf.pages.flatMap((page) => page.items.filter((item) => item.tag !== 'Artifact').map((item) => item.text)).join(''),
    );
    let from = 0;
    for (const run of [...blocksText(doc.blocks), PICTURE_ATTRIBUTION].map(squash).filter(Boolean)) {
      const at = extracted.indexOf(run, from);
      expect(at, `"${run.slice(0, 60)}" missing or out of order`).toBeGreaterThanOrEqual(0);
      from = at + run.length;
    }
  });

  it('has no text below 16 pt (ER-1) and at most 24 pages (ER-5)', () => {
    for (const page of pdf.pages)
      for (const item of page.items) expect(item.size, item.text).toBeGreaterThanOrEqual(EASY_READ.bodySize - 0.01);
    expect(pdf.pages.length).toBeLessThanOrEqual(24);
  });

  it('draws every picture as an artifact, never as an untagged or Figure element', async () => {
    const paints = await imagePaints(bytes);
    const points = [...allBlocks(doc.blocks)].filter((block) => block.type === 'point').length;
    // One a point, and the cover's.
    expect(paints.length).toBe(points + 1);
    expect(paints.every(Boolean)).toBe(true);
    expect([...walkStruct(structTree(file))].some((node) => node.type === 'Figure')).toBe(false);
  });

  it('has a cover: page 1 is the title, a large picture and who it is from, and no contact details or web address', async () => {
    const ui = uiLanguageFor(doc.lang);
    const cover = normalise(poppler('pdftotext', ['-f', '1', '-l', '1', file, '-']));
    const from = t(ui, 'pdf.easyRead.from', { organisation: doc.meta.organisation });
    expect(cover.startsWith(doc.title), cover).toBe(true);
    // The title, a standing notice if the charter has one, then who it is from: nothing follows but the page number.
    expect(cover.endsWith(`${from} ${t(ui, 'pdf.pageNumber', { page: 1, pages: pdf.pages.length })}`), cover).toBe(true);
    expect(cover).not.toContain(contactHeading(doc.meta.organisation, ui));
    for (const row of contactLines(doc)) expect(cover).not.toContain(row);
    expect(cover).not.toContain(webAddress(doc));
    const [picture] = await imagePlacements(bytes);
    expect(picture).toMatchObject({ page: 1, artifact: true });
    expect(picture?.width).toBeGreaterThanOrEqual(EASY_READ.picture.size * 2);
  });

  it('has a back page: the last page gives the contact details, how to get other formats, the web address and the credit', () => {
    const ui = uiLanguageFor(doc.lang);
    const last = pdf.pages.length;
    const back = normalise(poppler('pdftotext', ['-f', String(last), '-l', String(last), file, '-'])).replace(/\/ /g, '/');
    for (const row of contactLines(doc)) expect(back).toContain(row);
    const webPage = webAddress(doc);
    const { email } = formatRequestFor(doc, publishContext().site, webPage);
    const phone = doc.meta.contact?.phones?.[0]?.number;
    const formats = phone
      ? t(ui, 'pdf.easyRead.formats', { email, phone, webPage })
      : t(ui, 'pdf.easyRead.formatsByEmail', { email, webPage });
    expect(back).toContain(formats);
    expect(back).toContain(pictureAttribution(ui));
    // The back page starts a page of its own: the contact heading, or the formats sentence, comes first.
    const opening = doc.meta.contact ? contactHeading(doc.meta.organisation, ui) : formats;
    expect(pageText(pdf, last).startsWith(squash(opening))).toBe(true);
  });

  it('has no page that holds only the picture credit', () => {
    const credit = squash(pictureAttribution(uiLanguageFor(doc.lang)));
    pdf.pages.forEach((_, index) => {
      const text = pageText(pdf, index + 1);
      expect(text.replace(credit, ''), `page ${index + 1}`).not.toBe('');
    });
  });

  it('starts the text on page 2, and draws every point on the page of its picture, its first line beside it', async () => {
    const [first] = blocksText(doc.blocks);
    expect(pageText(pdf, 2).startsWith(squash(first ?? ''))).toBe(true);
    const points = [...allBlocks(doc.blocks)].filter((block): block is PointBlock => block.type === 'point');
    expectPointsBesidePictures(pdf, await imagePlacements(bytes), points);
  });

  it('is tagged, in the charter language, with the easy-read title', () => {
    expect(poppler('pdfinfo', [file])).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.language).toBe(doc.lang);
    expect(pdf.title).toContain(doc.title);
  });
});

describe('easy-read pictures when printed', () => {
  it('are visible in the picture column of page 1', () => {
    const [first] = editions;
    const file = path.join(DIST, 'charters', first!.id, `${first!.id}-easy-read.pdf`);
    expect(inkOnFirstPage(file)).toBeGreaterThan(0.01);
    // Crop the picture column (left of the text) of page 1 at 72 dpi and count dark pixels.
    const x = Math.round(EASY_READ.margin.left);
    const out = execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-x',
      String(x),
      '-y',
      '0',
      '-W',
      String(Math.round(EASY_READ.picture.size)),
      '-H',
      '842',
      file,
    ]);
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(0, 50).toString('latin1'));
    const pixels = out.subarray(header?.[0].length ?? 0);
    const dark = pixels.filter((value) => value < 128).length;
    expect(dark).toBeGreaterThan(200);
  });
});

/**
 * The easy-read PDFs on their real bytes (dist/, built by npm test): every word of the
 * model in order, text ≥ 16 pt, pictures drawn as artifacts (the alt rule: pictures repeat
 * the sentences beside them, so they are decorative), attribution, legible pictures.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PICTURE_ATTRIBUTION } from '../../../src/model/pictures.ts';
import { chartersDir, loadAllCharters, loadAllEasyReads } from '../../../src/model/load-charter.ts';
import { blocksText } from '../../../src/model/text.ts';
import { allBlocks } from '../../../src/model/walk.ts';
import { EASY_READ } from '../../../src/renderers/pdf/index.ts';
import { inkOnFirstPage, poppler, readPdf, structTree, walkStruct, type ParsedPdf } from '../../helpers/pdf.ts';
import { DIST } from '../../helpers/paths.ts';

const editions = loadAllEasyReads(loadAllCharters(chartersDir()), chartersDir());
const squash = (text: string) => text.replace(/\s+/g, '');

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
    expect(paints.length).toBe(points);
    expect(paints.every(Boolean)).toBe(true);
    expect([...walkStruct(structTree(file))].some((node) => node.type === 'Figure')).toBe(false);
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

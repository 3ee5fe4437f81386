/**
 * The clear-print A5 booklet in the output registry: one file for every full charter (none for
 * an easy-read edition), placed for printers ('print'), labelled in the page's language, its
 * facts saying it is for printing only and sending readers to the clear print PDF, checked as
 * a print booklet.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { chartersDir, loadAllCharters, loadAllEasyReads, loadCharterFile } from '../../src/model/load-charter.ts';
import { publishContext } from '../../src/outputs/context.ts';
import { CLEAR_PRINT_BOOKLET_PDF } from '../../src/outputs/formats/clear-print-booklet.ts';
import { OUTPUTS } from '../../src/outputs/registry.ts';
import { FIXTURES } from '../helpers/paths.ts';

const charters = loadAllCharters(chartersDir());

describe('the clear-print-booklet-pdf format', () => {
  it('is registered once, for printers, as a PDF', () => {
    expect(OUTPUTS.filter((format) => format.id === 'clear-print-booklet-pdf')).toEqual([CLEAR_PRINT_BOOKLET_PDF]);
    expect(CLEAR_PRINT_BOOKLET_PDF).toMatchObject({
      extension: 'pdf',
      placement: 'print',
      label: 'Clear-print A5 booklet PDFs (for printing only)',
    });
  });

  it('makes one booklet for each full charter and none for an easy-read edition', () => {
    for (const doc of charters) expect(CLEAR_PRINT_BOOKLET_PDF.appliesTo(doc), doc.id).toBe(true);
    for (const doc of loadAllEasyReads(charters, chartersDir())) expect(CLEAR_PRINT_BOOKLET_PDF.appliesTo(doc), doc.id).toBe(false);
  });

  it('labels it in the page’s language, says it is for printing only, and asks for the print-booklet check', async () => {
    const doc = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));
    const [file, ...rest] = CLEAR_PRINT_BOOKLET_PDF.files(doc, publishContext());
    expect(rest).toEqual([]);
    expect(file).toMatchObject({
      fileName: `${doc.id}-clear-print-booklet.pdf`,
      mediaType: 'application/pdf',
      expect: { check: 'print-booklet-pdf', lang: doc.lang, minTextSize: 14 },
    });
    expect(file?.label('en-GB')).toBe('Clear print A5 booklet (14 point text)');
    expect(file?.label('cy-GB')).toBe('Llyfryn A5 print clir (testun 14 pwynt)');
    const { facts } = await file!.render();
    expect(facts('en-GB')).toMatch(
      /^PDF for printing only: read the clear print PDF on screen\. \d+ sheets? of A4: print on both sides \(flip on short edge\) and fold to A5$/,
    );
    expect(facts('cy-GB')).toMatch(/^PDF i’w argraffu yn unig: darllenwch y PDF print clir ar y sgrin\. /);
  });

  it('tells staff how to print it: actual size, short-edge duplex (not the printer’s booklet setting), fold and staple, check the numbers', () => {
    const doc = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));
    const [file] = CLEAR_PRINT_BOOKLET_PDF.files(doc, publishContext());
    const steps = file?.printing?.steps.map((step) => step('en-GB')) ?? [];
    expect(steps).toHaveLength(4);
    expect(steps[0]).toMatch(/100 %/);
    expect(steps[1]).toMatch(/short edge.*booklet order/);
    expect(steps[2]).toMatch(/fold the pile in half and staple/);
    expect(steps[3]).toMatch(/outer edge/);
    expect(file?.printing?.purpose('cy-GB')).toMatch(/^Ar gyfer argraffydd swyddfa/);
  });

  it('counts sheets in Welsh with the right mutation (dalen is feminine)', () => {
    expect(t('cy-GB', 'downloads.clearPrintBooklet.facts', { count: 1 })).toContain('1 ddalen A4');
    expect(t('cy-GB', 'downloads.clearPrintBooklet.facts', { count: 2 })).toContain('2 ddalen A4');
    expect(t('cy-GB', 'downloads.clearPrintBooklet.facts', { count: 3 })).toContain('3 dalen A4');
    expect(t('en-GB', 'downloads.clearPrintBooklet.facts', { count: 1 })).toContain('1 sheet of A4');
  });
});

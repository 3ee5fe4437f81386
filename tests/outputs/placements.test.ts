/**
 * Where the output registry offers each file: what the public wants (the PDF editions, the card
 * images) on the charter page, and the files for printers (the card with bleed and crop marks,
 * the A6 large print card, the A4 sheet, the bilingual card) on the charter's print page for
 * staff, each with what it is for and how to print it, in both interface languages.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import { loadSite } from '../../src/model/load-site.ts';
import { OUTPUTS } from '../../src/outputs/registry.ts';
import type { PublishContext } from '../../src/outputs/types.ts';
import { ROOT } from '../helpers/paths.ts';

const doc = loadCharterFile(path.join(ROOT, 'content/charters/oxfordshire-care-and-support/charter.mdx'));
const context: PublishContext = { site: loadSite(), siteUrl: 'https://charters.example.org', translationOf: () => undefined };
const placementOf = (id: string) => OUTPUTS.find((format) => format.id === id)?.placement;
const PRINTERS = ['card-print-pdf', 'card-large-print-pdf', 'card-bilingual-pdf', 'card-sheet-pdf'];

describe('the placement of each format', () => {
  it('keeps what the public wants on the charter page', () => {
    expect(['large-print-pdf', 'clear-print-pdf', 'easy-read-pdf'].map(placementOf)).toEqual(['formats', 'formats', 'formats']);
    expect(placementOf('card-png')).toBe('card');
  });

  it('puts the files for printers on the print page', () => {
    expect(PRINTERS.map(placementOf)).toEqual(PRINTERS.map(() => 'print'));
  });

  it('gives each card file for printers what it is for and how to print it, in English and Welsh', () => {
    const files = OUTPUTS.filter((format) => PRINTERS.includes(format.id) && format.appliesTo(doc)).flatMap((format) =>
      format.files(doc, context),
    );
    expect(files.map((file) => file.fileName)).toEqual([
      'oxfordshire-care-and-support-card-print.pdf',
      'oxfordshire-care-and-support-card-large-print.pdf',
      'oxfordshire-care-and-support-card-sheet.pdf',
    ]);
    for (const file of files) {
      expect(file.printing, file.fileName).toBeDefined();
      expect(file.printing?.steps.length, file.fileName).toBeGreaterThanOrEqual(3);
      for (const lang of ['en-GB', 'cy-GB'] as const) {
        expect(file.printing?.purpose(lang).length).toBeGreaterThan(20);
      }
      expect(file.printing?.purpose('cy-GB')).not.toBe(file.printing?.purpose('en-GB'));
    }
    const [shop, largePrint] = files;
    expect(shop?.printing?.steps.map((step) => step('en-GB'))).toContain(
      'Ask for double-sided cards on thick card, cut to 85 × 55 mm on the crop marks.',
    );
    expect(largePrint?.printing?.steps.map((step) => step('en-GB'))).toEqual([
      t('en-GB', 'downloads.print.actualSize'),
      t('en-GB', 'downloads.print.a4Duplex'),
      t('en-GB', 'downloads.print.cropMarks'),
      'Or send the file to a print shop as it is: it has 3 mm bleed and crop marks.',
    ]);
  });

  it('gives printing notes only to files on the print page', () => {
    for (const format of OUTPUTS.filter((entry) => entry.placement !== 'print' && entry.appliesTo(doc))) {
      for (const file of format.files(doc, context)) expect(file.printing, file.fileName).toBeUndefined();
    }
  });
});

/**
 * The bilingual card in the output registry: only the charter in the site's first language of
 * a translated pair gets the file, so each pair has one; charters with no translation (the
 * seeds) get none; `publishContext().translationOf` finds the pair on disk.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/model/load-site.ts';
import { loadAllCharters, loadCharterFile, chartersDir } from '../../src/model/load-charter.ts';
import type { CharterDocument } from '../../src/model/types.ts';
import { CARD_BILINGUAL_PDF } from '../../src/outputs/formats/bilingual-card.ts';
import { publishContext } from '../../src/outputs/context.ts';
import { OUTPUTS } from '../../src/outputs/registry.ts';
import type { PublishContext } from '../../src/outputs/types.ts';
import { ROOT } from '../helpers/paths.ts';

const PAIR = path.join(ROOT, 'tests/fixtures/translations/pair');
const en = loadCharterFile(path.join(PAIR, 'our-promise/charter.mdx'));
const cy = loadCharterFile(path.join(PAIR, 'ein-haddewid/charter.mdx'));
const pair = new Map([en, cy].map((doc) => [doc.id, doc]));

function context(firstLanguage: 'en-GB' | 'cy-GB' | undefined, languages: ('en-GB' | 'cy-GB')[] = ['en-GB', 'cy-GB']): PublishContext {
  return {
    site: { ...loadSite(), languages, ...(firstLanguage ? { firstLanguage } : {}) },
    siteUrl: 'https://charters.example.org',
    translationOf: (doc) => {
      const other = doc.meta.translation ? pair.get(doc.meta.translation) : undefined;
      return other?.meta.translation === doc.id ? other : undefined;
    },
  };
}

/** Every file the registry makes from a document, as publish.ts asks for them (uncached). */
const filesOf = (doc: CharterDocument, ctx: PublishContext) =>
  OUTPUTS.filter((format) => format.appliesTo(doc)).flatMap((format) =>
    format.files(doc, ctx).map((file) => ({ format: format.id, ...file })),
  );

describe('the card-bilingual-pdf format', () => {
  it('is registered once, after the large-print card, placed for printers (the print page)', () => {
    expect(OUTPUTS.filter((format) => format.id === 'card-bilingual-pdf')).toEqual([CARD_BILINGUAL_PDF]);
    expect(
      OUTPUTS.map((format) => format.id).slice(OUTPUTS.indexOf(CARD_BILINGUAL_PDF) - 1, OUTPUTS.indexOf(CARD_BILINGUAL_PDF) + 1),
    ).toEqual(['card-large-print-pdf', 'card-bilingual-pdf']);
    expect(CARD_BILINGUAL_PDF).toMatchObject({ extension: 'pdf', placement: 'print', label: 'Bilingual large-print card PDFs' });
  });

  it.each([
    ['cy-GB', cy, en],
    ['en-GB', en, cy],
    [undefined, en, cy],
  ] as const)(
    'with firstLanguage %s, makes one bilingual card for the pair, from the first-language charter',
    (firstLanguage, first, second) => {
      const ctx = context(firstLanguage);
      const bilingual = (doc: CharterDocument) => filesOf(doc, ctx).filter((file) => file.format === 'card-bilingual-pdf');
      expect(bilingual(second)).toEqual([]);
      const [file, ...rest] = bilingual(first);
      expect(rest).toEqual([]);
      expect(file).toMatchObject({
        fileName: `${first.id}-card-bilingual.pdf`,
        mediaType: 'application/pdf',
        expect: { check: 'card-pdf', lang: first.lang, trimMm: [105, 148], bleedMm: 3 },
      });
      expect(file?.label('en-GB')).toBe('Bilingual large print card');
      expect(file?.label('cy-GB')).toBe('Cerdyn print bras dwyieithog');
    },
  );

  it('puts Welsh first when the site lists Welsh first and sets no firstLanguage', () => {
    expect(filesOf(cy, context(undefined, ['cy-GB', 'en-GB'])).map((file) => file.fileName)).toContain('ein-haddewid-card-bilingual.pdf');
    expect(filesOf(en, context(undefined, ['cy-GB', 'en-GB'])).map((file) => file.fileName)).not.toContain(
      'our-promise-card-bilingual.pdf',
    );
  });

  it('makes nothing for a charter with no translation (every seed) or a one-sided one', () => {
    for (const doc of loadAllCharters(path.join(ROOT, 'content/charters'))) {
      expect(CARD_BILINGUAL_PDF.appliesTo(doc), doc.id).toBe(false);
      expect(filesOf(doc, context('cy-GB')).map((file) => file.format)).not.toContain('card-bilingual-pdf');
    }
    // A one-sided translation is a content error; the registry makes no card from it either.
    const oneSided = { ...en, meta: { ...en.meta, translation: 'nowhere' } } as CharterDocument;
    expect(CARD_BILINGUAL_PDF.files(oneSided, context('en-GB'))).toEqual([]);
  });

  it('renders the PDF, with facts in both interface languages', async () => {
    const [file] = CARD_BILINGUAL_PDF.files(cy, context('cy-GB'));
    const { bytes, facts } = await file!.render();
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(facts('en-GB')).toBe('PDF, A6, 18 point text in both languages, 3 mm bleed, crop marks');
    expect(facts('cy-GB')).toBe('PDF, A6, testun 18 pwynt yn y ddwy iaith, gwaedu 3 mm, marciau tocio');
  });
});

describe('publishContext().translationOf', () => {
  const saved = process.env['CHARTERS_DIR'];
  beforeAll(() => {
    process.env['CHARTERS_DIR'] = PAIR;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env['CHARTERS_DIR'];
    else process.env['CHARTERS_DIR'] = saved;
  });

  it('reads the translation a charter names, when it names the charter back', () => {
    expect(chartersDir()).toBe(PAIR);
    const { translationOf } = publishContext();
    expect(translationOf(en)?.id).toBe('ein-haddewid');
    expect(translationOf(cy)?.id).toBe('our-promise');
    expect(translationOf({ ...en, id: 'someone-else' })).toBeUndefined();
    expect(translationOf({ ...en, meta: { ...en.meta, translation: undefined } } as CharterDocument)).toBeUndefined();
  });
});

/**
 * The Braille-ready file of every seed charter and of the Welsh and bilingual fixtures, made
 * with liblouis as the build makes it and read back: 40 cells × 25 lines, Braille ASCII only,
 * CR LF and form feeds, page numbers at the right of line 1, a title page, a contents page for
 * charters with more than three sections whose page numbers are right, contact details never
 * split, Welsh brailled with the Welsh table, and the same bytes every time.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { listCharterFiles, loadCharterFile } from '../../../src/model/load-charter.ts';
import type { CharterDocument } from '../../../src/model/types.ts';
import { publishContext } from '../../../src/outputs/context.ts';
import { BRF } from '../../../src/outputs/formats/braille.ts';
import { numberLine } from '../../../src/renderers/braille/paginate.ts';
import { backTranslate, brailleOf, brfPages } from '../../helpers/brf.ts';
import { FIXTURES, ROOT } from '../../helpers/paths.ts';

const context = publishContext();
const seeds = listCharterFiles(path.join(ROOT, 'content/charters')).map((file) => loadCharterFile(file));
const welsh = loadCharterFile(path.join(FIXTURES, 'welsh/siarter-gofal/charter.mdx'));
const bilingual = loadCharterFile(path.join(FIXTURES, 'bilingual/dwyieithog/charter.mdx'));
const seed = (id: string) => seeds.find((doc) => doc.id === id) as CharterDocument;

async function brf(doc: CharterDocument): Promise<Uint8Array> {
  const [file] = BRF.files(doc, context);
  if (!file) throw new Error(`No BRF for ${doc.id}`);
  return (await file.render()).bytes;
}

const files = new Map<string, Uint8Array>();
beforeAll(async () => {
  for (const doc of [...seeds, welsh, bilingual]) files.set(doc.id, await brf(doc));
});
const pagesOf = (doc: CharterDocument) => brfPages(files.get(doc.id) as Uint8Array);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each([...seeds, welsh, bilingual].map((doc) => [doc.id, doc] as const))('the BRF of %s', (_id, doc) => {
  it('fits the braille page: at most 40 cells a line and 25 lines a page', () => {
    for (const page of pagesOf(doc)) {
      expect(page.length).toBeLessThanOrEqual(25);
      for (const line of page) expect(line.length).toBeLessThanOrEqual(40);
    }
  });

  it('is Braille ASCII with CR LF line ends and a form feed between pages', () => {
    const bytes = files.get(doc.id) as Uint8Array;
    expect([...bytes].every((byte) => (byte >= 0x20 && byte <= 0x5f) || byte === 0x0d || byte === 0x0a || byte === 0x0c)).toBe(true);
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\f').length).toBe(pagesOf(doc).length);
  });

  it('numbers every page but the title page at the right of line 1', () => {
    const pages = pagesOf(doc);
    expect(pages[0]?.[0]).toBe('');
    pages.slice(1).forEach((page, index) => expect(page[0]).toBe(numberLine(index + 2)));
  });
});

describe('the title page', () => {
  it('gives the title, organisation, "Braille edition", the code, the dates and how to ask for a checked copy', async () => {
    const doc = seed('oxfordshire-care-and-support');
    const titlePage = squash((await backTranslate(pagesOf(doc)[0] ?? [], 'en-ueb-g2.ctb')).join(' '));
    expect(titlePage).toContain(doc.title);
    expect(titlePage).toContain(doc.meta.organisation);
    expect(titlePage).toContain(t('en-GB', 'brf.titlePage.edition'));
    expect(titlePage).toContain(t('en-GB', 'brf.code.ueb'));
    expect(titlePage).toContain(t('en-GB', 'dates.lastReviewed'));
    expect(titlePage).toContain('A braille transcriber has not checked it.');
  });

  it('is in Welsh braille for a Welsh charter', async () => {
    const titlePage = pagesOf(welsh)[0]?.join(' ') ?? '';
    expect(titlePage).toContain(await brailleOf(t('cy-GB', 'brf.titlePage.edition'), 'cy-cy-g2.ctb'));
    expect(titlePage).toContain(await brailleOf(t('cy-GB', 'brf.code.welsh'), 'cy-cy-g2.ctb'));
    expect(titlePage).not.toContain(await brailleOf(t('en-GB', 'brf.titlePage.edition'), 'en-ueb-g2.ctb'));
  });
});

describe('the contents page', () => {
  it('lists each section of a charter with more than three, with the braille page its heading is on', async () => {
    const doc = seed('dundee-social-work-customer-care');
    expect(doc.sections.length).toBeGreaterThan(3);
    const pages = pagesOf(doc);
    expect(pages[1]?.[1]?.trim()).toBe(await brailleOf(t('en-GB', 'brf.contents'), 'en-ueb-g2.ctb'));
    // Entries start in cell 1 and run over in cell 3; the last line ends in a leader and the page number.
    const entries: string[] = [];
    for (const line of (pages[1] ?? []).slice(3)) {
      if (line.startsWith('  ')) entries[entries.length - 1] += ` ${line.trim()}`;
      else entries.push(line);
    }
    expect(entries).toHaveLength(doc.sections.length);
    for (const [index, section] of doc.sections.entries()) {
      const heading = await brailleOf(section.text, 'en-ueb-g2.ctb');
      const [, text, digits] = / ?(.*?) -+ #([A-J]+)$/.exec(` ${entries[index]}`) ?? [];
      expect(text, section.text).toBe(heading);
      const page = Number([...(digits ?? '')].map((letter) => 'JABCDEFGHI'.indexOf(letter)).join(''));
      expect(squash(pages[page - 1]?.join(' ') ?? ''), section.text).toContain(heading);
    }
  });

  it('is left out for three sections or fewer', async () => {
    const doc = seed('oxfordshire-care-and-support');
    const contents = await brailleOf(t('en-GB', 'brf.contents'), 'en-ueb-g2.ctb');
    expect(
      pagesOf(doc)
        .flat()
        .map((line) => line.trim()),
    ).not.toContain(contents);
  });
});

describe('the text', () => {
  it('keeps each phone number and email address whole on one line', async () => {
    const doc = seed('oxfordshire-care-and-support');
    const lines = pagesOf(doc).flat();
    for (const value of [
      ...(doc.meta.contact?.phones ?? []).map((phone) => phone.number),
      ...(doc.meta.contact?.emails ?? []).map((email) => email.address),
    ]) {
      const braille = await brailleOf(value, 'en-ueb-g2.ctb');
      expect(
        lines.some((line) => line.includes(braille)),
        value,
      ).toBe(true);
    }
  });

  it('brailles a Welsh passage with the Welsh table', async () => {
    const lines = pagesOf(bilingual)
      .map((page) => page.join(' '))
      .join(' ');
    const sentence = 'Mae aelodau o staff';
    expect(lines).toContain(await brailleOf(sentence, 'cy-cy-g2.ctb'));
    expect(lines).not.toContain(await brailleOf(sentence, 'en-ueb-g2.ctb'));
  });

  it('is the same bytes every time', async () => {
    const doc = seed('ruils-customer-care');
    const again = await brf({ ...doc });
    expect(Buffer.from(again).equals(Buffer.from(files.get(doc.id) as Uint8Array))).toBe(true);
  });
});

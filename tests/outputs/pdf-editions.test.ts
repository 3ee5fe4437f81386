/**
 * What the checks manifest expects of a PDF edition is what the PDF prints: a web link's
 * address is written out after its words on paper, so the expected text carries it too; an
 * easy-read booklet's cover and back page are expected in their places; and the built file
 * passes its own check.
 */
import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../src/checks/output/pdf.ts';
import { blocksText } from '../../src/model/text.ts';
import type { CharterDocument } from '../../src/model/types.ts';
import { PICTURE_ATTRIBUTION } from '../../src/model/pictures.ts';
import { EASY_READ_PDF, LARGE_PRINT_PDF } from '../../src/outputs/formats/pdf-editions.ts';
import { publishContext } from '../../src/outputs/context.ts';
import { loadCharterFile, loadEasyReadFile } from '../../src/model/load-charter.ts';
import { FIXTURES } from '../helpers/paths.ts';
import path from 'node:path';

/** The fixture with a paragraph holding a web link whose words are not its address. */
function withWebLink(): CharterDocument {
  const doc = structuredClone(loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx')));
  const paragraph = doc.blocks.find((block) => block.type === 'paragraph');
  if (paragraph?.type !== 'paragraph') throw new Error('fixture has no paragraph');
  paragraph.content = [
    { type: 'text', value: 'Read more on ' },
    { type: 'link', href: 'https://fixture.example/charter', children: [{ type: 'text', value: 'our website' }] },
    { type: 'text', value: '.' },
  ];
  return doc;
}

describe('a PDF edition with a web link', () => {
  const doc = withWebLink();
  const [file] = LARGE_PRINT_PDF.files(doc, publishContext());

  it('expects the address written out after the link, as printed', () => {
    expect(file?.expect.text).toContain('Read more on our website (https://fixture.example/charter).');
    expect(blocksText(doc.blocks)).toContain('Read more on our website.');
  });

  it('passes its own check', async () => {
    const { bytes } = await file!.render();
    const findings = await checkPdf('x-large-print.pdf', bytes, { lang: doc.lang, minTextSize: 18, text: file!.expect.text! });
    expect(findings).toEqual([]);
    // The text as read on screen, without the address, is not what the page prints.
    const onScreen = await checkPdf('x-large-print.pdf', bytes, { lang: doc.lang, minTextSize: 18, text: blocksText(doc.blocks) });
    expect(onScreen.map((finding) => finding.rule)).toContain('pdf-text-match');
  });
});

describe('an easy-read booklet', () => {
  const DIR = path.join(FIXTURES, 'own-easy-read/council-promise');
  const charter = loadCharterFile(path.join(DIR, 'charter.mdx'));
  const edition = loadEasyReadFile(path.join(DIR, 'easy-read.mdx'), new Map([[charter.id, charter]]));
  const [file] = EASY_READ_PDF.files(edition, publishContext());
  const text = file?.expect.text ?? [];

  it('expects what it prints in reading order: the cover, the text, then the back page', () => {
    const body = blocksText(edition.blocks, { printed: true });
    expect(text.slice(0, 2)).toEqual(['Our promise to you', 'An easy read booklet from Fixture Borough Council.']);
    expect(text.slice(2, 2 + body.length)).toEqual(body);
    expect(text.slice(2 + body.length)).toEqual([
      'Contact Fixture Borough Council',
      'Phone: 01234 567890',
      expect.stringMatching(
        /^To get this booklet in another way, email .+ or phone 01234 567890\. It is also on the web at https?:\/\/.+\/charters\/council-promise\/easy-read\/$/,
      ),
      'People with learning disabilities checked this booklet: Fixture Speaking Up Group, March 2025.',
      PICTURE_ATTRIBUTION,
    ]);
  });

  it('passes its own check, which fails the back page read before the text', async () => {
    const { bytes } = await file!.render();
    expect(await checkPdf('x-easy-read.pdf', bytes, { lang: edition.lang, minTextSize: 16, text })).toEqual([]);
    const backFirst = [...text.slice(0, 2), ...text.slice(-5), ...text.slice(2, -5)];
    const findings = await checkPdf('x-easy-read.pdf', bytes, { lang: edition.lang, minTextSize: 16, text: backFirst });
    expect(findings.map((finding) => finding.rule)).toContain('pdf-text-match');
  });
});

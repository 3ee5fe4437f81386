/**
 * What the checks manifest expects of a PDF edition is what the PDF prints: a web link's
 * address is written out after its words on paper, so the expected text carries it too, and
 * the built file passes its own check.
 */
import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../src/checks/output/pdf.ts';
import { blocksText } from '../../src/model/text.ts';
import type { CharterDocument } from '../../src/model/types.ts';
import { LARGE_PRINT_PDF } from '../../src/outputs/formats/pdf-editions.ts';
import { publishContext } from '../../src/outputs/context.ts';
import { loadCharterFile } from '../../src/model/load-charter.ts';
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

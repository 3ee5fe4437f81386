/**
 * `StructureWriter` on a tiny two-page pdf-lib document, read back with pdf-lib's object
 * API (the dictionaries as written) and pdf.js (what Firefox gives screen readers): the
 * StructTreeRoot → Document → elements, marked content with MCIDs tied back through the
 * ParentTree, a Link owning its annotation through OBJR with /Contents, artifacts, element
 * attributes, MarkInfo, /Tabs /S and the bookmarks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  StandardFonts,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';
import type { StructNode, StructType } from '../../../src/renderers/tagged-pdf/structure.ts';
import { StructureWriter, type OutlineEntry } from '../../../src/renderers/tagged-pdf/tagging.ts';
import { readPdf, type ParsedPdf } from '../../helpers/pdf.ts';

function nodeMaker() {
  let id = 0;
  return (type: StructType, parent: StructNode | null, extra: Partial<StructNode> = {}): StructNode => ({
    id: id++,
    type,
    parent,
    ...extra,
  });
}

/** Writes a small tagged document, as the renderer would, and returns its bytes. */
async function writeTiny(
  outline: OutlineEntry[] = [
    { level: 1, title: 'Our promises', page: 0, y: 270 },
    { level: 2, title: 'Tables', page: 1, y: 280 },
  ],
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const node = nodeMaker();
  const root = node('Document', null);
  const h1 = node('H1', root);
  const p = node('P', root);
  const link = node('Link', p, { href: 'https://example.org/help', contents: 'our help page: https://example.org/help' });
  // Made before the table but drawn after it: the tree follows drawing (reading) order.
  const welsh = node('P', root, { lang: 'cy' });
  const table = node('Table', root);
  const tr = node('TR', table);
  const th = node('TH', tr, { scope: 'Column' });
  const td = node('TD', tr);
  const figure = node('Figure', root, { alt: 'A map of the county', bbox: [20, 100, 80, 160] });
  node('P', root); // Never drawn: must not appear.

  const pages = [pdf.addPage([300, 300]), pdf.addPage([300, 300])] as [PDFPage, PDFPage];
  const writer = new StructureWriter(pdf, root, pages.length);
  const text = (page: PDFPage, value: string, y: number) => () => page.drawText(value, { x: 20, y, size: 12, font });
  writer.content(pages[0], 0, h1, text(pages[0], 'Our promises', 270));
  writer.content(pages[0], 0, p, text(pages[0], 'See', 240));
  writer.content(pages[0], 0, link, text(pages[0], 'our help page', 220));
  writer.link(pages[0], 0, link, [20, 216, 100, 232]);
  writer.artifact(pages[0], () => pages[0].drawLine({ start: { x: 10, y: 200 }, end: { x: 290, y: 200 } }));
  writer.artifact(pages[0], text(pages[0], 'Page 1 of 2', 20), true);
  writer.content(pages[1], 1, th, text(pages[1], 'Service', 280));
  writer.empty(td);
  writer.content(pages[1], 1, welsh, text(pages[1], 'Croeso', 250));
  writer.content(pages[1], 1, figure, () => pages[1].drawRectangle({ x: 20, y: 100, width: 60, height: 60 }));
  writer.artifact(pages[1], text(pages[1], 'Page 2 of 2', 20), true);
  writer.finish(pages, outline);
  return pdf.save({ useObjectStreams: false });
}

/** The structure tree as written: each element's type, attributes and kids (elements, marked content, object references). */
interface Elem {
  type: string;
  parent: string;
  attributes: Record<string, string>;
  kids: (Elem | string)[];
}

function readTree(doc: PDFDocument): { root: PDFDict; document: Elem } {
  const pageRefs = doc.getPages().map((page) => page.ref.toString());
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const typeOf = (dict: PDFDict) => dict.lookup(PDFName.of('S'), PDFName).decodeText();
  const pageOf = (dict: PDFDict) => pageRefs.indexOf((dict.get(PDFName.of('Pg')) as PDFRef).toString());
  const attributes = (dict: PDFDict): Record<string, string> => {
    const shown: Record<string, string> = {};
    for (const key of ['Alt', 'Lang']) {
      const value = dict.lookup(PDFName.of(key));
      if (value instanceof PDFHexString || value instanceof PDFString) shown[key] = value.decodeText();
    }
    const a = dict.lookup(PDFName.of('A'));
    if (a instanceof PDFDict) shown['A'] = a.toString().replace(/\s+/g, ' ');
    return shown;
  };
  const elem = (dict: PDFDict): Elem => {
    const parent = dict.lookup(PDFName.of('P'), PDFDict);
    const kids = dict
      .lookup(PDFName.of('K'), PDFArray)
      .asArray()
      .map((kid): Elem | string => {
        const kidDict = doc.context.lookup(kid, PDFDict);
        const kind = kidDict.lookup(PDFName.of('Type'));
        if (kind === PDFName.of('MCR')) return `page ${pageOf(kidDict)} mcid ${kidDict.lookup(PDFName.of('MCID'), PDFNumber).asNumber()}`;
        if (kind === PDFName.of('OBJR'))
          return `page ${pageOf(kidDict)} annotation ${(kidDict.get(PDFName.of('Obj')) as PDFRef).toString()}`;
        return elem(kidDict);
      });
    return { type: typeOf(dict), parent: parent === root ? 'StructTreeRoot' : typeOf(parent), attributes: attributes(dict), kids };
  };
  return { root, document: elem(root.lookup(PDFName.of('K'), PDFDict)) };
}

/** A page's content stream as text, to read the marked-content operators. */
function contentOf(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams.map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1')).join('\n');
}

describe('StructureWriter', () => {
  let doc: PDFDocument;
  let parsed: ParsedPdf;
  let linkAnnot: PDFDict;
  let linkAnnotRef: PDFRef;
  beforeAll(async () => {
    const bytes = await writeTiny();
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
    parsed = await readPdf(bytes);
    const annots = doc.getPages()[0]?.node.Annots()?.asArray() ?? [];
    expect(annots).toHaveLength(1);
    linkAnnotRef = annots[0] as PDFRef;
    linkAnnot = doc.context.lookup(linkAnnotRef, PDFDict);
  });

  it('writes StructTreeRoot → Document → elements in drawing order, leaving out elements never drawn', () => {
    const { document } = readTree(doc);
    const annotation = `page 0 annotation ${linkAnnotRef.toString()}`;
    expect(document).toEqual({
      type: 'Document',
      parent: 'StructTreeRoot',
      attributes: {},
      kids: [
        { type: 'H1', parent: 'Document', attributes: {}, kids: ['page 0 mcid 0'] },
        {
          type: 'P',
          parent: 'Document',
          attributes: {},
          kids: [
            'page 0 mcid 1',
            {
              type: 'Link',
              parent: 'P',
              attributes: { Alt: 'our help page: https://example.org/help' },
              kids: ['page 0 mcid 2', annotation],
            },
          ],
        },
        {
          type: 'Table',
          parent: 'Document',
          attributes: {},
          kids: [
            {
              type: 'TR',
              parent: 'Table',
              attributes: {},
              kids: [
                { type: 'TH', parent: 'TR', attributes: { A: '<< /O /Table /Scope /Column >>' }, kids: ['page 1 mcid 0'] },
                // An empty cell stays in its row (PDF/UA-1 §7.5), with no content.
                { type: 'TD', parent: 'TR', attributes: {}, kids: [] },
              ],
            },
          ],
        },
        { type: 'P', parent: 'Document', attributes: { Lang: 'cy' }, kids: ['page 1 mcid 1'] },
        {
          type: 'Figure',
          parent: 'Document',
          attributes: { Alt: 'A map of the county', A: '<< /O /Layout /BBox [ 20 100 80 160 ] >>' },
          kids: ['page 1 mcid 2'],
        },
      ],
    });
  });

  it('wraps each piece of content in BDC/EMC with its type and an MCID counted per page', () => {
    const [first, second] = doc.getPages().map(contentOf);
    expect([...(first ?? '').matchAll(/\/(\w+) <<\s*\/MCID (\d+)\s*>> BDC/g)].map((match) => `${match[1]} ${match[2]}`)).toEqual([
      'H1 0',
      'P 1',
      'Link 2',
    ]);
    expect([...(second ?? '').matchAll(/\/(\w+) <<\s*\/MCID (\d+)\s*>> BDC/g)].map((match) => `${match[1]} ${match[2]}`)).toEqual([
      'TH 0',
      'P 1',
      'Figure 2',
    ]);
    for (const content of [first, second]) expect(content?.match(/\bBDC\b|\bBMC\b/g)?.length).toBe(content?.match(/\bEMC\b/g)?.length);
  });

  it('marks page furniture as artifacts: rules plainly, page numbers as pagination footers (ISO 32000-1 §14.8.2.2)', () => {
    const [first] = doc.getPages().map(contentOf);
    expect(first).toMatch(/\/Artifact BMC\s[^]*?\bS\b[^]*?EMC/);
    expect(first).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*\/Subtype \/Footer\s*>> BDC/);
    // pdf.js reads the page numbers as artifacts, everything else under its element.
    expect(parsed.pages.map((page) => page.items.map((item) => `${item.text}: ${item.tag}`))).toEqual([
      ['Our promises: H1', 'See: P', 'our help page: Link', 'Page 1 of 2: Artifact'],
      ['Service: TH', 'Croeso: P', 'Page 2 of 2: Artifact'],
    ]);
  });

  it('ties every MCID and the annotation back to its element through the ParentTree', () => {
    const { root } = readTree(doc);
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).asArray();
    const typeOf = (ref: PDFObject) => doc.context.lookup(ref, PDFDict).lookup(PDFName.of('S'), PDFName).decodeText();
    const entries: [number, string | string[]][] = [];
    for (let index = 0; index < nums.length; index += 2) {
      const key = (nums[index] as PDFNumber).asNumber();
      const value = nums[index + 1] as PDFObject;
      const array = doc.context.lookup(value);
      entries.push([key, array instanceof PDFArray ? array.asArray().map(typeOf) : typeOf(value)]);
    }
    // Keys 0 and 1 are the pages (their MCIDs in order); key 2, after the pages, is the link annotation.
    expect(entries).toEqual([
      [0, ['H1', 'P', 'Link']],
      [1, ['TH', 'P', 'Figure']],
      [2, 'Link'],
    ]);
    expect(root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber()).toBe(3);
    expect(doc.getPages().map((page) => page.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber())).toEqual([0, 1]);
    expect(linkAnnot.lookup(PDFName.of('StructParent'), PDFNumber).asNumber()).toBe(2);
  });

  it('writes the link annotation with /Contents for screen readers and a URI action (Matterhorn 28-012)', () => {
    expect(linkAnnot.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('Link'));
    expect(linkAnnot.lookup(PDFName.of('Contents'), PDFHexString).decodeText()).toBe('our help page: https://example.org/help');
    const action = linkAnnot.lookup(PDFName.of('A'), PDFDict);
    expect(action.lookup(PDFName.of('S'))).toBe(PDFName.of('URI'));
    expect(action.lookup(PDFName.of('URI'), PDFHexString).decodeText()).toBe('https://example.org/help');
    expect(
      linkAnnot
        .lookup(PDFName.of('Rect'), PDFArray)
        .asArray()
        .map((value) => (value as PDFNumber).asNumber()),
    ).toEqual([20, 216, 100, 232]);
    // Printable (F 4): the link is part of the page, not hidden furniture.
    expect(linkAnnot.lookup(PDFName.of('F'), PDFNumber).asNumber()).toBe(4);
  });

  it('marks the document tagged and makes every page tab in structure order (PDF/UA-1 §7.18.3)', () => {
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).lookup(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(doc.getPages().map((page) => page.node.lookup(PDFName.of('Tabs'))?.toString())).toEqual(['/S', '/S']);
  });

  it('reads back in pdf.js as the same structure, each page showing the elements with content on it', () => {
    expect(parsed.pages.map((page) => page.roles)).toEqual([
      ['Root', 'Document', 'H1', 'P', 'Link'],
      ['Root', 'Document', 'Table', 'TR', 'TH', 'TD', 'P', 'Figure'],
    ]);
  });

  it('writes bookmarks: the title, with the level-2 sections under it', () => {
    expect(parsed.outline).toEqual([{ title: 'Our promises', items: [{ title: 'Tables' }] }]);
    expect(doc.catalog.lookup(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });
});

describe('StructureWriter edge cases', () => {
  it('writes no bookmarks when there are none, and no annotation for a Link without an address', async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const node = nodeMaker();
    const root = node('Document', null);
    const link = node('Link', root);
    const page = pdf.addPage([100, 100]);
    const writer = new StructureWriter(pdf, root, 1);
    writer.content(page, 0, link, () => page.drawRectangle({ x: 10, y: 10, width: 10, height: 10 }));
    writer.link(page, 0, link, [10, 10, 20, 20]);
    writer.finish([page], []);
    const doc = await PDFDocument.load(await pdf.save({ useObjectStreams: false }));
    expect(doc.catalog.lookup(PDFName.of('Outlines'))).toBeUndefined();
    expect(doc.getPages()[0]?.node.Annots()?.size() ?? 0).toBe(0);
    const { root: treeRoot } = readTree(doc);
    expect(treeRoot.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber()).toBe(1);
  });
});

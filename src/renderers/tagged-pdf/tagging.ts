import {
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from './pdf-lib.ts';
import { pdfLanguage, pdfText, pdfUri } from './pdf-strings.ts';
import type { StructNode } from './structure.ts';

/**
 * Everything that makes the PDF tagged (PDF/UA-1 shape), in one place, because pdf-lib
 * writes no structure of its own (tooling-pitfalls §1.2):
 * StructTreeRoot → Document → elements in reading order; marked content with MCIDs
 * (BDC/EMC) tied back through the ParentTree; artifacts for page furniture (ISO 32000-1
 * §14.8.2.2); Link elements owning their annotations through OBJR with /Contents
 * (Matterhorn 28-012); /Tabs /S on every page; MarkInfo; outlines. (XMP with pdfuaid is
 * in metadata.ts.) Every string is written through pdf-strings.ts, never PDFString.of.
 */

/** pdf-lib's operator arguments omit dictionaries, but BDC needs an inline property list (ISO 32000-1 §14.6). */
type OperatorArg = NonNullable<Parameters<typeof PDFOperator.of>[1]>[number];

type Kid = { node: StructNode } | { page: number; mcid: number } | { annot: PDFRef; page: number };

export interface OutlineEntry {
  level: 1 | 2;
  title: string;
  page: number;
  y: number;
}

export class StructureWriter {
  private readonly kids = new Map<number, Kid[]>();
  private readonly attached = new Map<number, StructNode>();
  private readonly parentTree: StructNode[][] = [];
  private readonly annotations: { key: number; node: StructNode }[] = [];
  private readonly pdf: PDFDocument;
  private readonly pageCount: number;

  constructor(pdf: PDFDocument, root: StructNode, pageCount: number) {
    this.pdf = pdf;
    this.pageCount = pageCount;
    this.attached.set(root.id, root);
  }

  private kidsOf(node: StructNode): Kid[] {
    let list = this.kids.get(node.id);
    if (!list) {
      list = [];
      this.kids.set(node.id, list);
    }
    return list;
  }

  /** Adds a node to its parent the first time it gets content, so the tree is in drawing (= reading) order and has no empty elements. */
  private attach(node: StructNode): void {
    if (this.attached.has(node.id)) return;
    this.attached.set(node.id, node);
    if (node.parent) {
      this.attach(node.parent);
      this.kidsOf(node.parent).push({ node });
    }
  }

  /** Puts an element without content (an empty table cell) in the tree. */
  empty(node: StructNode): void {
    this.attach(node);
  }

  /** Draws real content as a marked-content sequence owned by `node`. */
  content(page: PDFPage, pageIndex: number, node: StructNode, draw: () => void): void {
    this.attach(node);
    const forPage = (this.parentTree[pageIndex] ??= []);
    const mcid = forPage.length;
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of(node.type),
        this.pdf.context.obj({ MCID: mcid }) as unknown as OperatorArg,
      ]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    forPage.push(node);
    this.kidsOf(node).push({ page: pageIndex, mcid });
  }

  /** Draws page furniture (rules, page numbers, repeated table headers) that assistive technology must skip. */
  artifact(page: PDFPage, draw: () => void, pagination = false): void {
    page.pushOperators(
      pagination
        ? PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
            PDFName.of('Artifact'),
            this.pdf.context.obj({ Type: 'Pagination', Subtype: 'Footer' }) as unknown as OperatorArg,
          ])
        : PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** A clickable area for a Link element: URI action, /Contents for screen readers, tied to the element by OBJR. */
  link(page: PDFPage, pageIndex: number, node: StructNode, rect: [number, number, number, number]): void {
    if (!node.href) return;
    this.attach(node);
    const key = this.pageCount + this.annotations.length;
    const ctx = this.pdf.context;
    const annot = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: rect,
        Border: [0, 0, 0],
        Contents: pdfText(node.contents ?? node.href),
        // The only action we write: a URI action (ISO 32000-1 §12.6.4.7), its address checked
        // and hex-encoded by pdfUri so no content can add another action (§12.6.4.16).
        A: { S: 'URI', URI: pdfUri(node.href) },
        StructParent: key,
        F: 4,
      }),
    );
    page.node.addAnnot(annot);
    this.annotations.push({ key, node });
    this.kidsOf(node).push({ annot, page: pageIndex });
  }

  /** Writes the structure tree, parent tree, page keys, MarkInfo and outlines. */
  finish(pages: readonly PDFPage[], outline: readonly OutlineEntry[]): void {
    const ctx = this.pdf.context;
    const treeRootRef = ctx.nextRef();
    const refs = new Map<number, PDFRef>();
    for (const id of this.attached.keys()) refs.set(id, ctx.nextRef());
    const refOf = (node: StructNode) => refs.get(node.id) as PDFRef;

    for (const node of this.attached.values()) {
      const kids: PDFObject[] = this.kidsOf(node).map((kid) => {
        if ('node' in kid) return refOf(kid.node);
        if ('mcid' in kid) return ctx.obj({ Type: 'MCR', Pg: (pages[kid.page] as PDFPage).ref, MCID: kid.mcid });
        return ctx.obj({ Type: 'OBJR', Obj: kid.annot, Pg: (pages[kid.page] as PDFPage).ref });
      });
      const dict = ctx.obj({ Type: 'StructElem', S: node.type, P: node.parent ? refOf(node.parent) : treeRootRef, K: kids });
      if (node.scope) dict.set(PDFName.of('A'), ctx.obj({ O: 'Table', Scope: node.scope }));
      if (node.type === 'Link' && node.contents) dict.set(PDFName.of('Alt'), pdfText(node.contents));
      if (node.alt !== undefined) dict.set(PDFName.of('Alt'), pdfText(node.alt));
      if (node.lang) dict.set(PDFName.of('Lang'), pdfLanguage(node.lang));
      if (node.bbox) dict.set(PDFName.of('A'), ctx.obj({ O: 'Layout', BBox: node.bbox }));
      ctx.assign(refOf(node), dict);
    }

    const nums: PDFObject[] = [];
    this.parentTree.forEach((nodes, pageIndex) => nums.push(PDFNumber.of(pageIndex), ctx.obj(nodes.map(refOf))));
    for (const { key, node } of this.annotations) nums.push(PDFNumber.of(key), refOf(node));
    const parentTree = ctx.register(ctx.obj({ Nums: nums }));
    const root = [...this.attached.values()].find((node) => node.parent === null) as StructNode;
    ctx.assign(
      treeRootRef,
      ctx.obj({
        Type: 'StructTreeRoot',
        K: refOf(root),
        ParentTree: parentTree,
        ParentTreeNextKey: this.pageCount + this.annotations.length,
      }),
    );

    pages.forEach((page, index) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
      // PDF/UA-1 §7.18.3: pages with annotations use structure order for tabbing.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    });
    this.pdf.catalog.set(PDFName.of('StructTreeRoot'), treeRootRef);
    this.pdf.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
    this.writeOutline(pages, outline);
  }

  /** Bookmarks: the title, with the level-2 sections under it (PDF/UA-1 §7.17 for navigation). */
  private writeOutline(pages: readonly PDFPage[], entries: readonly OutlineEntry[]): void {
    const [title, ...sections] = entries;
    if (!title) return;
    const ctx = this.pdf.context;
    const outlinesRef = ctx.nextRef();
    const titleRef = ctx.nextRef();
    const sectionRefs = sections.map(() => ctx.nextRef());
    const dest = (entry: OutlineEntry) => [(pages[entry.page] as PDFPage).ref, 'XYZ', 0, Math.round(entry.y), null];
    sections.forEach((entry, index) => {
      const dict = ctx.obj({ Title: pdfText(entry.title), Parent: titleRef, Dest: dest(entry) });
      if (index > 0) dict.set(PDFName.of('Prev'), sectionRefs[index - 1] as PDFRef);
      if (index < sections.length - 1) dict.set(PDFName.of('Next'), sectionRefs[index + 1] as PDFRef);
      ctx.assign(sectionRefs[index] as PDFRef, dict);
    });
    const titleDict = ctx.obj({ Title: pdfText(title.title), Parent: outlinesRef, Dest: dest(title) });
    if (sectionRefs.length > 0) {
      titleDict.set(PDFName.of('First'), sectionRefs[0] as PDFRef);
      titleDict.set(PDFName.of('Last'), sectionRefs.at(-1) as PDFRef);
      titleDict.set(PDFName.of('Count'), PDFNumber.of(sectionRefs.length));
    }
    ctx.assign(titleRef, titleDict);
    ctx.assign(outlinesRef, ctx.obj({ Type: 'Outlines', First: titleRef, Last: titleRef, Count: 1 + sectionRefs.length }));
    this.pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
    this.pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }
}

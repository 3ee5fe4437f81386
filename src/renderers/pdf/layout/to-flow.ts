import { assertNever } from '../../../lib/assert-never.ts';
import { formatPartialDate } from '../../../lib/format-date.ts';
import { contactRows } from '../../../model/contact-rows.ts';
import { uiLangWithin } from '../../../lib/ui-language.ts';
import { PICTURE_ATTRIBUTION } from '../../../model/pictures.ts';
import { inlineText } from '../../../model/text.ts';
import type { Block, CharterDocument, Inline, ListItem } from '../../../model/types.ts';
import type { PdfProfile } from '../profiles.ts';
import type { FlowItem, Run, StructNode, StructType, TextItem } from './types.ts';

/** What the renderer needs besides the model: where the web page is and how to ask for formats. */
export interface PdfContext {
  /** The charter's web page, printed on page 1 and in the metadata. */
  pageUrl: string;
  /** How to ask for another format: an email address and, if the charter gives one, a phone number. */
  formatRequest: { email: string; phone?: string | undefined };
}

interface Frame {
  parent: StructNode;
  indent: number;
  rules: number[];
}

/**
 * Turns the model into flow items (paragraph-like blocks with their structure nodes), in
 * reading order. Sizes come from the profile; nothing is measured yet.
 */
export function toFlow(doc: CharterDocument, profile: PdfProfile, context: PdfContext): { root: StructNode; items: FlowItem[] } {
  let nextId = 0;
  const node = (type: StructType, parent: StructNode | null, extra: Partial<StructNode> = {}): StructNode => ({ id: nextId++, type, parent, ...extra });
  const root = node('Document', null);
  // The renderer's own words (labels, notes) are English: mark them when the charter is not (PDF/UA-1 §7.2).
  const uiLang = uiLangWithin(doc.lang);
  const ui = uiLang ? { lang: uiLang } : {};
  const items: FlowItem[] = [];
  const line = profile.bodySize * profile.leading;
  const gap = { paragraph: profile.paragraphGap * line, item: profile.itemGap * line, heading: 1.25 * line };

  function runs(inlines: readonly Inline[], owner: StructNode, bold = false): Run[] {
    return inlines.flatMap((inline): Run[] => {
      switch (inline.type) {
        case 'text':
          // NFC: precomposed letters (ŵ, é) map to one glyph each; the renderer does no mark positioning.
          return [{ text: inline.value.normalize('NFC'), bold, struct: owner }];
        case 'break':
          return [{ text: ' ', bold, struct: owner }];
        case 'strong':
        case 'emphasis':
          // Emphasis is bold, never italic (UKAAF MS03; RNIB clear print).
          return runs(inline.children, owner, true);
        case 'link': {
          const text = inlineText(inline.children);
          if (inline.href.startsWith('#')) return runs(inline.children, owner, bold);
          const link = node('Link', owner, { href: inline.href, contents: `${text}: ${inline.href.replace(/^(mailto|tel):/, '')}` });
          const inner = runs(inline.children, link, bold);
          // On paper a link cannot be followed: print a web address after its words.
          const shown = /^https?:/.test(inline.href) && text !== inline.href ? [{ text: ` (${inline.href})`, bold: false, struct: link }] : [];
          return [...inner, ...shown];
        }
        default:
          return assertNever(inline, 'inline');
      }
    });
  }

  function text(frame: Frame, content: Run[], options: Partial<TextItem> = {}): void {
    items.push({ kind: 'text', runs: content, size: profile.bodySize, indent: frame.indent, spaceBefore: gap.paragraph, keepWithNext: false, rules: frame.rules, ...options });
  }

  function boxed(frame: Frame, parent: StructNode): Frame {
    return { parent, indent: frame.indent + profile.boxPadding, rules: [...frame.rules, frame.indent] };
  }

  function list(frame: Frame, listItems: readonly ListItem[], ordered: boolean, start = 1, firstGap = gap.paragraph): void {
    const l = node('L', frame.parent);
    listItems.forEach((item, index) => {
      const li = node('LI', l);
      const label = node('Lbl', li);
      const body = node('LBody', li);
      const inner: Frame = { parent: body, indent: frame.indent + profile.listIndent, rules: frame.rules };
      const marker = { text: ordered ? `${start + index}.` : '•', struct: label, indent: frame.indent };
      const [first, ...rest] = item.content;
      const spaceBefore = index === 0 ? firstGap : gap.item;
      if (first?.type === 'paragraph') {
        text(inner, runs(first.content, body), { label: marker, spaceBefore });
        blocks(inner, rest, gap.item);
      } else {
        text(inner, [], { label: marker, spaceBefore, keepWithNext: true });
        blocks(inner, item.content, gap.item);
      }
    });
  }

  function blocks(frame: Frame, content: readonly Block[], firstGap?: number): void {
    content.forEach((block, index) => {
      const spaceBefore = index === 0 && firstGap !== undefined ? firstGap : gap.paragraph;
      switch (block.type) {
        case 'heading': {
          const h = node(`H${block.level}`, frame.parent);
          text(frame, runs(block.content, h, true), {
            size: profile.headingSize[block.level],
            spaceBefore: gap.heading,
            keepWithNext: true,
            heading: { level: block.level, title: inlineText(block.content), anchor: block.id },
          });
          return;
        }
        case 'paragraph': {
          const p = node('P', frame.parent);
          text(frame, runs(block.content, p), { spaceBefore });
          return;
        }
        case 'list':
          return list(frame, block.items, block.ordered, block.start, spaceBefore);
        case 'commitments':
        case 'targets':
        case 'measures': {
          const div = node('Div', frame.parent);
          const inner = boxed(frame, div);
          const intro = node('P', div);
          text(inner, [{ text: block.intro, bold: true, struct: intro }], { spaceBefore, keepWithNext: true });
          return list(inner, block.items, false, 1, gap.item);
        }
        case 'target': {
          const div = node('Div', frame.parent);
          const inner = boxed(frame, div);
          const [first, ...rest] = block.content;
          const p = node('P', div);
          const label = { text: block.label, bold: true, struct: p };
          if (first?.type === 'paragraph') {
            text(inner, [label, { text: ' ', bold: false, struct: p }, ...runs(first.content, p)], { spaceBefore });
            return blocks(inner, rest, gap.item);
          }
          text(inner, [label], { spaceBefore, keepWithNext: true });
          return blocks(inner, block.content, gap.item);
        }
        case 'table': {
          const table = node('Table', frame.parent);
          const columns = Math.max(block.head.length, ...block.rows.map((row) => row.length));
          const width = (profile.page.width - profile.margin.left - profile.margin.right - frame.indent) / columns;
          const row = (cells: Inline[][], isHeader: boolean) => {
            const tr = node('TR', table);
            return {
              kind: 'row' as const,
              cells: cells.map((cell, column) => {
                const owner = node(isHeader ? 'TH' : 'TD', tr, isHeader ? { scope: 'Column' as const } : {});
                return { runs: runs(cell, owner, isHeader), struct: owner, x: frame.indent + column * width, width: width - profile.boxPadding };
              }),
              size: profile.bodySize,
              spaceBefore: 0,
              isHeader,
              keepWithNext: isHeader,
              rules: frame.rules,
            };
          };
          const header = row(block.head, true);
          items.push({ ...header, spaceBefore });
          for (const cells of block.rows) items.push({ ...row(cells, false), spaceBefore: gap.item, repeatHeader: header });
          return;
        }
        case 'quote': {
          const quote = node('BlockQuote', frame.parent);
          blocks(boxed(frame, quote), block.cite ? [...block.content, { type: 'paragraph', line: 0, content: [{ type: 'text', value: `– ${block.cite}` }] }] : block.content, spaceBefore);
          return;
        }
        case 'callout': {
          const div = node('Div', frame.parent);
          const inner = boxed(frame, div);
          if (block.title) {
            const title = node('P', div);
            text(inner, [{ text: block.title, bold: true, struct: title }], { spaceBefore, keepWithNext: true });
          }
          return blocks(inner, block.content, block.title ? gap.item : spaceBefore);
        }
        case 'contact':
          return contact(frame, spaceBefore);
        case 'language': {
          // Another language: its own Div with /Lang, so screen readers switch voice (PDF/UA-1 §7.2).
          const div = node('Div', frame.parent, { lang: block.lang });
          return blocks({ ...frame, parent: div }, block.content, spaceBefore);
        }
        case 'point': {
          // Picture left, sentences right (ER-6); the whole point stays on one page.
          const div = node('Div', frame.parent);
          const inner: Frame = { parent: div, indent: frame.indent + profile.picture.size + profile.picture.gap, rules: frame.rules };
          const first = items.length;
          block.content.forEach((paragraph, index) => {
            const p = node('P', div);
            text(inner, runs(paragraph.content, p), { spaceBefore: index === 0 ? spaceBefore : gap.item, keepWithNext: true });
          });
          if (block.contact) contact(inner, gap.item);
          const group = items.slice(first);
          group.forEach((item, index) => {
            item.keepWithNext = index < group.length - 1;
          });
          const [firstItem, lastItem] = [group[0], group.at(-1)];
          if (firstItem?.kind === 'text') firstItem.picture = { code: block.picture.code, size: profile.picture.size, x: frame.indent };
          if (lastItem?.kind === 'text') lastItem.endsGroup = true;
          return;
        }
        case 'glossary':
          block.terms.forEach((term, index) => {
            const p = node('P', frame.parent);
            const [first, ...rest] = term.content;
            text(frame, [{ text: `${term.word}: `, bold: true, struct: p }, ...(first ? runs(first.content, p) : [])], { spaceBefore: index === 0 ? spaceBefore : gap.paragraph });
            blocks(frame, rest, gap.item);
          });
          return;
        default:
          return assertNever(block, 'block');
      }
    });
  }

  function contact(frame: Frame, spaceBefore: number): void {
    const details = doc.meta.contact;
    if (!details) return;
    const div = node('Div', frame.parent, ui);
    const lines = [
      ...(details.team ? [{ label: '', lines: [details.team] }] : []),
      ...contactRows(details),
    ];
    lines.forEach((row, index) => {
      const p = node('P', div);
      const value = row.lines.join(', ');
      const href = 'href' in row ? row.href : undefined;
      const link = href ? node('Link', p, { href, contents: `${row.label}: ${value}` }) : undefined;
      text(frame, [
        ...(row.label ? [{ text: `${row.label}: `, bold: true, struct: p }] : []),
        { text: value, bold: !row.label, struct: link ?? p },
      ], { spaceBefore: index === 0 ? spaceBefore : gap.item });
    });
  }

  // Page 1: title, organisation, dates and how to get other formats (UKAAF G003: "title and
  // originator of the document should be at the beginning").
  const top: Frame = { parent: root, indent: 0, rules: [] };
  const h1 = node('H1', root);
  text(top, [{ text: doc.title, bold: true, struct: h1 }], { size: profile.headingSize[1], spaceBefore: 0, keepWithNext: true, heading: { level: 1, title: doc.title } });
  const org = node('P', root, doc.edition === 'easy-read' ? ui : {});
  if (doc.edition === 'easy-read') {
    text(top, [{ text: `An easy read booklet from ${doc.meta.organisation}.`, bold: true, struct: org }], { spaceBefore: gap.item });
    const tested = node('P', root, ui);
    const testedWith = doc.easyRead?.testedWith;
    text(top, [{ text: testedWith ? `People with learning disabilities checked this booklet: ${testedWith.group}, ${formatPartialDate(testedWith.date)}.` : 'People with learning disabilities have not checked this booklet yet.', bold: false, struct: tested }], { spaceBefore: gap.item });
  } else {
    text(top, [{ text: doc.meta.service ? `${doc.meta.organisation}, ${doc.meta.service}` : doc.meta.organisation, bold: true, struct: org }], { spaceBefore: gap.item });
    const dates = node('P', root, ui);
    const { lastReviewed, nextReview } = doc.meta.dates;
    text(top, [{ text: `Last reviewed: ${lastReviewed ? formatPartialDate(lastReviewed) : 'not stated'}. Next review: ${nextReview ? formatPartialDate(nextReview) : 'not stated'}.`, bold: false, struct: dates }], { spaceBefore: gap.item });
  }
  const formats = node('P', root, ui);
  const email = node('Link', formats, { href: `mailto:${context.formatRequest.email}`, contents: `Email ${context.formatRequest.email}` });
  const web = node('Link', formats, { href: context.pageUrl, contents: `Web page: ${context.pageUrl}` });
  text(top, [
    { text: doc.edition === 'easy-read' ? 'To get this booklet in another way, email ' : `This is the ${profile.label.toLowerCase()} edition. To get this charter in another format, such as easy read, Braille, audio or another language, email `, bold: false, struct: formats },
    { text: context.formatRequest.email, bold: true, struct: email },
    ...(context.formatRequest.phone ? [{ text: ' or phone ', bold: false, struct: formats }, { text: context.formatRequest.phone, bold: true, struct: formats }] : []),
    { text: '. It is also on the web at ', bold: false, struct: formats },
    { text: context.pageUrl, bold: false, struct: web },
  ], { spaceBefore: gap.paragraph });

  blocks(top, doc.blocks);

  if (doc.edition === 'easy-read') {
    // The licence of the pictures (CC BY-SA 4.0) requires attribution.
    const credit = node('P', root, ui);
    text(top, [{ text: PICTURE_ATTRIBUTION, bold: false, struct: credit }], { spaceBefore: gap.heading });
  }

  if (!doc.hasContactBlock && doc.meta.contact && doc.edition === 'full') {
    const h2 = node('H2', root, ui);
    const title = `Contact ${doc.meta.organisation}`;
    text(top, [{ text: title, bold: true, struct: h2 }], { size: profile.headingSize[2], spaceBefore: gap.heading, keepWithNext: true, heading: { level: 2, title } });
    contact(top, gap.paragraph);
  }
  return { root, items };
}

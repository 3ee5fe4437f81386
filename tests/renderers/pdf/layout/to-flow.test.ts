/**
 * The model → flow steps of the PDF renderer, one block family at a time, on tiny
 * hand-made blocks: the flow items each step makes (text, size, indent, gaps, keeps) and the
 * structure nodes that own their text (roles, attributes, parents). The whole-PDF tests
 * (../render-pdf.test.ts) read the same structure back from real bytes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PICTURE_ATTRIBUTION, pictureAttribution } from '../../../../src/model/pictures.ts';
import type { Block, CharterDocument, Inline, ListItem, ParagraphBlock } from '../../../../src/model/types.ts';
import { CharterFrontmatterSchema } from '../../../../src/schemas/charter.ts';
import { contactFlow } from '../../../../src/renderers/pdf/layout/flow/contact.ts';
import { createFlowContext, type FlowContext, type Frame } from '../../../../src/renderers/pdf/layout/flow/context.ts';
import { glossaryFlow, pointFlow } from '../../../../src/renderers/pdf/layout/flow/easy-read.ts';
import { headingFlow } from '../../../../src/renderers/pdf/layout/flow/headings.ts';
import { languageFlow } from '../../../../src/renderers/pdf/layout/flow/language.ts';
import { listFlow, promiseListFlow } from '../../../../src/renderers/pdf/layout/flow/lists.ts';
import { calloutFlow, paragraphFlow, quoteFlow } from '../../../../src/renderers/pdf/layout/flow/paragraphs.ts';
import { inlineRuns } from '../../../../src/renderers/pdf/layout/flow/runs.ts';
import { tableFlow } from '../../../../src/renderers/pdf/layout/flow/tables.ts';
import { targetFlow } from '../../../../src/renderers/pdf/layout/flow/target.ts';
import { blockFlow, blocksFlow, toFlow } from '../../../../src/renderers/pdf/layout/to-flow.ts';
import type { FlowItem, RowItem, StructNode, TextItem } from '../../../../src/renderers/pdf/layout/types.ts';
import { createMeasurer } from '../../../../src/renderers/tagged-pdf/fonts.ts';
import { linkOf } from '../../../../src/renderers/tagged-pdf/structure.ts';
import { CLEAR_PRINT, EASY_READ, LARGE_PRINT, type PdfProfile } from '../../../../src/renderers/pdf/profiles.ts';

const meta = CharterFrontmatterSchema.parse({
  title: 'Our promises',
  organisation: 'Test Council',
  service: 'Adult Care',
  language: 'en-GB',
  summary: 'What people who use adult care can expect from us.',
  audience: 'People who use adult care',
  dates: { lastReviewed: '2025-04', nextReview: '2026' },
  contact: {
    team: 'Help Team',
    phones: [{ number: '0300 123 4567' }],
    emails: [{ address: 'help@test.example', label: 'Complaints' }],
    hours: 'Monday to Friday',
  },
  card: { title: 'Promises', promises: ['One', 'Two', 'Three'], contact: 'Call us' },
  source: { title: 'Our promises', description: 'Test.' },
});

function docOf(blocks: Block[], overrides: Partial<CharterDocument> = {}): CharterDocument {
  return {
    edition: 'full',
    id: 'test',
    title: 'Our promises',
    lang: 'en-GB',
    meta,
    sections: [],
    hasContactBlock: false,
    blocks,
    ...overrides,
  };
}

/** The renderer's own measurer: the table step measures words to choose a grid or labelled rows. */
const measure = createMeasurer();
const text = (value: string): Inline => ({ type: 'text', value });
const paragraph = (value: string): Block => ({ type: 'paragraph', line: 1, content: [text(value)] });
const item = (...content: Block[]): ListItem => ({ content });

/** A flow context that records every structure node it makes, in creation order. */
function setup(
  doc = docOf([]),
  profile: PdfProfile = LARGE_PRINT,
): { ctx: FlowContext; frame: Frame; root: StructNode; created: StructNode[] } {
  const ctx = createFlowContext(doc, profile, blocksFlow, measure);
  const created: StructNode[] = [];
  const make = ctx.node;
  ctx.node = (...args) => {
    const node = make(...args);
    created.push(node);
    return node;
  };
  const root = ctx.node('Document', null);
  return { ctx, root, created, frame: { parent: root, indent: 0, rules: [] } };
}

/** The nodes as an indented outline, children in creation order, with their attributes. */
function outline(nodes: readonly StructNode[]): string {
  const attributes = (node: StructNode) =>
    [
      node.scope && `scope=${node.scope}`,
      node.lang && `lang=${node.lang}`,
      node.href && `href=${node.href}`,
      node.contents && `contents=${node.contents}`,
    ].filter(Boolean);
  const line = (node: StructNode, depth: number): string[] => {
    const shown = attributes(node);
    return [
      `${'  '.repeat(depth)}${node.type}${shown.length ? ` [${shown.join(' ')}]` : ''}`,
      ...nodes.filter((child) => child.parent === node).flatMap((child) => line(child, depth + 1)),
    ];
  };
  return nodes
    .filter((node) => node.parent === null)
    .flatMap((node) => line(node, 0))
    .join('\n');
}

const texts = (items: readonly FlowItem[]): TextItem[] =>
  items.map((entry) => {
    if (entry.kind !== 'text') throw new Error(`expected a text item, got a ${entry.kind}`);
    return entry;
  });
const plain = (entry: TextItem): string => `${entry.label ? `${entry.label.text} ` : ''}${entry.runs.map((run) => run.text).join('')}`;
const owners = (entry: TextItem): string[] => entry.runs.map((run) => run.struct.type);

const gaps = (profile: PdfProfile) => {
  const line = profile.bodySize * profile.leading;
  return { paragraph: profile.paragraphGap * line, item: profile.itemGap * line, heading: 1.25 * line };
};
const gap = gaps(LARGE_PRINT);

describe('createFlowContext', () => {
  it('takes the gaps from the profile: a blank body line between paragraphs (UKAAF), less between items', () => {
    const { ctx } = setup();
    // Large print: 18 pt at 1.4 leading is a 25.2 pt line.
    expect(ctx.gap.paragraph).toBeCloseTo(25.2);
    expect(ctx.gap.item).toBeCloseTo(0.4 * 25.2);
    expect(ctx.gap.heading).toBeCloseTo(1.25 * 25.2);
  });

  it('numbers nodes in creation order, so parents always come before their children', () => {
    const { ctx, frame, created } = setup();
    blocksFlow(ctx, frame, [
      { type: 'list', ordered: false, items: [item(paragraph('One'), { type: 'list', ordered: false, items: [item(paragraph('Two'))] })] },
    ]);
    expect(created.map((node) => node.id)).toEqual(created.map((_, index) => index));
    for (const node of created) if (node.parent) expect(node.parent.id).toBeLessThan(node.id);
  });

  it("writes the renderer's own words in Welsh for a Welsh charter and in English otherwise, marked English only in a third language (PDF/UA-1 §7.2)", () => {
    expect(setup(docOf([])).ctx).toMatchObject({ uiLanguage: 'en-GB', ui: {} });
    expect(setup(docOf([], { lang: 'cy' })).ctx).toMatchObject({ uiLanguage: 'cy-GB', ui: {} });
    expect(setup(docOf([], { lang: 'cy-GB' })).ctx).toMatchObject({ uiLanguage: 'cy-GB', ui: {} });
    expect(setup(docOf([], { lang: 'pl' })).ctx).toMatchObject({ uiLanguage: 'en-GB', ui: { lang: 'en-GB' } });
  });
});

describe('inlineRuns', () => {
  let ctx: FlowContext;
  let p: StructNode;
  let created: StructNode[];
  beforeEach(() => {
    ({ ctx, created } = setup());
    p = ctx.node('P', null);
  });

  it('makes strong and emphasis bold, never italic (UKAAF MS03)', () => {
    const runs = inlineRuns(
      ctx,
      [
        text('A '),
        { type: 'strong', children: [text('firm')] },
        text(' and '),
        { type: 'emphasis', children: [text('stressed')] },
        text(' word'),
      ],
      p,
    );
    expect(runs.map((run) => [run.text, run.bold])).toEqual([
      ['A ', false],
      ['firm', true],
      [' and ', false],
      ['stressed', true],
      [' word', false],
    ]);
    expect(runs.every((run) => run.struct === p)).toBe(true);
  });

  it("owns a link's words by a Link node with /Contents, and prints a web address after them", () => {
    const runs = inlineRuns(
      ctx,
      [text('See '), { type: 'link', href: 'https://example.org/help', children: [text('our help page')] }, text('.')],
      p,
    );
    expect(runs.map((run) => [run.text, run.struct.type, run.bold])).toEqual([
      ['See ', 'P', false],
      ['our help page', 'Link', false],
      [' (https://example.org/help)', 'Link', false],
      ['.', 'P', false],
    ]);
    const link = runs[1]?.struct;
    expect(link).toMatchObject({
      type: 'Link',
      parent: p,
      href: 'https://example.org/help',
      contents: 'our help page: https://example.org/help',
    });
    expect(runs[2]?.struct).toBe(link);
  });

  it('does not repeat an address that is the link text, and reads mailto and tel links without the scheme', () => {
    const runs = inlineRuns(
      ctx,
      [
        { type: 'link', href: 'https://example.org', children: [text('https://example.org')] },
        { type: 'link', href: 'mailto:team@example.org', children: [text('email us')] },
        { type: 'link', href: 'tel:+441865815906', children: [{ type: 'strong', children: [text('01865 815906')] }] },
      ],
      p,
    );
    expect(runs.map((run) => [run.text, run.bold])).toEqual([
      ['https://example.org', false],
      ['email us', false],
      ['01865 815906', true],
    ]);
    expect(runs.map((run) => run.struct.contents)).toEqual([
      'https://example.org: https://example.org',
      'email us: team@example.org',
      '01865 815906: +441865815906',
    ]);
  });

  it('prints a link within the page (#…) as plain text: paper has no anchors', () => {
    const runs = inlineRuns(ctx, [{ type: 'link', href: '#contact', children: [text('contact us')] }], p);
    expect(runs).toEqual([{ text: 'contact us', bold: false, struct: p }]);
    expect(created.map((node) => node.type)).toEqual(['Document', 'P']);
  });

  it('owns words in another language by a Span with /Lang, keeping their style (PDF/UA-1 §7.2)', () => {
    const runs = inlineRuns(
      ctx,
      [
        text('Wear the '),
        { type: 'language', lang: 'cy', children: [text('Iaith '), { type: 'strong', children: [text('Gwaith')] }] },
        text(' badge'),
      ],
      p,
    );
    expect(runs.map((run) => [run.text, run.struct.type, run.struct.lang, run.bold])).toEqual([
      ['Wear the ', 'P', undefined, false],
      ['Iaith ', 'Span', 'cy', false],
      ['Gwaith', 'Span', 'cy', true],
      [' badge', 'P', undefined, false],
    ]);
    expect(outline(created)).toBe('Document\nP\n  Span [lang=cy]');
    expect(runs[1]?.struct.parent).toBe(p);
  });

  it('nests Spans and Links: a Span inside a link text belongs to its Link, whose area covers it (linkOf)', () => {
    const runs = inlineRuns(
      ctx,
      [
        {
          type: 'link',
          href: 'https://example.org/cy',
          children: [
            { type: 'language', lang: 'cy', children: [text('Safonau '), { type: 'language', lang: 'en-GB', children: [text('Welsh')] }] },
          ],
        },
      ],
      p,
    );
    expect(outline(created)).toBe(
      'Document\nP\n  Link [href=https://example.org/cy contents=Safonau Welsh: https://example.org/cy]\n    Span [lang=cy]\n      Span [lang=en-GB]',
    );
    const link = created.find((node) => node.type === 'Link');
    expect(runs.map((run) => [run.text, run.struct.type, linkOf(run.struct)])).toEqual([
      ['Safonau ', 'Span', link],
      ['Welsh', 'Span', link],
      [' (https://example.org/cy)', 'Link', link],
    ]);
    expect(linkOf(p)).toBeUndefined();
    expect(linkOf(ctx.node('Span', p, { lang: 'cy' }))).toBeUndefined();
  });

  it('turns a line break into a space and composes letters to NFC (one glyph for ŵ)', () => {
    const runs = inlineRuns(ctx, [text('Mae w\u0302'), { type: 'break' }, text('yma')], p);
    expect(runs.map((run) => run.text).join('')).toBe('Mae \u0175 yma');
  });
});

describe('headingFlow', () => {
  it.each([2, 3, 4] as const)("makes an H%i, bold at its level's size, kept with what follows, with its bookmark", (level) => {
    const { ctx, frame, created } = setup();
    const [heading, ...rest] = texts(
      headingFlow(ctx, frame, {
        type: 'heading',
        line: 1,
        level,
        id: 'our-aims',
        content: [text('Our '), { type: 'emphasis', children: [text('aims')] }],
      }),
    );
    expect(rest).toEqual([]);
    expect(outline(created)).toBe(`Document\n  H${level}`);
    expect(heading).toMatchObject({
      size: LARGE_PRINT.headingSize[level],
      spaceBefore: gap.heading,
      keepWithNext: true,
      indent: 0,
      heading: { level, title: 'Our aims', anchor: 'our-aims' },
    });
    expect(heading?.runs.every((run) => run.bold && run.struct === created[1])).toBe(true);
  });

  it('always leaves a heading gap above, even as the first block of a box', () => {
    const { ctx, frame } = setup();
    const [heading] = texts(blocksFlow(ctx, frame, [{ type: 'heading', line: 1, level: 2, id: 'a', content: [text('A')] }], gap.item));
    expect(heading?.spaceBefore).toBe(gap.heading);
  });
});

describe('paragraphFlow', () => {
  it('makes one P at body size with the space it is given', () => {
    const { ctx, frame, created } = setup();
    const items = texts(paragraphFlow(ctx, frame, { type: 'paragraph', line: 1, content: [text('We will listen.')] }, 7));
    expect(outline(created)).toBe('Document\n  P');
    expect(items).toEqual([
      {
        kind: 'text',
        runs: [{ text: 'We will listen.', bold: false, struct: created[1] }],
        size: 18,
        indent: 0,
        spaceBefore: 7,
        keepWithNext: false,
        rules: [],
      },
    ]);
  });

  it('gives every block after the first a paragraph gap', () => {
    const { ctx, frame } = setup();
    expect(blocksFlow(ctx, frame, [paragraph('One'), paragraph('Two'), paragraph('Three')], 3).map((entry) => entry.spaceBefore)).toEqual([
      3,
      gap.paragraph,
      gap.paragraph,
    ]);
    expect(blocksFlow(ctx, frame, [paragraph('One')])[0]?.spaceBefore).toBe(gap.paragraph);
  });
});

describe('quoteFlow and calloutFlow', () => {
  it('boxes a quotation as a BlockQuote, its speaker last as "– name"', () => {
    const { ctx, frame, created } = setup();
    const items = texts(
      quoteFlow(ctx, { ...frame, indent: 5 }, { type: 'quote', cite: 'A carer', content: [paragraph('Treat me as a person.')] }, 9),
    );
    expect(outline(created)).toBe('Document\n  BlockQuote\n    P\n    P');
    expect(items.map(plain)).toEqual(['Treat me as a person.', '– A carer']);
    // Inside the box: indented by the padding, with a rule at the box's left edge.
    expect(items.map((entry) => [entry.indent, entry.rules, entry.spaceBefore])).toEqual([
      [5 + LARGE_PRINT.boxPadding, [5], 9],
      [5 + LARGE_PRINT.boxPadding, [5], gap.paragraph],
    ]);
  });

  it('makes a callout a boxed Div whose bold title is kept with its text', () => {
    const { ctx, frame, created } = setup();
    const items = texts(
      calloutFlow(
        ctx,
        frame,
        { type: 'callout', title: 'Please note', content: [paragraph('Offices close at 5.'), paragraph('Call first.')] },
        9,
      ),
    );
    expect(outline(created)).toBe('Document\n  Div\n    P\n    P\n    P');
    expect(items.map((entry) => [plain(entry), entry.keepWithNext, entry.spaceBefore, entry.runs[0]?.bold])).toEqual([
      ['Please note', true, 9, true],
      ['Offices close at 5.', false, gap.item, false],
      ['Call first.', false, gap.paragraph, false],
    ]);
    expect(items.every((entry) => entry.rules.length === 1 && entry.indent === LARGE_PRINT.boxPadding)).toBe(true);
  });

  it("gives an untitled callout's first paragraph the callout's space", () => {
    const { ctx, frame, created } = setup();
    const items = calloutFlow(ctx, frame, { type: 'callout', content: [paragraph('Just this.')] }, 9);
    expect(outline(created)).toBe('Document\n  Div\n    P');
    expect(items.map((entry) => entry.spaceBefore)).toEqual([9]);
  });

  it('nests boxes: each adds its padding and its own rule', () => {
    const { ctx, frame } = setup();
    const [inner] = texts(calloutFlow(ctx, frame, { type: 'callout', content: [{ type: 'quote', content: [paragraph('Deep.')] }] }, 0));
    expect(inner).toMatchObject({ indent: 2 * LARGE_PRINT.boxPadding, rules: [0, LARGE_PRINT.boxPadding] });
  });
});

describe('listFlow', () => {
  it('makes L → LI → Lbl + LBody, the bullet a hanging label owned by Lbl', () => {
    const { ctx, frame, created } = setup();
    const items = texts(
      listFlow(ctx, frame, { type: 'list', ordered: false, items: [item(paragraph('Tea')), item(paragraph('Coffee'))] }, 11),
    );
    expect(outline(created)).toBe('Document\n  L\n    LI\n      Lbl\n      LBody\n    LI\n      Lbl\n      LBody');
    expect(items.map(plain)).toEqual(['• Tea', '• Coffee']);
    expect(items.map((entry) => [entry.label?.struct.type, owners(entry), entry.indent, entry.label?.indent, entry.spaceBefore])).toEqual([
      ['Lbl', ['LBody'], LARGE_PRINT.listIndent, 0, 11],
      ['Lbl', ['LBody'], LARGE_PRINT.listIndent, 0, gap.item],
    ]);
  });

  it('numbers an ordered list from its start', () => {
    const { ctx, frame } = setup();
    const items = texts(
      listFlow(ctx, frame, { type: 'list', ordered: true, start: 3, items: [item(paragraph('Three')), item(paragraph('Four'))] }, 0),
    );
    expect(items.map(plain)).toEqual(['3. Three', '4. Four']);
  });

  it("nests a list inside the item's LBody, one list indent further in", () => {
    const { ctx, frame, created } = setup();
    const items = texts(
      listFlow(
        ctx,
        frame,
        {
          type: 'list',
          ordered: false,
          items: [item(paragraph('Outer'), { type: 'list', ordered: true, items: [item(paragraph('Inner'))] })],
        },
        0,
      ),
    );
    expect(outline(created)).toBe(
      'Document\n  L\n    LI\n      Lbl\n      LBody\n        L\n          LI\n            Lbl\n            LBody',
    );
    expect(items.map((entry) => [plain(entry), entry.indent, entry.label?.indent, entry.spaceBefore])).toEqual([
      ['• Outer', LARGE_PRINT.listIndent, 0, 0],
      ['1. Inner', 2 * LARGE_PRINT.listIndent, LARGE_PRINT.listIndent, gap.item],
    ]);
  });

  it('gives an item that does not start with a paragraph an empty labelled line, kept with its content', () => {
    const { ctx, frame } = setup();
    const items = texts(
      listFlow(
        ctx,
        frame,
        { type: 'list', ordered: false, items: [item({ type: 'list', ordered: false, items: [item(paragraph('Only child'))] })] },
        0,
      ),
    );
    expect(items.map((entry) => [plain(entry), entry.keepWithNext])).toEqual([
      ['• ', true],
      ['• Only child', false],
    ]);
  });
});

describe('promiseListFlow', () => {
  it.each(['commitments', 'targets', 'measures'] as const)('boxes %s as a Div: the bold intro P kept with a bulleted L', (type) => {
    const { ctx, frame, created } = setup();
    const items = texts(
      promiseListFlow(ctx, frame, { type, intro: 'We will:', items: [item(paragraph('Listen.')), item(paragraph('Act.'))] }, 13),
    );
    expect(outline(created)).toBe(
      'Document\n  Div\n    P\n    L\n      LI\n        Lbl\n        LBody\n      LI\n        Lbl\n        LBody',
    );
    expect(items.map((entry) => [plain(entry), entry.keepWithNext, entry.spaceBefore, entry.indent])).toEqual([
      ['We will:', true, 13, LARGE_PRINT.boxPadding],
      ['• Listen.', false, gap.item, LARGE_PRINT.boxPadding + LARGE_PRINT.listIndent],
      ['• Act.', false, gap.item, LARGE_PRINT.boxPadding + LARGE_PRINT.listIndent],
    ]);
    expect(items[0]?.runs).toEqual([{ text: 'We will:', bold: true, struct: created[2] }]);
    expect(items.every((entry) => entry.rules.join() === '0')).toBe(true);
  });
});

describe('targetFlow', () => {
  it("starts the target's first P with its bold label", () => {
    const { ctx, frame, created } = setup();
    const items = texts(
      targetFlow(
        ctx,
        frame,
        { type: 'target', label: 'Target 1:', content: [paragraph('Answer letters in 5 days.'), paragraph('Most of them.')] },
        4,
      ),
    );
    expect(outline(created)).toBe('Document\n  Div\n    P\n    P');
    expect(items[0]?.runs.map((run) => [run.text, run.bold, run.struct.type])).toEqual([
      ['Target 1:', true, 'P'],
      [' ', false, 'P'],
      ['Answer letters in 5 days.', false, 'P'],
    ]);
    expect(items.map((entry) => [entry.spaceBefore, entry.indent])).toEqual([
      [4, LARGE_PRINT.boxPadding],
      [gap.item, LARGE_PRINT.boxPadding],
    ]);
  });

  it('keeps a label alone with the list that follows it', () => {
    const { ctx, frame, created } = setup();
    const items = texts(
      targetFlow(
        ctx,
        frame,
        { type: 'target', label: 'Target 2:', content: [{ type: 'list', ordered: false, items: [item(paragraph('By tomorrow.'))] }] },
        4,
      ),
    );
    expect(outline(created)).toBe('Document\n  Div\n    P\n    L\n      LI\n        Lbl\n        LBody');
    expect(items.map((entry) => [plain(entry), entry.keepWithNext, entry.spaceBefore])).toEqual([
      ['Target 2:', true, 4],
      ['• By tomorrow.', false, gap.item],
    ]);
  });
});

describe('tableFlow', () => {
  const table: Block = {
    type: 'table',
    head: [[text('Service')], [text('Target')]],
    rows: [
      [[text('Letters')], [text('5 days')]],
      [[text('Calls')], [{ type: 'strong', children: [text('5 rings')] }]],
    ],
  };

  it('makes Table → TR → TH (Scope Column) / TD, one row item per row', () => {
    const { ctx, frame, created } = setup();
    blocksFlow(ctx, frame, [table]);
    expect(outline(created)).toBe(
      'Document\n  Table\n    TR\n      TH [scope=Column]\n      TH [scope=Column]\n    TR\n      TD\n      TD\n    TR\n      TD\n      TD',
    );
  });

  it('keeps the bold header row with the first row, and hands it to every row to repeat on a new page', () => {
    const { ctx, frame } = setup();
    const [header, ...rows] = tableFlow(ctx, frame, table as Extract<Block, { type: 'table' }>, 8) as RowItem[];
    expect(header).toMatchObject({ kind: 'row', isHeader: true, keepWithNext: true, spaceBefore: 8, size: 18 });
    expect(header?.cells.map((cell) => cell.runs.map((run) => [run.text, run.bold, run.struct.type]))).toEqual([
      [['Service', true, 'TH']],
      [['Target', true, 'TH']],
    ]);
    expect(rows.map((row) => [row.isHeader, row.keepWithNext, row.spaceBefore])).toEqual([
      [false, false, gap.item],
      [false, false, gap.item],
    ]);
    expect(rows.map((row) => row.cells.map((cell) => cell.runs.map((run) => `${run.text}${run.bold ? '*' : ''}`).join('')))).toEqual([
      ['Letters', '5 days'],
      ['Calls', '5 rings*'],
    ]);
    for (const row of rows) expect(row.repeatHeader).toEqual({ ...header, spaceBefore: 0 });
  });

  it('shares the line between the columns, the widest row deciding their number', () => {
    const { ctx } = setup();
    const frame: Frame = { parent: ctx.node('Document', null), indent: 10, rules: [0] };
    const [header, row] = tableFlow(
      ctx,
      frame,
      { type: 'table', head: [[text('A')], [text('B')]], rows: [[[text('1')], [text('2')], [text('3')]]] },
      0,
    ) as RowItem[];
    const width = (LARGE_PRINT.page.width - LARGE_PRINT.margin.left - LARGE_PRINT.margin.right - 10) / 3;
    expect(row?.cells.map((cell) => [cell.x, cell.width])).toEqual(
      [0, 1, 2].map((column) => [10 + column * width, width - LARGE_PRINT.boxPadding]),
    );
    expect(header?.cells).toHaveLength(2);
    expect(row?.rules).toEqual([0]);
  });

  /** A council's response targets: four columns, a header word too long for a quarter of the line at 14 or 18 pt. */
  const targets: Extract<Block, { type: 'table' }> = {
    type: 'table',
    head: [[text('Type of contact')], [text('Acknowledgement')], [text('Full response')], [text('Who responds')]],
    rows: [
      [[text('Letter')], [text('3 working days')], [text('10 working days')], [text('The service manager')]],
      [[text('Complaint')], [text('2 working days')], [text('')], [{ type: 'strong', children: [text('Complaints team')] }]],
    ],
  };

  it.each([LARGE_PRINT, CLEAR_PRINT])(
    'sets a table whose columns are too narrow for a word as labelled rows, tagged as a list (%s)',
    (profile) => {
      const { ctx, frame, created } = setup(docOf([]), profile);
      const items = texts(tableFlow(ctx, frame, targets, 8));
      expect(outline(created)).toBe(
        [
          'Document',
          '  L',
          '    LI',
          '      Lbl',
          '      LBody',
          '        P',
          '        P',
          '        P',
          '    LI',
          '      Lbl',
          '      LBody',
          '        P',
          '        P',
        ].join('\n'),
      );
      expect(items.map((entry) => entry.runs.map((run) => `${run.text}${run.bold ? '*' : ''}`).join('|'))).toEqual([
        'Letter*',
        'Acknowledgement*|: *|3 working days',
        'Full response*|: *|10 working days',
        'Who responds*|: *|The service manager',
        'Complaint*',
        'Acknowledgement*|: *|2 working days',
        // The empty cell gets no line; the value keeps its own bold.
        'Who responds*|: *|Complaints team*',
      ]);
      expect(items.map((entry) => owners(entry).at(-1))).toEqual(['Lbl', 'P', 'P', 'P', 'Lbl', 'P', 'P']);
      const gap = gaps(profile);
      expect(items.map((entry) => [entry.indent, entry.spaceBefore, entry.keepWithNext])).toEqual([
        [0, 8, true],
        [profile.listIndent, gap.item, true],
        [profile.listIndent, gap.item, true],
        [profile.listIndent, gap.item, false],
        [0, gap.paragraph, true],
        [profile.listIndent, gap.item, true],
        [profile.listIndent, gap.item, false],
      ]);
    },
  );

  it('keeps the grid for the same words when there are few enough columns for them', () => {
    const { ctx, frame } = setup();
    const narrow = { ...targets, head: targets.head.slice(0, 2), rows: targets.rows.map((row) => row.slice(0, 2)) };
    expect(tableFlow(ctx, frame, narrow, 0).map((entry) => entry.kind)).toEqual(['row', 'row', 'row']);
  });

  it('measures words in bold for the header row, as it is drawn', () => {
    // An indent that leaves each of three columns between the word's regular and bold widths.
    const { ctx } = setup(docOf([]), CLEAR_PRINT);
    const { page, margin, bodySize, boxPadding } = CLEAR_PRINT;
    const between = (ctx.measure.width('Acknowledgement', false, bodySize) + ctx.measure.width('Acknowledgement', true, bodySize)) / 2;
    const frame: Frame = {
      parent: ctx.node('Document', null),
      indent: page.width - margin.left - margin.right - 3 * (between + boxPadding),
      rules: [],
    };
    const cell = [[text('Acknowledgement')], [text('B')], [text('C')]];
    const asBody = tableFlow(ctx, frame, { type: 'table', head: [[text('A')], [text('B')], [text('C')]], rows: [cell] }, 0);
    const asHead = tableFlow(ctx, frame, { type: 'table', head: cell, rows: [[[text('A')], [text('B')], [text('C')]]] }, 0);
    expect([asBody[0]?.kind, asHead[0]?.kind]).toEqual(['row', 'text']);
  });
});

describe('contactFlow', () => {
  it('writes a Div of one P per row: the team in bold, then labelled rows, dialable ones as Links', () => {
    const { ctx, frame, created } = setup();
    const items = texts(contactFlow(ctx, frame, 6));
    expect(outline(created)).toBe(
      [
        'Document',
        '  Div',
        '    P',
        '    P',
        '      Link [href=tel:+443001234567 contents=Phone: 0300 123 4567]',
        '    P',
        '      Link [href=mailto:help@test.example contents=Email (Complaints): help@test.example]',
        '    P',
      ].join('\n'),
    );
    expect(items.map(plain)).toEqual([
      'Help Team',
      'Phone: 0300 123 4567',
      'Email (Complaints): help@test.example',
      'Opening hours: Monday to Friday',
    ]);
    expect(items.map((entry) => entry.runs.map((run) => [run.bold, run.struct.type]))).toEqual([
      [[true, 'P']],
      [
        [true, 'P'],
        [false, 'Link'],
      ],
      [
        [true, 'P'],
        [false, 'Link'],
      ],
      [
        [true, 'P'],
        [false, 'P'],
      ],
    ]);
    expect(items.map((entry) => entry.spaceBefore)).toEqual([6, gap.item, gap.item, gap.item]);
  });

  it('labels the rows in Welsh in a Welsh charter, with no language mark', () => {
    const welsh = setup(docOf([], { lang: 'cy-GB' }));
    const items = texts(contactFlow(welsh.ctx, welsh.frame, 0));
    expect(welsh.created[1]).toEqual(expect.objectContaining({ type: 'Div' }));
    expect(welsh.created[1]?.lang).toBeUndefined();
    expect(items.map(plain)).toEqual([
      'Help Team',
      'Ffôn: 0300 123 4567',
      'E-bost (Complaints): help@test.example',
      'Oriau agor: Monday to Friday',
    ]);
    expect(items[1]?.runs.map((run) => [run.text, run.bold, run.struct.type])).toEqual([
      ['Ffôn: ', true, 'P'],
      ['0300 123 4567', false, 'Link'],
    ]);
    expect(welsh.created.find((node) => node.type === 'Link')?.contents).toBe('Ffôn: 0300 123 4567');
  });

  it('marks the labels English in a charter in a third language, and writes nothing without contact details', () => {
    const polish = setup(docOf([], { lang: 'pl' }));
    contactFlow(polish.ctx, polish.frame, 0);
    expect(polish.created[1]).toMatchObject({ type: 'Div', lang: 'en-GB' });
    const { contact: _omitted, ...withoutContact } = meta;
    const none = setup(docOf([], { meta: withoutContact }));
    expect(contactFlow(none.ctx, none.frame, 0)).toEqual([]);
    expect(none.created.map((node) => node.type)).toEqual(['Document']);
  });
});

describe('languageFlow', () => {
  it('puts a passage in another language in a Div with /Lang, neither boxed nor indented', () => {
    const { ctx, frame, created } = setup();
    const items = texts(
      languageFlow(
        ctx,
        { ...frame, indent: 3 },
        {
          type: 'language',
          lang: 'cy',
          content: [{ type: 'heading', line: 1, level: 3, id: 'cymraeg', content: [text('Yn Gymraeg')] }, paragraph('Byddwn yn ateb.')],
        },
        5,
      ),
    );
    expect(outline(created)).toBe('Document\n  Div [lang=cy]\n    H3\n    P');
    expect(items.map((entry) => [plain(entry), entry.indent, entry.rules, entry.spaceBefore])).toEqual([
      ['Yn Gymraeg', 3, [], gap.heading],
      ['Byddwn yn ateb.', 3, [], gap.paragraph],
    ]);
  });
});

describe('pointFlow and glossaryFlow (easy read)', () => {
  const picture = { name: 'telephone', code: '260E' };

  it("puts a point's sentences right of its picture, kept together on one page", () => {
    const { ctx, frame, created } = setup(docOf([], { edition: 'easy-read' }), EASY_READ);
    const items = texts(
      pointFlow(
        ctx,
        frame,
        {
          type: 'point',
          line: 1,
          picture,
          contact: false,
          content: [
            { type: 'paragraph', line: 1, content: [text('We will listen.')] },
            { type: 'paragraph', line: 2, content: [text('We will help.')] },
          ],
        },
        12,
      ),
    );
    expect(outline(created)).toBe('Document\n  Div\n    P\n    P');
    const easyGap = gaps(EASY_READ);
    expect(items.map((entry) => [plain(entry), entry.indent, entry.keepWithNext, entry.spaceBefore, entry.endsGroup ?? false])).toEqual([
      ['We will listen.', EASY_READ.picture.size + EASY_READ.picture.gap, true, 12, false],
      ['We will help.', EASY_READ.picture.size + EASY_READ.picture.gap, false, easyGap.item, true],
    ]);
    // The picture is drawn beside the first sentence only, at the frame's left edge.
    expect(items.map((entry) => entry.picture)).toEqual([{ code: '260E', size: EASY_READ.picture.size, x: 0 }, undefined]);
    // The last sentence is kept whole, so no line of the point starts the next page.
    expect(items.map((entry) => entry.keepTogether ?? false)).toEqual([false, true]);
  });

  it("adds the contact details to a contact point's group, the last row ending it", () => {
    const { ctx, frame, created } = setup(docOf([], { edition: 'easy-read' }), EASY_READ);
    const items = texts(
      pointFlow(
        ctx,
        frame,
        { type: 'point', line: 1, picture, contact: true, content: [{ type: 'paragraph', line: 1, content: [text('Call us.')] }] },
        0,
      ),
    );
    expect(created.map((node) => `${node.type}<${node.parent?.type ?? ''}`)).toEqual([
      'Document<',
      'Div<Document',
      'P<Div',
      'Div<Div',
      'P<Div',
      'P<Div',
      'Link<P',
      'P<Div',
      'Link<P',
      'P<Div',
    ]);
    expect(items.map(plain)).toEqual([
      'Call us.',
      'Help Team',
      'Phone: 0300 123 4567',
      // An easy-read edition keeps the plain label for the only email: the charter's label is not easy read.
      'Email: help@test.example',
      'Opening hours: Monday to Friday',
    ]);
    expect(items.map((entry) => entry.keepWithNext)).toEqual([true, true, true, true, false]);
    expect(items.map((entry) => entry.endsGroup ?? false)).toEqual([false, false, false, false, true]);
    expect(items.every((entry) => entry.indent === EASY_READ.picture.size + EASY_READ.picture.gap)).toBe(true);
  });

  it('writes each glossary term as one P: the word in bold, then its meaning', () => {
    const { ctx, frame, created } = setup(docOf([], { edition: 'easy-read' }), EASY_READ);
    const items = texts(
      glossaryFlow(
        ctx,
        frame,
        {
          type: 'glossary',
          line: 1,
          terms: [
            {
              word: 'Advocate',
              line: 2,
              content: [
                { type: 'paragraph', line: 2, content: [text('Someone who speaks up for you.')] },
                { type: 'paragraph', line: 3, content: [text('They are on your side.')] },
              ],
            },
            {
              word: 'Dignity',
              line: 4,
              content: [{ type: 'paragraph', line: 4, content: [text('Being treated as a person who matters.')] }],
            },
          ],
        },
        2,
      ),
    );
    expect(outline(created)).toBe('Document\n  P\n  P\n  P');
    const easyGap = gaps(EASY_READ);
    expect(items.map((entry) => [plain(entry), entry.runs[0]?.bold, entry.spaceBefore])).toEqual([
      ['Advocate: Someone who speaks up for you.', true, 2],
      ['They are on your side.', false, easyGap.item],
      ['Dignity: Being treated as a person who matters.', true, easyGap.paragraph],
    ]);
  });
});

describe('blockFlow', () => {
  it('fails loudly on a block type it does not know', () => {
    const { ctx, frame } = setup();
    expect(() => blockFlow(ctx, frame, { type: 'chart' } as unknown as Block, 0)).toThrow('Unhandled block: {"type":"chart"}');
  });

  it('dispatches every block family to a step that makes at least one item', () => {
    const { ctx, frame } = setup();
    const blocks: Block[] = [
      { type: 'heading', line: 1, level: 2, id: 'h', content: [text('H')] },
      paragraph('P'),
      { type: 'list', ordered: false, items: [item(paragraph('L'))] },
      { type: 'table', head: [[text('T')]], rows: [] },
      { type: 'quote', content: [paragraph('Q')] },
      { type: 'callout', content: [paragraph('C')] },
      { type: 'commitments', intro: 'We will:', items: [] },
      { type: 'targets', intro: 'Targets:', items: [] },
      { type: 'measures', intro: 'Measures:', items: [] },
      { type: 'target', label: 'T1', content: [] },
      { type: 'contact' },
      { type: 'language', lang: 'cy', content: [paragraph('Cy')] },
      {
        type: 'point',
        line: 1,
        picture: { name: 'telephone', code: '260E' },
        contact: false,
        content: [{ type: 'paragraph', line: 1, content: [text('Pt')] }],
      },
      { type: 'glossary', line: 1, terms: [{ word: 'W', line: 1, content: [] }] },
    ];
    for (const block of blocks) expect(blockFlow(ctx, frame, block, 0).length, block.type).toBeGreaterThan(0);
  });
});

describe('toFlow', () => {
  const context = {
    pageUrl: 'https://charters.example.org/charters/test/',
    formatRequest: { email: 'formats@test.example', phone: '0300 765 4321' },
  };
  const allNodes = (items: readonly FlowItem[]): StructNode[] => {
    const found = new Map<number, StructNode>();
    const add = (node: StructNode | null) => {
      for (let at = node; at && !found.has(at.id); at = at.parent) found.set(at.id, at);
    };
    for (const entry of items) {
      if (entry.kind === 'text') entry.runs.forEach((run) => add(run.struct));
      else entry.cells.forEach((cell) => add(cell.struct));
      if (entry.kind === 'text' && entry.label) add(entry.label.struct);
    }
    return [...found.values()].sort((a, b) => a.id - b.id);
  };

  it('starts page 1 with the title, the organisation, the dates and how to get other formats (UKAAF G003)', () => {
    const { root, items } = toFlow(docOf([paragraph('Body.')], { hasContactBlock: true }), LARGE_PRINT, context, measure);
    expect(root).toEqual({ id: 0, type: 'Document', parent: null });
    const [title, organisation, dates, formats, body, ...rest] = texts(items);
    expect(rest).toEqual([]);
    expect(title).toMatchObject({
      size: LARGE_PRINT.headingSize[1],
      spaceBefore: 0,
      keepWithNext: true,
      heading: { level: 1, title: 'Our promises' },
    });
    expect(title?.runs).toEqual([{ text: 'Our promises', bold: true, struct: expect.objectContaining({ type: 'H1', parent: root }) }]);
    expect([organisation, dates, formats, body].map((entry) => entry && plain(entry))).toEqual([
      'Test Council, Adult Care',
      'Last reviewed: April 2025. Next review: 2026.',
      'This is the large print edition. To get this charter in another format, such as easy read, Braille, audio or another language, email formats@test.example or phone 0300 765 4321. It is also on the web at https://charters.example.org/charters/test/',
      'Body.',
    ]);
    expect([organisation, dates, formats, body].map((entry) => entry?.spaceBefore)).toEqual([
      gap.item,
      gap.item,
      gap.paragraph,
      gap.paragraph,
    ]);
    expect(formats?.runs.map((run) => [run.text, run.bold, run.struct.type])).toEqual([
      [expect.stringMatching(/email $/), false, 'P'],
      ['formats@test.example', true, 'Link'],
      [' or phone ', false, 'P'],
      ['0300 765 4321', true, 'P'],
      ['. It is also on the web at ', false, 'P'],
      ['https://charters.example.org/charters/test/', false, 'Link'],
    ]);
    expect(outline(allNodes(items))).toBe(
      [
        'Document',
        '  H1',
        '  P',
        '  P',
        '  P',
        '    Link [href=mailto:formats@test.example contents=Email formats@test.example]',
        '    Link [href=https://charters.example.org/charters/test/ contents=Web page: https://charters.example.org/charters/test/]',
        '  P',
      ].join('\n'),
    );
  });

  it('says "not stated in the charter" for missing review dates, as the page does', () => {
    const { items } = toFlow(docOf([], { hasContactBlock: true, meta: { ...meta, dates: {} } }), LARGE_PRINT, context, measure);
    expect(texts(items).map(plain)).toContain('Last reviewed: Not stated in the charter. Next review: Not stated in the charter.');
  });

  it('ends a charter that does not place its contact details with a "Contact …" H2 and the details', () => {
    const { items } = toFlow(docOf([paragraph('Body.')]), LARGE_PRINT, context, measure);
    const tail = texts(items).slice(4);
    expect(tail.map(plain)).toEqual([
      'Body.',
      'Contact Test Council',
      'Help Team',
      'Phone: 0300 123 4567',
      'Email (Complaints): help@test.example',
      'Opening hours: Monday to Friday',
    ]);
    expect(tail[1]).toMatchObject({
      size: LARGE_PRINT.headingSize[2],
      keepWithNext: true,
      spaceBefore: gap.heading,
      heading: { level: 2, title: 'Contact Test Council' },
    });
    expect(tail[2]?.spaceBefore).toBe(gap.paragraph);
    expect(tail[1]?.runs[0]?.struct.type).toBe('H2');
  });

  it('marks every sentence of its own as English in a charter in a third language, and nothing else', () => {
    const { items } = toFlow(docOf([paragraph('Witamy.')], { lang: 'pl' }), LARGE_PRINT, context, measure);
    const english = allNodes(items)
      .filter((node) => node.lang === 'en-GB')
      .map((node) => node.type);
    // The dates, the formats paragraph, the closing contact heading and the contact Div.
    expect(english).toEqual(['P', 'P', 'H2', 'Div']);
    const byText = new Map(texts(items).map((entry) => [plain(entry), entry.runs[0]?.struct]));
    expect(byText.get('Witamy.')?.lang).toBeUndefined();
    expect(byText.get('Test Council, Adult Care')?.lang).toBeUndefined();
    expect(byText.get('Last reviewed: April 2025. Next review: 2026.')?.lang).toBe('en-GB');
  });

  it('writes page 1 and the closing contact section of a Welsh charter in Welsh, with no language marks', () => {
    const { items } = toFlow(docOf([paragraph('Croeso.')], { lang: 'cy-GB' }), LARGE_PRINT, context, measure);
    expect(allNodes(items).filter((node) => node.lang)).toEqual([]);
    expect(texts(items).map(plain)).toEqual([
      'Our promises',
      'Test Council, Adult Care',
      'Adolygwyd ddiwethaf: Ebrill 2025. Adolygiad nesaf: 2026.',
      "Dyma'r argraffiad print bras. I gael y siarter hon mewn fformat arall, fel fersiwn hawdd ei ddeall, Braille, sain neu iaith arall, anfonwch e-bost at formats@test.example neu ffoniwch 0300 765 4321. Mae hefyd ar gael ar y we yn https://charters.example.org/charters/test/",
      'Croeso.',
      'Manylion cyswllt Test Council',
      'Help Team',
      'Ffôn: 0300 123 4567',
      'E-bost (Complaints): help@test.example',
      'Oriau agor: Monday to Friday',
    ]);
    const formats = texts(items)[3];
    expect(formats?.runs.map((run) => [run.text, run.bold, run.struct.type])).toEqual([
      [expect.stringMatching(/anfonwch e-bost at $/), false, 'P'],
      ['formats@test.example', true, 'Link'],
      [' neu ffoniwch ', false, 'P'],
      ['0300 765 4321', true, 'P'],
      ['. Mae hefyd ar gael ar y we yn ', false, 'P'],
      ['https://charters.example.org/charters/test/', false, 'Link'],
    ]);
    expect(allNodes(items).flatMap((node) => (node.type === 'Link' && node.contents ? [node.contents] : []))).toEqual([
      'Anfon e-bost at formats@test.example',
      'Tudalen we: https://charters.example.org/charters/test/',
      'Ffôn: 0300 123 4567',
      'E-bost (Complaints): help@test.example',
    ]);
  });

  it('leaves out the phone from the formats sentence when none is given, in either language', () => {
    const byEmail = { ...context, formatRequest: { email: 'formats@test.example' } };
    const english = texts(toFlow(docOf([], { hasContactBlock: true }), LARGE_PRINT, byEmail, measure).items).map(plain);
    expect(english[3]).toBe(
      'This is the large print edition. To get this charter in another format, such as easy read, Braille, audio or another language, email formats@test.example. It is also on the web at https://charters.example.org/charters/test/',
    );
    const welsh = texts(toFlow(docOf([], { hasContactBlock: true, lang: 'cy' }), CLEAR_PRINT, byEmail, measure).items).map(plain);
    expect(welsh[3]).toBe(
      "Dyma'r argraffiad print clir. I gael y siarter hon mewn fformat arall, fel fersiwn hawdd ei ddeall, Braille, sain neu iaith arall, anfonwch e-bost at formats@test.example. Mae hefyd ar gael ar y we yn https://charters.example.org/charters/test/",
    );
  });

  it('gives an easy-read booklet a cover (title, picture, who it is from) and a back page (contact, formats, check, credit)', () => {
    const listen: ParagraphBlock = { type: 'paragraph', line: 2, content: [text('We listen.')] };
    const point: Block = { type: 'point', line: 2, picture: { name: 'telephone', code: '260E' }, content: [listen], contact: false };
    const doc = docOf([{ type: 'heading', line: 1, level: 2, id: 'about', content: [text('About')] }, point], {
      edition: 'easy-read',
      title: 'Our promises: easy read',
    });
    const { items } = toFlow(doc, EASY_READ, context, measure);
    const shown = texts(items);
    expect(shown.map(plain)).toEqual([
      // The cover: nothing but the title and who it is from (and the picture, above the second).
      'Our promises: easy read',
      'An easy read booklet from Test Council.',
      // The text, from page 2.
      'About',
      'We listen.',
      // The back page: the contact details, how to get other formats and the web address, the check, the credit.
      'Contact Test Council',
      'Help Team',
      'Phone: 0300 123 4567',
      'Email: help@test.example',
      'Opening hours: Monday to Friday',
      'To get this booklet in another way, email formats@test.example or phone 0300 765 4321. It is also on the web at https://charters.example.org/charters/test/',
      'People with learning disabilities have not checked this booklet yet.',
      PICTURE_ATTRIBUTION,
    ]);
    // The cover picture is the first point's, large, above who it is from; the cover ends there.
    expect(shown[1]?.pictureAbove).toEqual({
      code: '260E',
      size: EASY_READ.picture.cover,
      minSize: EASY_READ.picture.size,
      x: 0,
      gap: gaps(EASY_READ).heading,
    });
    expect(shown.map((entry) => entry.breakBefore ?? false)).toEqual([
      false,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    // The contact heading is an H2 in the bookmarks; the check is kept with the credit, so the credit never stands alone.
    expect(shown[4]).toMatchObject({ heading: { level: 2, title: 'Contact Test Council' }, keepWithNext: true });
    expect(shown.at(-2)?.keepWithNext).toBe(true);
    expect(shown.at(-1)?.spaceBefore).toBe(gaps(EASY_READ).heading);
  });

  it('starts an easy-read back page with the formats when the charter gives no contact details', () => {
    const doc = docOf([paragraph('Body.')], { edition: 'easy-read', meta: { ...meta, contact: undefined } });
    const shown = texts(toFlow(doc, EASY_READ, context, measure).items);
    expect(shown.map(plain).slice(2, 4)).toEqual([
      'Body.',
      'To get this booklet in another way, email formats@test.example or phone 0300 765 4321. It is also on the web at https://charters.example.org/charters/test/',
    ]);
    expect(shown[3]?.breakBefore).toBe(true);
    // No point, no cover picture: the cover is the title and who it is from.
    expect(shown[1]?.pictureAbove).toBeUndefined();
  });

  it("names the readers' group that checked an easy-read booklet", () => {
    const easyRead = {
      charter: 'test',
      title: 'Our promises: easy read',
      language: 'en-GB',
      summary: 'What we promise you.',
      testedWith: { group: 'Speak Up Group', date: '2025-03' },
    };
    const doc = docOf([], { edition: 'easy-read', easyRead });
    const shown = texts(toFlow(doc, EASY_READ, context, measure).items).map(plain);
    expect(shown.at(-2)).toBe('People with learning disabilities checked this booklet: Speak Up Group, March 2025.');
  });

  it("writes a Welsh easy-read booklet's cover, back page and pictures' credit in Welsh", () => {
    const easyRead = {
      charter: 'test',
      title: 'Ein haddewidion: hawdd ei ddeall',
      language: 'cy-GB',
      summary: 'Beth rydym yn ei addo i chi.',
      testedWith: { group: 'Grŵp Llais', date: '2025-03' },
    };
    const doc = docOf([], { edition: 'easy-read', lang: 'cy-GB', title: easyRead.title, easyRead });
    const { items } = toFlow(doc, EASY_READ, context, measure);
    expect(texts(items).map(plain)).toEqual([
      'Ein haddewidion: hawdd ei ddeall',
      'Test Council sy’n cyhoeddi’r llyfryn hawdd ei ddeall hwn.',
      'Manylion cyswllt Test Council',
      'Help Team',
      'Ffôn: 0300 123 4567',
      'E-bost: help@test.example',
      'Oriau agor: Monday to Friday',
      'I gael y llyfryn hwn mewn ffordd arall, anfonwch e-bost at formats@test.example neu ffoniwch 0300 765 4321. Mae hefyd ar gael ar y we yn https://charters.example.org/charters/test/',
      "Mae pobl ag anabledd dysgu wedi gwirio'r llyfryn hwn: Grŵp Llais, Mawrth 2025.",
      pictureAttribution('cy-GB'),
    ]);
    expect(pictureAttribution('cy-GB')).toMatch(/^Lluniau gan OpenMoji/);
  });
});

import { readFileSync } from 'node:fs';
import satori from 'satori';
import { fontPath } from '../../lib/fonts.ts';
import { undrawableCharacters, UndrawableTextError } from '../../lib/glyph-coverage.ts';
import { protectSpaces } from '../../lib/keep-together.ts';
import type { CardContent } from '../../model/card-content.ts';
import { CARD_COLOURS, type CardProfile } from './profiles.ts';

export type CardSide = 'front' | 'back';

/** Text that does not fit the card. satori clips silently, so the renderer measures and fails. */
export class CardOverflowError extends Error {
  readonly card: string;
  readonly field: string;
  readonly overflowMm: number;

  constructor(card: string, field: string, overflowMm: number, profile: CardProfile) {
    super(
      `${card}: the ${profile.label.toLowerCase()} does not fit: "${field}" runs ${overflowMm.toFixed(1)} mm past the safe area even at ${profile.fontSize.min} pt. Shorten the card text in the charter's card: block (fewer or shorter promises).`,
    );
    this.name = 'CardOverflowError';
    this.card = card;
    this.field = field;
    this.overflowMm = overflowMm;
  }
}

// One fonts array for every render: satori caches parsed fonts by this array.
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function cardFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Atkinson Hyperlegible Next',
    data: readFileSync(fontPath(weight)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

export interface Element {
  type: string;
  key?: string;
  props: { style?: Record<string, unknown>; children?: (Element | string)[] | string };
}
export const el = (type: string, style: Record<string, unknown>, children: (Element | string)[] | string, key?: string): Element => ({
  type,
  ...(key ? { key } : {}),
  props: { style, children },
});

/**
 * One line of text on a card side: `key` names its laid-out box, `label` names the field in
 * overflow messages. The bilingual card (bilingual.ts) lays out the same rows.
 */
export interface CardField {
  key: string;
  label: string;
  text: string;
  bold?: boolean;
  bullet?: boolean;
  accent?: boolean;
  title?: boolean;
  /** Extra space above the row: where a block in another language starts. */
  gapBefore?: boolean;
}

/** Keys name the card's fields in overflow messages. */
function fieldsOf(content: CardContent, side: CardSide): CardField[] {
  if (side === 'front') {
    return [
      { key: 'title', label: 'card.title', text: content.front.title, bold: true, title: true },
      { key: 'organisation', label: 'organisation', text: content.front.organisation },
      ...content.front.promises.map((text, index) => ({
        key: `promise-${index + 1}`,
        label: `card.promises[${index}]`,
        text,
        bullet: true,
      })),
    ];
  }
  return [
    { key: 'heading', label: 'back heading', text: content.back.heading, bold: true, title: true, accent: true },
    // No contact line when the charter gives none and its channels say how to get in touch.
    ...(content.back.contact === undefined ? [] : [{ key: 'contact', label: 'card.contact', text: content.back.contact, bold: true }]),
    ...content.back.channels.map((text, index) => ({ key: `channel-${index + 1}`, label: `contact channel "${text}"`, text })),
    { key: 'formats', label: 'formats line', text: content.back.formats },
  ];
}

/** One field as a row of the side's column, at body size `size` (titles scaled by the profile). */
export function fieldRow(field: CardField, side: CardSide, profile: CardProfile, size: number): Element {
  const colours = CARD_COLOURS[side];
  const style = {
    display: 'flex',
    fontSize: field.title ? size * profile.titleScale : size,
    fontWeight: field.bold ? 700 : 400,
    lineHeight: profile.lineHeight,
    color: field.accent && side === 'back' ? CARD_COLOURS.back.heading : colours.text,
    marginBottom: field.title ? size * 0.25 : size * 0.1,
    wordBreak: 'break-word',
    ...(field.gapBefore ? { marginTop: size * 0.5 } : {}),
  };
  // Phone numbers, dates and times never break across lines (UKAAF).
  const text = protectSpaces(field.text);
  if (!field.bullet) return el('div', style, text, field.key);
  // A hanging bullet keeps wrapped promise lines aligned.
  return el(
    'div',
    { ...style, flexDirection: 'row' },
    [el('div', { width: size * 0.9, flexShrink: 0 }, '•'), el('div', { flex: 1, display: 'flex' }, text)],
    field.key,
  );
}

/** The side's background: a padded column the rows stack in. */
export function sideColumn(side: CardSide, pad: number, width: number, height: number, rows: Element[]): Element {
  return el(
    'div',
    {
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      padding: pad,
      backgroundColor: CARD_COLOURS[side].background,
      fontFamily: 'Atkinson Hyperlegible Next',
    },
    rows,
  );
}

/** The satori element tree of one side (exported for the benchmark's bare reference render). */
export function cardTree(
  content: CardContent,
  side: CardSide,
  profile: CardProfile,
  size: number,
  pad: number,
  width: number,
  height: number,
): Element {
  const rows = fieldsOf(content, side).map((field) => fieldRow(field, side, profile, size));
  return sideColumn(side, pad, width, height, rows);
}

const TOLERANCE = 0.25;

export interface LaidNode {
  key?: string | number;
  top: number;
  height: number;
  left: number;
  width: number;
}

/**
 * One side of a card as SVG, in pt. With `bleed`, the background runs past the trim on every
 * side and the text sits the bleed plus the safe margin inside. Starts at the profile's
 * target size and steps down to its floor; text still past the safe area is an error.
 */
export function renderCardSvg(content: CardContent, side: CardSide, profile: CardProfile, options: { bleed: boolean }): Promise<CardSvg> {
  // The web PNG and the A4 sheet lay out the same side: do it once. Same input, same output.
  const key = `${JSON.stringify(content)}|${side}|${profile.id}|${options.bleed}`;
  let laidOut = svgCache.get(key);
  if (!laidOut) {
    laidOut = layOutCard(content, side, profile, options);
    svgCache.set(key, laidOut);
  }
  return laidOut;
}

export interface CardSvg {
  svg: string;
  width: number;
  height: number;
  /** The body text size the side was laid out at (titles are scaled from it). */
  fontSize: number;
  /** Each field's laid-out box by key, in the SVG's units (pt, top-left origin). */
  boxes: Map<string, LaidNode>;
}

const svgCache = new Map<string, Promise<CardSvg>>();

function layOutCard(content: CardContent, side: CardSide, profile: CardProfile, options: { bleed: boolean }): Promise<CardSvg> {
  return layOutSide({
    id: content.id,
    side,
    profile,
    bleed: options.bleed,
    fields: fieldsOf(content, side),
    tree: (size, pad, width, height) => cardTree(content, side, profile, size, pad, width, height),
  });
}

/**
 * Lays out one side with satori, starting at the profile's target size and stepping every
 * field down together to its floor; text still past the safe area is a CardOverflowError
 * naming the card (`id`) and the field that runs over most.
 */
export async function layOutSide(input: {
  id: string;
  side: CardSide;
  profile: CardProfile;
  bleed: boolean;
  fields: readonly CardField[];
  tree: (size: number, pad: number, width: number, height: number) => Element;
}): Promise<CardSvg> {
  const { id, side, profile, fields } = input;
  const bleed = input.bleed ? profile.bleed : 0;
  const width = profile.trim.width + 2 * bleed;
  const height = profile.trim.height + 2 * bleed;
  const pad = bleed + profile.safe;
  // satori draws a missing glyph as an empty box without a word: refuse before laying out.
  const undrawable = undrawableCharacters(fields.map((field) => field.text).join('\n'));
  if (undrawable.length > 0) throw new UndrawableTextError(`${id}: the ${side} of the ${profile.label.toLowerCase()}`, undrawable);
  let worst: { field: string; overflow: number } = { field: '', overflow: 0 };
  for (let size = profile.fontSize.target; size >= profile.fontSize.min; size -= 1) {
    const nodes: LaidNode[] = [];
    const svg = await satori(input.tree(size, pad, width, height) as never, {
      width,
      height,
      fonts: cardFonts(),
      onNodeDetected: (node) => nodes.push(node),
    });
    worst = { field: '', overflow: 0 };
    const boxes = new Map<string, LaidNode>();
    for (const node of nodes) {
      const field = fields.find((f) => f.key === node.key);
      if (!field) continue;
      boxes.set(field.key, node);
      const overflow = Math.max(node.top + node.height - (height - pad), node.left + node.width - (width - pad));
      if (overflow > worst.overflow) worst = { field: field.label, overflow };
    }
    // satori's boxes are fractional; a quarter point (0.09 mm) is well inside any printer's tolerance.
    if (worst.overflow <= TOLERANCE) return { svg, width, height, fontSize: size, boxes };
  }
  throw new CardOverflowError(id, worst.field, (worst.overflow * 25.4) / 72, profile);
}

import { BoundedMap } from '../../lib/bounded-map.ts';
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { fontPath } from '../../lib/fonts.ts';
import { undrawableCharacters, UndrawableTextError } from '../../lib/glyph-coverage.ts';
import { protectSpaces } from '../../lib/keep-together.ts';
import type { CardContent } from '../../model/card-content.ts';
import { addressLines } from './address-lines.ts';
import { CARD_COLOURS, type CardProfile } from './profiles.ts';
import { qrPath, qrSymbol, quietZone } from './qr.ts';

export type CardSide = 'front' | 'back';

/** Text that does not fit the card. satori clips silently, so the renderer measures and fails. */
export class CardOverflowError extends Error {
  readonly card: string;
  readonly field: string;
  readonly overflowMm: number;
  /** True when the field is wider than the card (a piece that cannot break), not only too low on it. */
  readonly wide: boolean;

  constructor(card: string, field: string, overflowMm: number, profile: CardProfile, wide = false) {
    super(
      `${card}: the ${profile.label.toLowerCase()} does not fit: "${field}" runs ${overflowMm.toFixed(1)} mm past the safe area even at ${profile.fontSize.min} pt. Shorten the card text in the charter's card: block (fewer or shorter promises).`,
    );
    this.name = 'CardOverflowError';
    this.card = card;
    this.field = field;
    this.overflowMm = overflowMm;
    this.wide = wide;
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
  /** A web or email address inside `text`: broken into lines only between its pieces (address-lines.ts). */
  address?: string;
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
    ...backRows(content),
  ];
}

/** The address row's name in overflow messages (card-fit.ts gives its own fix for it). */
export const ADDRESS_LABEL = 'web address';

/** An email address in a row's text: set in pieces like the web address, so it breaks after its "@", not inside a word. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The back's rows below the heading, each email address in them kept in pieces. */
function backRows(content: CardContent): CardField[] {
  const rows: CardField[] = [
    // No contact line when the charter gives none and its channels say how to get in touch.
    ...(content.back.contact === undefined ? [] : [{ key: 'contact', label: 'card.contact', text: content.back.contact, bold: true }]),
    ...content.back.channels.map((text, index) => ({ key: `channel-${index + 1}`, label: `contact channel "${text}"`, text })),
    { key: 'formats', label: 'formats line', text: content.back.formats },
  ];
  const withEmails = rows.map((row) => {
    const email = EMAIL.exec(row.text)?.[0];
    return email ? { ...row, address: email } : row;
  });
  const { address } = content.back;
  return address ? [...withEmails, { key: 'address', label: ADDRESS_LABEL, text: address.line, address: address.address }] : withEmails;
}

/**
 * A row holding an address, in the lines addressLines breaks it into (satori breaks a word
 * anywhere when it must, which would split an address inside). Each line box is as wide as
 * its text (flex-start, not stretched to the column), so a line still too wide shows as
 * overflow, like any text.
 */
function addressRow(field: CardField & { address: string }, style: Record<string, unknown>, size: number, lineWidth: number): Element {
  const lines = addressLines(field.text, field.address, { size, lineWidth, bold: field.bold ?? false });
  return el(
    'div',
    { ...style, flexDirection: 'column' },
    lines.map((text, index) => el('div', { whiteSpace: 'nowrap', alignSelf: 'flex-start' }, text, `${field.key}.${index}`)),
    field.key,
  );
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
  if (field.address !== undefined) {
    const rowSize = field.title ? size * profile.titleScale : size;
    return addressRow({ ...field, address: field.address }, style, rowSize, profile.trim.width - 2 * profile.safe);
  }
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

/** Room for a QR code below the rows: its side, and the space above it (at least the symbol's quiet zone). */
export interface QrBox {
  side: number;
  gap: number;
}

/** The satori element tree of one side (exported for the benchmark's bare reference render); `qr` leaves room for the code. */
export function cardTree(
  content: CardContent,
  side: CardSide,
  profile: CardProfile,
  size: number,
  pad: number,
  width: number,
  height: number,
  qr?: QrBox,
): Element {
  const rows = fieldsOf(content, side).map((field) => fieldRow(field, side, profile, size));
  // The code is drawn into this box after layout (satori draws no paths of its own).
  if (qr) rows.push(el('div', { width: qr.side, height: qr.side, flexShrink: 0, marginTop: qr.gap }, '', QR_KEY));
  return sideColumn(side, pad, width, height, rows);
}

const QR_KEY = 'qr';

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
  const key = `${JSON.stringify(content)}|${side}|${JSON.stringify(profile)}|${options.bleed}`;
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
  /** The QR code's path data (also drawn last in `svg`), when the side has one: print PDFs draw it as an artifact. */
  qr?: { d: string; box: LaidNode };
  /** True when the back had no room for the web address (layOutCard). */
  addressLeftOut?: boolean;
}

// A charter's sides in each profile (wallet, bleed, A6, sheet), laid out once while its files are rendered together.
const svgCache = new BoundedMap<string, Promise<CardSvg>>(64);

/**
 * Lays out one side. A back whose words leave no room for the web address even at the floor
 * (a long fallback contact on a wallet card, say) goes without it: the address is on the web
 * page and the large-print card, and a card that fits its own words must not fail the build
 * for it. An address wider than the card (a long folder name) is still an error. `cardAsDrawn`
 * gives the words such a card carries, for its alt texts.
 */
async function layOutCard(content: CardContent, side: CardSide, profile: CardProfile, options: { bleed: boolean }): Promise<CardSvg> {
  try {
    return await layOutWords(content, side, profile, options);
  } catch (error) {
    const { address: _address, ...back } = content.back;
    // An address wider than the card is the folder name's fault, not the words above it: reported (card-fit.ts).
    if (!(error instanceof CardOverflowError) || side !== 'back' || !content.back.address || (error.wide && error.field === ADDRESS_LABEL))
      throw error;
    return { ...(await layOutWords({ ...content, back }, side, profile, options)), addressLeftOut: true };
  }
}

/**
 * The card's words as a profile draws them: without the web address where its back has no
 * room for it (layOutCard). Asked of the layout the file draws (`bleed` for print PDFs), so
 * the alt text matches the artwork and the side is not laid out a second time just to ask.
 */
export async function cardAsDrawn(content: CardContent, profile: CardProfile, options = { bleed: false }): Promise<CardContent> {
  if (!content.back.address || !(await renderCardSvg(content, 'back', profile, options)).addressLeftOut) return content;
  const { address: _address, ...back } = content.back;
  return { ...content, back };
}

/**
 * Proves a side fits, as renderCardSvg would find, with fewer layouts: laid out once at the
 * profile's floor without a QR code. If that fits, the step-down from the target size
 * (layOutSide) would stop at that size or above, so the card fits; only a side that does not
 * fit there is laid out in full, for its exact error (or a larger size that fits after all).
 * The content check proves every card of a register this way (issue 17: most of a large-print
 * back's six layouts were the size search and the code).
 */
export async function proveCardFits(content: CardContent, side: CardSide, profile: CardProfile): Promise<void> {
  const atFloor: CardProfile = { ...profile, fontSize: { target: profile.fontSize.min, min: profile.fontSize.min } };
  const { qr: _qr, ...withoutCode } = atFloor;
  try {
    await layOutWords(content, side, withoutCode, { bleed: false });
    return;
  } catch (error) {
    if (!(error instanceof CardOverflowError)) throw error;
  }
  await renderCardSvg(content, side, profile, { bleed: false });
}

function layOutWords(content: CardContent, side: CardSide, profile: CardProfile, options: { bleed: boolean }): Promise<CardSvg> {
  const url = side === 'back' ? content.back.address?.url : undefined;
  return layOutSide({
    id: content.id,
    side,
    profile,
    bleed: options.bleed,
    fields: fieldsOf(content, side),
    ...(url && profile.qr ? { qr: { url, ...profile.qr } } : {}),
    tree: (size, pad, width, height, qr) => cardTree(content, side, profile, size, pad, width, height, qr),
  });
}

/** The field a laid-out node draws: its own row, or a piece of it (key "<field>.<n>"). */
function fieldOf(fields: readonly CardField[], key: string | number | undefined): CardField | undefined {
  if (key === undefined) return undefined;
  const name = String(key);
  return (
    fields.find((field) => field.key === name) ?? fields.find((field) => field.address !== undefined && name.startsWith(`${field.key}.`))
  );
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
  /** A QR code to `url` below the rows, as the profile's `qr` says (CardProfile). */
  qr?: { url: string; min: number; max: number; makeRoom: boolean };
  tree: (size: number, pad: number, width: number, height: number, qr?: QrBox) => Element;
}): Promise<CardSvg> {
  const { id, side, profile, fields } = input;
  const bleed = input.bleed ? profile.bleed : 0;
  const width = profile.trim.width + 2 * bleed;
  const height = profile.trim.height + 2 * bleed;
  const pad = bleed + profile.safe;
  // satori draws a missing glyph as an empty box without a word: refuse before laying out.
  const undrawable = undrawableCharacters(fields.map((field) => field.text).join('\n'));
  if (undrawable.length > 0) throw new UndrawableTextError(`${id}: the ${side} of the ${profile.label.toLowerCase()}`, undrawable);
  const symbol = input.qr ? qrSymbol(input.qr.url) : undefined;

  /** One layout: the worst overflow of any field, and the code's box if it has one. */
  const layOut = async (size: number, qr?: QrBox) => {
    const nodes: LaidNode[] = [];
    const svg = await satori(input.tree(size, pad, width, height, qr) as never, {
      width,
      height,
      fonts: cardFonts(),
      onNodeDetected: (node) => nodes.push(node),
    });
    const across = (node: LaidNode) => node.left + node.width - (width - pad);
    const overflowOf = (node: LaidNode) => Math.max(node.top + node.height - (height - pad), across(node));
    let worst = { field: '', overflow: 0, wide: false };
    const boxes = new Map<string, LaidNode>();
    let code: LaidNode | undefined;
    for (const node of nodes) {
      if (qr && node.key === QR_KEY) code = node;
      const field = fieldOf(fields, node.key);
      if (!field) continue;
      if (field.key === node.key) boxes.set(field.key, node);
      const overflow = overflowOf(node);
      if (overflow > worst.overflow) worst = { field: field.label, overflow, wide: across(node) > TOLERANCE };
    }
    if (code && overflowOf(code) > worst.overflow) worst = { field: 'QR code', overflow: overflowOf(code), wide: false };
    const bottom = Math.max(0, ...[...boxes.values()].map((box) => box.top + box.height));
    // satori's boxes are fractional; a quarter point (0.09 mm) is well inside any printer's tolerance.
    return { svg, boxes, worst, code, bottom, fits: worst.overflow <= TOLERANCE };
  };
  const plain = new Map<number, ReturnType<typeof layOut>>();
  const withoutCode = (size: number) => {
    if (!plain.has(size)) plain.set(size, layOut(size));
    return plain.get(size)!;
  };
  /** The side at `size` with the largest code the room below its text holds, or undefined if less than the minimum. */
  const withCode = async (size: number, bottom: number): Promise<CardSvg | undefined> => {
    if (!symbol || !input.qr) return undefined;
    const gap = Math.max(size * 0.5, quietZone(symbol, input.qr.max));
    // The last row's bottom margin (a tenth of the size) and a quarter point to spare.
    const room = Math.floor((height - pad - bottom - gap - size * 0.1 - TOLERANCE) * 10) / 10;
    if (room < input.qr.min) return undefined;
    const laid = await layOut(size, { side: Math.min(room, input.qr.max), gap });
    if (!laid.fits || !laid.code) return undefined;
    const d = qrPath(symbol, laid.code.left, laid.code.top, laid.code.width);
    const svg = laid.svg.replace(/<\/svg>\s*$/, `<path d="${d}" fill="${CARD_COLOURS.back.text}"/></svg>`);
    return { svg, width, height, fontSize: size, boxes: laid.boxes, qr: { d, box: laid.code } };
  };
  const sizes: number[] = [];
  for (let size = profile.fontSize.target; size >= profile.fontSize.min; size -= 1) sizes.push(size);
  // Where the profile makes room for the code, the text steps down until it fits beside the words.
  if (input.qr?.makeRoom) {
    for (const size of sizes) {
      const laid = await withoutCode(size);
      const drawn = laid.fits ? await withCode(size, laid.bottom) : undefined;
      if (drawn) return drawn;
    }
  }
  // Otherwise text size comes first: the code is drawn only where it fits at the size the words get.
  let worst = { field: '', overflow: 0, wide: false };
  for (const size of sizes) {
    const laid = await withoutCode(size);
    if (laid.fits) return (await withCode(size, laid.bottom)) ?? { svg: laid.svg, width, height, fontSize: size, boxes: laid.boxes };
    worst = laid.worst;
  }
  throw new CardOverflowError(id, worst.field, (worst.overflow * 25.4) / 72, profile, worst.wide);
}

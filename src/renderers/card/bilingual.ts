import { BoundedMap } from '../../lib/bounded-map.ts';
import type { BilingualCardContent } from '../../model/bilingual-card.ts';
import { BILINGUAL_CARD, CARD_COLOURS, type CardProfile } from './profiles.ts';
import type { Shape } from './svg-to-pdf.ts';
import { el, fieldRow, layOutSide, sideColumn, type CardField, type CardSide, type CardSvg, type Element } from './to-svg.ts';

/** Which language a row is in: the site's first, its second, or both (the channels, given once). */
export type CardOwner = 'first' | 'second' | 'shared';

interface OwnedField extends CardField {
  owner: CardOwner;
}

/**
 * The rows of one side. Front: title, organisation and promises in the first language, a
 * rule, then the same in the second. Back: each language's heading and contact line, the
 * channels once, then each language's formats line. Every row has the same body size, so
 * neither language is smaller (Welsh Language Standards); keys say whose row it is.
 */
function bilingualFields(content: BilingualCardContent, side: CardSide): OwnedField[] {
  const languages = [
    ['first', content.first],
    ['second', content.second],
  ] as const;
  if (side === 'front') {
    return languages.flatMap(([owner, card]): OwnedField[] => [
      { owner, key: `${owner}.title`, label: `card.title (${card.lang})`, text: card.front.title, bold: true, title: true },
      { owner, key: `${owner}.organisation`, label: `organisation (${card.lang})`, text: card.front.organisation },
      ...card.front.promises.map((text, index) => ({
        owner,
        key: `${owner}.promise-${index + 1}`,
        label: `card.promises[${index}] (${card.lang})`,
        text,
        bullet: true,
      })),
    ]);
  }
  return [
    ...languages.flatMap(([owner, card], index): OwnedField[] => [
      {
        owner,
        key: `${owner}.heading`,
        label: `back heading (${card.lang})`,
        text: card.back.heading,
        bold: true,
        title: true,
        accent: true,
        gapBefore: index > 0,
      },
      ...(card.back.contact === undefined
        ? []
        : [{ owner, key: `${owner}.contact`, label: `card.contact (${card.lang})`, text: card.back.contact, bold: true }]),
    ]),
    ...content.channels.map((text, index): OwnedField => ({
      owner: 'shared',
      key: `shared.channel-${index + 1}`,
      label: `contact channel "${text}"`,
      text,
      gapBefore: index === 0,
    })),
    ...languages.map(([owner, card], index): OwnedField => ({
      owner,
      key: `${owner}.formats`,
      label: `formats line (${card.lang})`,
      text: card.back.formats,
      gapBefore: index === 0,
    })),
  ];
}

function bilingualTree(
  fields: readonly OwnedField[],
  side: CardSide,
  profile: CardProfile,
  size: number,
  pad: number,
  width: number,
  height: number,
): Element {
  const rows: Element[] = [];
  for (const [index, field] of fields.entries()) {
    // On the front a rule parts the two languages (page furniture: an artifact in the PDF).
    if (side === 'front' && field.owner === 'second' && fields[index - 1]?.owner === 'first')
      rows.push(
        el(
          'div',
          { height: 1.5, flexShrink: 0, backgroundColor: CARD_COLOURS.front.text, marginTop: size * 0.4, marginBottom: size * 0.5 },
          '',
          'rule',
        ),
      );
    rows.push(fieldRow(field, side, profile, size));
  }
  return sideColumn(side, pad, width, height, rows);
}

export interface BilingualCardSvg extends CardSvg {
  /** Whose each laid-out row is, by key. */
  owners: Map<string, CardOwner>;
}

const cache = new BoundedMap<string, Promise<BilingualCardSvg>>(32);

/**
 * One side of the bilingual card as SVG, in pt: both languages step down together from the
 * profile's target size to its floor, so they are always the same size; text still past the
 * safe area is a CardOverflowError naming the first-language charter and the row.
 */
export function renderBilingualCardSvg(
  content: BilingualCardContent,
  side: CardSide,
  options: { bleed: boolean },
  profile: CardProfile = BILINGUAL_CARD,
): Promise<BilingualCardSvg> {
  const key = `${JSON.stringify(content)}|${side}|${profile.id}|${options.bleed}`;
  let laidOut = cache.get(key);
  if (!laidOut) {
    const fields = bilingualFields(content, side);
    laidOut = layOutSide({
      id: content.id,
      side,
      profile,
      bleed: options.bleed,
      fields,
      tree: (size, pad, width, height) => bilingualTree(fields, side, profile, size, pad, width, height),
    }).then((svg) => ({ ...svg, owners: new Map(fields.map((field) => [field.key, field.owner])) }));
    cache.set(key, laidOut);
  }
  return laidOut;
}

/** The vertical extent of a path: satori writes outlined text with absolute M, L, Q and C commands only. */
function pathRows(d: string): { top: number; bottom: number } {
  const numbers = (d.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const ys = numbers.filter((_value, index) => index % 2 === 1);
  return { top: Math.min(...ys), bottom: Math.max(...ys) };
}

/**
 * The side's shapes by whose words they draw, for tagging: rects (the background and the
 * rule) are page furniture; each text path belongs to the row whose laid-out box holds its
 * middle (the nearest row if a descender strays).
 */
export function shapesByOwner(laid: BilingualCardSvg, shapes: readonly Shape[]): Record<CardOwner | 'artifact', Shape[]> {
  const parts: Record<CardOwner | 'artifact', Shape[]> = { artifact: [], first: [], second: [], shared: [] };
  const rows = [...laid.boxes].map(([key, box]) => ({
    owner: laid.owners.get(key) ?? 'shared',
    top: box.top,
    bottom: box.top + box.height,
  }));
  for (const shape of shapes) {
    if (shape.kind === 'rect') {
      parts.artifact.push(shape);
      continue;
    }
    const { top, bottom } = pathRows(shape.d);
    const middle = (top + bottom) / 2;
    const distance = (row: (typeof rows)[number]) => (middle < row.top ? row.top - middle : middle > row.bottom ? middle - row.bottom : 0);
    const nearest = rows.reduce((best, row) => (distance(row) < distance(best) ? row : best));
    parts[nearest.owner].push(shape);
  }
  return parts;
}

/** The box around one owner's rows, [left, top, right, bottom] in the SVG's units, or undefined if it has none. */
export function ownerBox(laid: BilingualCardSvg, owners: readonly CardOwner[]): [number, number, number, number] | undefined {
  const boxes = [...laid.boxes].filter(([key]) => owners.includes(laid.owners.get(key) ?? 'shared')).map(([, box]) => box);
  if (boxes.length === 0) return undefined;
  return [
    Math.min(...boxes.map((box) => box.left)),
    Math.min(...boxes.map((box) => box.top)),
    Math.max(...boxes.map((box) => box.left + box.width)),
    Math.max(...boxes.map((box) => box.top + box.height)),
  ];
}

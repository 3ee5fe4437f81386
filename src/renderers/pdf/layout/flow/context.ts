import { translator, uiLanguageFor, type MessageKey, type MessageParams, type UiLanguage } from '../../../../i18n/index.ts';
import { uiLangWithin } from '../../../../lib/ui-language.ts';
import type { StandingNotice } from '../../../../model/standing.ts';
import type { Block, CharterDocument } from '../../../../model/types.ts';
import type { PdfProfile } from '../../profiles.ts';
import type { Measurer } from '../../../tagged-pdf/measure.ts';
import type { FlowItem, Run, StructNode, StructType, TextItem } from '../types.ts';

/** What the renderer needs besides the model: where the web page is and how to ask for formats. */
export interface PdfContext {
  /** The charter's web page, printed on page 1 and in the metadata. */
  pageUrl: string;
  /** How to ask for another format: an email address and, if the charter gives one, a phone number. */
  formatRequest: { email: string; phone?: string | undefined };
  /** The charter's standing notice (overdue, under review, superseded, withdrawn), printed after the title; none when current. */
  notice?: StandingNotice | undefined;
}

/** Where a block is placed: the structure node it belongs to, its left edge and the boxes' rules around it. */
export interface Frame {
  parent: StructNode;
  /** Left edge of the text, from the content box's left, in pt. */
  indent: number;
  /** Left rules (x positions) of the boxes this block is inside. */
  rules: number[];
}

/** Lays out a run of blocks (the dispatcher in ../to-flow.ts): container steps call it for their children. */
export type BlocksStep = (frame: Frame, content: readonly Block[], firstGap?: number) => FlowItem[];

/**
 * Shared by every step of one `toFlow` call: the document, the profile, the spacing, and the
 * counter that numbers structure nodes in creation order.
 */
export interface FlowContext {
  doc: CharterDocument;
  profile: PdfProfile;
  /** Vertical gaps in pt, from the profile's body line height. */
  gap: { paragraph: number; item: number; heading: number };
  /** The language of the renderer's own words: Welsh for a Welsh charter, English for any other (`uiLanguageFor`). */
  uiLanguage: UiLanguage;
  /** The renderer's own words in `uiLanguage`. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Extra node fields for the renderer's own words: `lang` when they are not in the charter's language. */
  ui: { lang?: string };
  /** Makes a structure node with the next id. */
  node: (type: StructType, parent: StructNode | null, extra?: Partial<StructNode>) => StructNode;
  /** Lays out nested blocks (list items, boxes, passages). */
  blocks: BlocksStep;
  /** Text widths, for the few choices that depend on them (a table too narrow for its words is set as labelled rows). */
  measure: Measurer;
}

/**
 * Creates the context of one flow. `blocks` is the dispatcher, passed in so the block-family
 * steps never import it (no import cycle between the dispatcher and the steps it calls).
 */
export function createFlowContext(
  doc: CharterDocument,
  profile: PdfProfile,
  blocks: (ctx: FlowContext, ...args: Parameters<BlocksStep>) => FlowItem[],
  measure: Measurer,
): FlowContext {
  let nextId = 0;
  const line = profile.bodySize * profile.leading;
  // The renderer's own words (labels, notes) are Welsh in a Welsh charter and English in any
  // other: mark them when that is not the charter's language (PDF/UA-1 §7.2).
  const uiLanguage = uiLanguageFor(doc.lang);
  const uiLang = uiLangWithin(doc.lang, uiLanguage);
  const ctx: FlowContext = {
    doc,
    profile,
    gap: { paragraph: profile.paragraphGap * line, item: profile.itemGap * line, heading: 1.25 * line },
    uiLanguage,
    t: translator(uiLanguage),
    ui: uiLang ? { lang: uiLang } : {},
    node: (type, parent, extra = {}) => ({ id: nextId++, type, parent, ...extra }),
    blocks: (frame, content, firstGap) => blocks(ctx, frame, content, firstGap),
    measure,
  };
  return ctx;
}

/** A paragraph-like flow item at body size with a paragraph gap above; `options` override any field. */
export function textItem(ctx: FlowContext, frame: Frame, runs: Run[], options: Partial<TextItem> = {}): TextItem {
  return {
    kind: 'text',
    runs,
    size: ctx.profile.bodySize,
    indent: frame.indent,
    spaceBefore: ctx.gap.paragraph,
    keepWithNext: false,
    rules: frame.rules,
    ...options,
  };
}

/** The frame inside a box (callout, quote, promise list): indented by the padding, with a rule at the box's left edge. */
export function boxed(ctx: FlowContext, frame: Frame, parent: StructNode): Frame {
  return { parent, indent: frame.indent + ctx.profile.boxPadding, rules: [...frame.rules, frame.indent] };
}

/** A bold run of the renderer's or the author's label words (an intro, a title, a term). */
export function boldRun(text: string, struct: StructNode): Run {
  return { text, bold: true, struct };
}

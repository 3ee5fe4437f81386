import { assertNever } from '../../../../lib/assert-never.ts';
import { inlineText, printedAddress } from '../../../../model/text.ts';
import type { Inline } from '../../../../model/types.ts';
import type { Run, StructNode } from '../types.ts';
import type { FlowContext } from './context.ts';

/**
 * Inline content as styled runs owned by `owner`. A link to another address gets its own
 * Link node (with /Contents for screen readers, Matterhorn 28-012); a link within the page
 * (`#…`) is plain text, as a PDF page has no such anchors. Words in another language get a
 * Span with /Lang (inside a Link too: see `linkOf` in tagged-pdf/structure.ts).
 */
export function inlineRuns(ctx: FlowContext, inlines: readonly Inline[], owner: StructNode, bold = false): Run[] {
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
        return inlineRuns(ctx, inline.children, owner, true);
      case 'link':
        return inline.href.startsWith('#') ? inlineRuns(ctx, inline.children, owner, bold) : linkRuns(ctx, inline, owner, bold);
      case 'language':
        // Words in another language: a Span with /Lang around them, as a passage is a Div
        // with /Lang (PDF/UA-1 §7.2; WCAG 3.1.2), so screen readers switch voice.
        return inlineRuns(ctx, inline.children, ctx.node('Span', owner, { lang: inline.lang }), bold);
      default:
        return assertNever(inline, 'inline');
    }
  });
}

/** A link's words under a Link node, then its web address, because on paper a link cannot be followed. */
function linkRuns(ctx: FlowContext, link: Extract<Inline, { type: 'link' }>, owner: StructNode, bold: boolean): Run[] {
  const text = inlineText(link.children);
  const node = ctx.node('Link', owner, { href: link.href, contents: `${text}: ${link.href.replace(/^(mailto|tel):/, '')}` });
  const inner = inlineRuns(ctx, link.children, node, bold);
  const address = printedAddress(link);
  const shown = address ? [{ text: ` (${address})`, bold: false, struct: node }] : [];
  return [...inner, ...shown];
}

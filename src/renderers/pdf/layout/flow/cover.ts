import { allBlocks } from '../../../../model/walk.ts';
import type { TextItem } from '../types.ts';
import { boldRun, textItem, type FlowContext, type Frame } from './context.ts';

/**
 * The easy-read cover, after the title (and the standing notice, if any): one large picture,
 * then who the booklet is from, and the page ends there, so the cover is not crowded (formats-
 * standards §2.1, DH: "pictures as big as possible"; contact details and other formats are on
 * the back page, ./back-page.ts). The picture is the first point's: it belongs to the booklet's
 * own words. It is decorative, as every easy-read picture (an artifact, like the web page's
 * alt=""): the title says what the booklet is, so reading order is the title, who it is from,
 * then the text.
 */
export function coverOriginFlow(ctx: FlowContext, frame: Frame): TextItem {
  const { doc, profile } = ctx;
  const org = ctx.node('P', frame.parent, ctx.ui);
  const picture = coverPicture(ctx);
  return textItem(ctx, frame, [boldRun(ctx.t('pdf.easyRead.from', { organisation: doc.meta.organisation }), org)], {
    size: profile.headingSize[3],
    spaceBefore: ctx.gap.heading,
    ...(picture
      ? {
          pictureAbove: {
            code: picture,
            size: profile.picture.cover,
            minSize: profile.picture.size,
            x: frame.indent,
            gap: ctx.gap.heading,
          },
        }
      : {}),
  });
}

/** The code of the edition's first picture, or none when it has no point. */
function coverPicture(ctx: FlowContext): string | undefined {
  for (const block of allBlocks(ctx.doc.blocks)) if (block.type === 'point') return block.picture.code;
  return undefined;
}

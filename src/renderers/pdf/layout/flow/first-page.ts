import { formatPartialDate } from '../../../../i18n/dates.ts';
import { assertNever } from '../../../../lib/assert-never.ts';
import { uiLangWithin } from '../../../../lib/ui-language.ts';
import type { NoticePart, StandingNotice } from '../../../../model/standing.ts';
import type { FlowItem, Run, StructNode, TextItem } from '../types.ts';
import { boldRun, boxed, textItem, type FlowContext, type Frame, type PdfContext } from './context.ts';
import { coverOriginFlow } from './cover.ts';
import { formatsFlow } from './formats.ts';

/**
 * Page 1: the title (H1), the charter's standing notice if it is not simply current, the
 * organisation, the dates and how to get other formats (UKAAF G003: "title and originator of
 * the document should be at the beginning"; Accessible Information Standard for the request).
 * An easy-read booklet's page 1 is its cover instead: the title, the notice, a large picture
 * and who it is from, and nothing else (./cover.ts); how to get other formats and the contact
 * details are on its back page (./back-page.ts).
 */
export function firstPageFlow(ctx: FlowContext, frame: Frame, context: PdfContext): FlowItem[] {
  const { doc, profile } = ctx;
  const h1 = ctx.node('H1', frame.parent);
  return [
    textItem(ctx, frame, [boldRun(doc.title, h1)], {
      size: profile.headingSize[1],
      spaceBefore: 0,
      keepWithNext: true,
      heading: { level: 1, title: doc.title },
    }),
    // A standing notice stays on an easy-read cover too: a withdrawn or overdue booklet must
    // never look current.
    ...(context.notice ? [noticeFlow(ctx, frame, context.notice)] : []),
    ...(doc.edition === 'easy-read' ? [coverOriginFlow(ctx, frame)] : [...charterOriginFlow(ctx, frame), formatsFlow(ctx, frame, context)]),
  ];
}

/** Who publishes the charter (with the service, if it covers one) and its review dates. */
function charterOriginFlow(ctx: FlowContext, frame: Frame): TextItem[] {
  const { meta } = ctx.doc;
  const org = ctx.node('P', frame.parent);
  const organisation = textItem(ctx, frame, [boldRun(meta.service ? `${meta.organisation}, ${meta.service}` : meta.organisation, org)], {
    spaceBefore: ctx.gap.item,
  });
  const dates = ctx.node('P', frame.parent, ctx.ui);
  const { lastReviewed, nextReview } = meta.dates;
  const date = (value: string | undefined) => (value ? formatPartialDate(value, ctx.uiLanguage) : ctx.t('dates.notStated'));
  const text = ctx.t('pdf.firstPage.dates', {
    lastReviewedLabel: ctx.t('dates.lastReviewed'),
    lastReviewed: date(lastReviewed),
    nextReviewLabel: ctx.t('dates.nextReview'),
    nextReview: date(nextReview),
  });
  return [organisation, textItem(ctx, frame, [{ text, bold: false, struct: dates }], { spaceBefore: ctx.gap.item })];
}

/**
 * The standing notice (src/model/standing.ts) as one P in a box with a rule at its left, as
 * a callout: what the charter's standing is in bold, then what to do about it. The same words
 * as the web page's notice.
 */
function noticeFlow(ctx: FlowContext, frame: Frame, notice: StandingNotice): TextItem {
  const p = ctx.node('P', frame.parent, ctx.ui);
  const detail =
    notice.detail.length > 0 ? [{ text: ' ', bold: false, struct: p }, ...noticeRuns(ctx, notice, notice.detail, p, false)] : [];
  return textItem(ctx, boxed(ctx, frame, p), [...noticeRuns(ctx, notice, notice.summary, p, true), ...detail], {
    spaceBefore: ctx.gap.item,
  });
}

/**
 * A notice's parts as runs: an email and the replacement charter are Links (with /Contents),
 * the replacement's web address written out after its title, because on paper a link cannot
 * be followed; a phone number is bold, as in the formats sentence.
 */
function noticeRuns(ctx: FlowContext, notice: StandingNotice, parts: readonly NoticePart[], owner: StructNode, bold: boolean): Run[] {
  return parts.flatMap((part): Run[] => {
    switch (part.kind) {
      case 'text':
        return [{ text: part.text, bold, struct: owner }];
      case 'phone':
        return [{ text: part.number, bold: true, struct: owner }];
      case 'email': {
        const link = ctx.node('Link', owner, {
          href: `mailto:${part.address}`,
          contents: ctx.t('pdf.link.email', { email: part.address }),
        });
        return [{ text: part.address, bold: true, struct: link }];
      }
      case 'charter': {
        // The title is in its own language: marked when that is not the notice's (PDF/UA-1 §7.2).
        const lang = uiLangWithin(part.lang, notice.lang) && part.lang;
        const link = ctx.node('Link', owner, { href: part.href, contents: `${part.title}: ${part.href}`, ...(lang ? { lang } : {}) });
        return [
          { text: part.title, bold, struct: link },
          { text: ` (${part.href})`, bold: false, struct: link },
        ];
      }
      default:
        return assertNever(part, 'notice part');
    }
  });
}

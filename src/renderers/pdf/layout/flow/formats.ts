import { tParts } from '../../../../i18n/index.ts';
import type { Run, TextItem } from '../types.ts';
import { boldRun, textItem, type FlowContext, type Frame, type PdfContext } from './context.ts';

/**
 * How to get another format, as one sentence of the dictionary: the email a Link (and the
 * phone number, if given, in bold), then the web page as a Link, wherever the language puts them.
 */
export function formatsFlow(ctx: FlowContext, frame: Frame, { formatRequest, pageUrl }: PdfContext): TextItem {
  const formats = ctx.node('P', frame.parent, ctx.ui);
  const email = ctx.node('Link', formats, {
    href: `mailto:${formatRequest.email}`,
    contents: ctx.t('pdf.link.email', { email: formatRequest.email }),
  });
  const web = ctx.node('Link', formats, { href: pageUrl, contents: ctx.t('pdf.link.webPage', { url: pageUrl }) });
  const { phone } = formatRequest;
  const slots: Record<string, Run> = {
    email: boldRun(formatRequest.email, email),
    ...(phone ? { phone: boldRun(phone, formats) } : {}),
    webPage: { text: pageUrl, bold: false, struct: web },
  };
  const parts =
    ctx.doc.edition === 'easy-read'
      ? tParts(ctx.uiLanguage, phone ? 'pdf.easyRead.formats' : 'pdf.easyRead.formatsByEmail', Object.keys(slots))
      : tParts(ctx.uiLanguage, phone ? 'pdf.firstPage.formats' : 'pdf.firstPage.formatsByEmail', Object.keys(slots), {
          edition: ctx.t(`pdf.firstPage.edition.${ctx.profile.edition}` as const),
        });
  const runs = parts.map((part): Run => {
    if ('text' in part) return { text: part.text, bold: false, struct: formats };
    const run = slots[part.slot];
    if (!run) throw new Error(`No run for {${part.slot}} in the formats sentence.`);
    return run;
  });
  return textItem(ctx, frame, runs, { spaceBefore: ctx.gap.paragraph });
}

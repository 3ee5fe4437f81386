import { checkEasyReadPages } from '../../checks/content/easy-read.ts';
import { ContentError } from '../../model/content-error.ts';
import { t, uiLanguageFor, type MessageKey } from '../../i18n/index.ts';
import { formatRequestFor } from '../../model/format-request.ts';
import { pictureAttribution } from '../../model/pictures.ts';
import { fullNoticeText } from '../../model/standing.ts';
import { blocksText } from '../../model/text.ts';
import type { CharterDocument } from '../../model/types.ts';
import { CLEAR_PRINT, EASY_READ, LARGE_PRINT, renderPdfWithInfo, type PdfProfile } from '../../renderers/pdf/index.ts';
import type { OutputFormat, PublishContext, RenderedFile } from '../types.ts';
import { standingNoticeFor } from '../standing.ts';
import { charterPageUrl } from '../urls.ts';

const isFull = (doc: CharterDocument) => doc.edition === 'full';
const isEasyRead = (doc: CharterDocument) => doc.edition === 'easy-read';

async function renderEdition(doc: CharterDocument, profile: PdfProfile, context: PublishContext): Promise<RenderedFile> {
  const pageUrl = charterPageUrl(doc, context.siteUrl);
  const request = formatRequestFor(doc, context.site, pageUrl);
  const { bytes, pageCount } = await renderPdfWithInfo(doc, profile, {
    pageUrl,
    formatRequest: { email: request.email, phone: doc.meta.contact?.phones?.[0]?.number },
    notice: standingNoticeFor(doc, context, 'print'),
  });
  if (isEasyRead(doc)) {
    // ER-5: an easy-read booklet longer than 24 pages must be split. Only the rendered
    // booklet knows its page count, so the rule is applied here and fails the build.
    const errors = checkEasyReadPages(`${doc.id}/easy-read.mdx`, pageCount).filter((finding) => finding.severity === 'error');
    if (errors.length > 0) throw new ContentError(errors);
  }
  return { bytes, facts: (lang) => t(lang, 'downloads.pdfPages', { count: pageCount }) };
}

/** The standing notice's words as printed (overdue, superseded …), or none for a current charter. */
function noticeText(doc: CharterDocument, context: PublishContext): string[] {
  const notice = standingNoticeFor(doc, context, 'print');
  return notice ? [fullNoticeText(notice, { printed: true })] : [];
}

/** A PDF edition of a document, set with one layout profile (src/renderers/pdf/profiles.ts); `linkLabel` is its link text's key (`{size}`: the body text size). */
function pdfEdition(profile: PdfProfile, format: Pick<OutputFormat, 'id' | 'label' | 'appliesTo'>, linkLabel: MessageKey): OutputFormat {
  return {
    ...format,
    extension: 'pdf',
    placement: 'formats',
    files: (doc, context) => [
      {
        fileName: `${doc.id}-${profile.id}.pdf`,
        label: (lang) => t(lang, linkLabel, { size: profile.bodySize }),
        mediaType: 'application/pdf',
        render: () => renderEdition(doc, profile, context),
        expect: {
          check: 'pdf',
          lang: doc.lang,
          minTextSize: profile.bodySize,
          // The easy-read booklet also carries the pictures' licence credit (OpenMoji, CC BY-SA),
          // in the booklet's interface language.
          // The text as printed: web addresses are written out after their links. Page 1 has
          // the charter's standing notice, if any, before the text.
          text: [
            ...noticeText(doc, context),
            ...(isEasyRead(doc)
              ? [...blocksText(doc.blocks, { printed: true }), pictureAttribution(uiLanguageFor(doc.lang))]
              : blocksText(doc.blocks, { printed: true })),
          ],
        },
      },
    ],
  };
}

/** Large print: 18 pt (UKAAF, RNIB). */
export const LARGE_PRINT_PDF = pdfEdition(
  LARGE_PRINT,
  { id: 'large-print-pdf', label: t('en-GB', 'outputs.largePrintPdf'), appliesTo: isFull },
  'downloads.largePrint',
);

/** Clear print: 14 pt. */
export const CLEAR_PRINT_PDF = pdfEdition(
  CLEAR_PRINT,
  { id: 'clear-print-pdf', label: t('en-GB', 'outputs.clearPrintPdf'), appliesTo: isFull },
  'downloads.clearPrint',
);

/** The easy-read booklet, from the hand-written easy-read edition. */
export const EASY_READ_PDF = pdfEdition(
  EASY_READ,
  { id: 'easy-read-pdf', label: t('en-GB', 'outputs.easyReadPdf'), appliesTo: isEasyRead },
  'downloads.easyRead',
);

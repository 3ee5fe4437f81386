import { checkEasyReadPages } from '../../checks/content/easy-read.ts';
import { ContentError } from '../../model/content-error.ts';
import { formatPartialDate } from '../../i18n/dates.ts';
import { t, uiLanguageFor, type MessageKey, type UiLanguage } from '../../i18n/index.ts';
import { contactHeading, contactRows } from '../../model/contact-rows.ts';
import { formatRequestFor } from '../../model/format-request.ts';
import { pictureAttribution } from '../../model/pictures.ts';
import { fullNoticeText } from '../../model/standing.ts';
import { blocksText } from '../../model/text.ts';
import type { CharterDocument } from '../../model/types.ts';
import type { Contact } from '../../schemas/contact.ts';
import { CLEAR_PRINT, EASY_READ, LARGE_PRINT, renderPdfWithInfo, type PdfContext, type PdfProfile } from '../../renderers/pdf/index.ts';
import type { OutputFormat, PublishContext, RenderedFile } from '../types.ts';
import { standingNoticeFor } from '../standing.ts';
import { charterPageUrl } from '../urls.ts';

const isFull = (doc: CharterDocument) => doc.edition === 'full';
const isEasyRead = (doc: CharterDocument) => doc.edition === 'easy-read';

/** What the PDF renderer needs besides the model: the page's address, how to ask for another format, the standing notice. */
export function pdfContextFor(doc: CharterDocument, context: PublishContext): PdfContext {
  const pageUrl = charterPageUrl(doc, context.siteUrl);
  const request = formatRequestFor(doc, context.site, pageUrl);
  return {
    pageUrl,
    formatRequest: { email: request.email, phone: doc.meta.contact?.phones?.[0]?.number },
    notice: standingNoticeFor(doc, context, 'print'),
  };
}

async function renderEdition(doc: CharterDocument, profile: PdfProfile, context: PublishContext): Promise<RenderedFile> {
  const { bytes, pageCount } = await renderPdfWithInfo(doc, profile, pdfContextFor(doc, context));
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

/**
 * A full charter's text as its PDFs print it, for the checker: the standing notice on page 1,
 * if any, then the text (web addresses written out after their links).
 */
export function charterPrintedText(doc: CharterDocument, context: PublishContext): string[] {
  return [...noticeText(doc, context), ...blocksText(doc.blocks, { printed: true })];
}

/**
 * An easy-read booklet's words as printed, in reading order (src/renderers/pdf/layout/flow/):
 * the cover (title, standing notice, who it is from), the text, then the back page (the
 * contact heading and details, how to get other formats with the web address, the readers'
 * check, the pictures' licence credit), all in the booklet's interface language.
 */
function easyReadPrintedText(doc: CharterDocument, context: PublishContext): string[] {
  const ui = uiLanguageFor(doc.lang);
  const { pageUrl, formatRequest } = pdfContextFor(doc, context);
  const { contact, organisation } = doc.meta;
  const testedWith = doc.easyRead?.testedWith;
  const { email, phone } = formatRequest;
  return [
    doc.title,
    ...noticeText(doc, context),
    t(ui, 'pdf.easyRead.from', { organisation }),
    ...blocksText(doc.blocks, { printed: true }),
    ...(contact ? [contactHeading(organisation, ui), ...contactText(contact, ui)] : []),
    phone
      ? t(ui, 'pdf.easyRead.formats', { email, phone, webPage: pageUrl })
      : t(ui, 'pdf.easyRead.formatsByEmail', { email, webPage: pageUrl }),
    testedWith
      ? t(ui, 'pdf.easyRead.checked', { group: testedWith.group, date: formatPartialDate(testedWith.date, ui) })
      : t(ui, 'pdf.easyRead.notChecked'),
    pictureAttribution(ui),
  ];
}

/** The contact details as the easy-read PDF prints them (flow/contact.ts): the team, then "Label: value" rows. */
function contactText(contact: Contact, ui: UiLanguage): string[] {
  return [
    ...(contact.team ? [contact.team] : []),
    ...contactRows(contact, ui, { easyRead: true }).map((row) => t(ui, 'contact.row', { label: row.label, value: row.lines.join(', ') })),
  ];
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
          // The text as printed, in reading order: web addresses are written out after their
          // links; page 1 has the charter's standing notice, if any, before the text; an
          // easy-read booklet also has its cover and back page (easyReadPrintedText).
          text: isEasyRead(doc) ? easyReadPrintedText(doc, context) : charterPrintedText(doc, context),
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

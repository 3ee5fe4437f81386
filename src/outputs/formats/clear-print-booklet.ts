import { t } from '../../i18n/index.ts';
import type { CharterDocument } from '../../model/types.ts';
import { renderClearPrintBooklet } from '../../renderers/pdf/booklet.ts';
import { CLEAR_PRINT_A5 } from '../../renderers/pdf/profiles.ts';
import type { OutputFormat } from '../types.ts';
import { charterPrintedText, pdfContextFor } from './pdf-editions.ts';

/**
 * The clear-print edition as an A5 booklet for staff to print on A4, both sides, and fold
 * (src/renderers/pdf/booklet.ts). Placed for printers ('print'), never among the formats the
 * public reads: imposition scrambles reading order, so the file is untagged and print-only,
 * as its title and its link's facts say ("read the clear print PDF on screen"). The checker
 * reads it as a print file (`print-booklet-pdf`): A4 landscape sides, whole sheets, language,
 * title, fonts, and the clear print's text back in booklet order.
 */
export const CLEAR_PRINT_BOOKLET_PDF: OutputFormat = {
  id: 'clear-print-booklet-pdf',
  label: t('en-GB', 'outputs.clearPrintBookletPdf'),
  extension: 'pdf',
  placement: 'print',
  appliesTo: (doc: CharterDocument) => doc.edition === 'full',
  files: (doc, context) => [
    {
      fileName: `${doc.id}-clear-print-booklet.pdf`,
      label: (lang) => t(lang, 'downloads.clearPrintBooklet', { size: CLEAR_PRINT_A5.bodySize }),
      mediaType: 'application/pdf',
      printing: {
        purpose: (lang) => t(lang, 'downloads.clearPrintBooklet.purpose'),
        steps: [
          (lang) => t(lang, 'downloads.print.actualSize'),
          (lang) => t(lang, 'downloads.clearPrintBooklet.duplex'),
          (lang) => t(lang, 'downloads.clearPrintBooklet.fold'),
          (lang) => t(lang, 'downloads.clearPrintBooklet.check'),
        ],
      },
      render: async () => {
        const { bytes, sheets } = await renderClearPrintBooklet(doc, pdfContextFor(doc, context));
        return { bytes, facts: (lang) => t(lang, 'downloads.clearPrintBooklet.facts', { count: sheets }) };
      },
      expect: {
        check: 'print-booklet-pdf',
        lang: doc.lang,
        minTextSize: CLEAR_PRINT_A5.bodySize,
        text: charterPrintedText(doc, context),
      },
    },
  ],
};

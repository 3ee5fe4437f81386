import { formatPartialDate } from '../../i18n/dates.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import type { FlowContext } from './flow.ts';
import type { CellFormat, PrintBlock } from './types.ts';

const CENTRED: CellFormat = { first: 0, runover: 0, centred: true };
const PARAGRAPH: CellFormat = { first: 2, runover: 0 };

/** The name of each table's braille code, as the title page gives it. */
const CODE_NAMES: Record<string, MessageKey> = {
  'en-ueb-g2.ctb': 'brf.code.ueb',
  'cy-cy-g2.ctb': 'brf.code.welsh',
};

/** How to ask for another format: the format-request email and, when the charter gives one, a phone number. */
export interface FormatRequestContact {
  email: string;
  phone?: string | undefined;
}

/**
 * The title page (RNIB Braillists' Manual "Title page"; BANA Braille Formats 2016, title
 * page): the title, who it is from, "Braille edition" and the braille code of each language in
 * it, the charter's review dates, then a note that the file was made by computer and how to ask
 * for a copy a transcriber has checked. Centred lines with a blank line between groups. The
 * file is one volume (a charter is far shorter than a braille volume), so no volume count.
 */
export function titlePageFlow(ctx: FlowContext, tables: readonly string[], request: FormatRequestContact): PrintBlock[] {
  const { doc, ui } = ctx;
  const { meta } = doc;
  const ours = (text: string, format = CENTRED, blankBefore = false): PrintBlock => ({
    runs: [{ text, lang: ui }],
    format,
    ...(blankBefore ? { blankBefore } : {}),
  });
  const date = (value: string | undefined) => (value ? formatPartialDate(value, ui) : t(ui, 'dates.notStated'));
  const dates = t(ui, 'pdf.firstPage.dates', {
    lastReviewedLabel: t(ui, 'dates.lastReviewed'),
    lastReviewed: date(meta.dates.lastReviewed),
    nextReviewLabel: t(ui, 'dates.nextReview'),
    nextReview: date(meta.dates.nextReview),
  });
  const codes = tables.flatMap((table) => {
    const key = CODE_NAMES[table];
    return key ? [t(ui, key)] : [];
  });
  const note = request.phone
    ? t(ui, 'brf.titlePage.note', { email: request.email, phone: request.phone })
    : t(ui, 'brf.titlePage.noteByEmail', { email: request.email });
  return [
    { runs: [{ text: doc.title, lang: doc.lang }], format: CENTRED, blankAfter: true },
    { runs: [{ text: meta.service ? `${meta.organisation}, ${meta.service}` : meta.organisation, lang: doc.lang }], format: CENTRED },
    ours(t(ui, 'brf.titlePage.edition'), CENTRED, true),
    ...codes.map((code) => ours(code)),
    ours(dates, CENTRED, true),
    ours(note, PARAGRAPH, true),
  ];
}

import { createHash } from 'node:crypto';
import { t } from '../../i18n/index.ts';
import { bilingualCardContent } from '../../model/bilingual-card.ts';
import { charterDate } from '../../model/charter-date.ts';
import { firstLanguageOf, translationPairs } from '../../model/translations.ts';
import type { CharterDocument } from '../../model/types.ts';
import { BILINGUAL_CARD, renderBilingualCardPrintPdf, renderBilingualCardSvg } from '../../renderers/card/index.ts';
import type { OutputFormat, PublishContext } from '../types.ts';
import { a6CardSteps } from './cards.ts';

const mm = (pt: number) => Math.round(((pt * 25.4) / 72) * 10) / 10;

/** The pair a charter heads: its translation, if the charter is the one in the site's first language. */
function secondOf(doc: CharterDocument, context: PublishContext): CharterDocument | undefined {
  const other = context.translationOf(doc);
  if (!other) return undefined;
  const [pair] = translationPairs([doc, other], firstLanguageOf(context.site));
  return pair?.first === doc ? pair.second : undefined;
}

/**
 * The bilingual large-print card of a translated pair (Welsh Language Standards: Welsh no less
 * favourably than English): A6 with bleed and crop marks, both languages at one size, the
 * site's first language first. One card per pair, published with the charter in the first
 * language (the other charter's page links that page through its language switch).
 */
export const CARD_BILINGUAL_PDF: OutputFormat = {
  id: 'card-bilingual-pdf',
  label: t('en-GB', 'outputs.cardBilingualPdf'),
  extension: 'pdf',
  // A file for printers: on the charter's print page, for staff.
  placement: 'print',
  appliesTo: (doc) => doc.edition === 'full' && doc.meta.translation !== undefined,
  files: (doc, context) => {
    const second = secondOf(doc, context);
    if (!second) return [];
    return [
      {
        fileName: `${doc.id}-card-bilingual.pdf`,
        label: (lang) => t(lang, 'downloads.cardBilingual'),
        mediaType: 'application/pdf',
        printing: { purpose: (lang) => t(lang, 'downloads.cardBilingual.purpose'), steps: a6CardSteps(BILINGUAL_CARD.bleed) },
        render: async () => {
          const content = bilingualCardContent(doc, second, context.site);
          const bytes = await renderBilingualCardPrintPdf(content, {
            first: {
              title: doc.title,
              organisation: doc.meta.organisation,
              date: charterDate(doc.meta.dates, doc.meta.report?.meetingDate),
              seed: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
            },
            second: { title: second.title, organisation: second.meta.organisation },
          });
          // The size both languages were laid out at: the smaller side's, if either stepped down.
          const sides = await Promise.all(
            (['front', 'back'] as const).map((side) => renderBilingualCardSvg(content, side, { bleed: true })),
          );
          const size = Math.min(...sides.map((side) => side.fontSize));
          return { bytes, facts: (lang) => t(lang, 'downloads.cardBilingual.facts', { size, bleed: mm(BILINGUAL_CARD.bleed) }) };
        },
        expect: {
          check: 'card-pdf',
          lang: doc.lang,
          trimMm: [mm(BILINGUAL_CARD.trim.width), mm(BILINGUAL_CARD.trim.height)],
          bleedMm: mm(BILINGUAL_CARD.bleed),
        },
      },
    ];
  },
};

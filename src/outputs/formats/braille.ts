import { t, uiLanguageFor } from '../../i18n/index.ts';
import { fullNoticeText } from '../../model/standing.ts';
import { blocksTextRuns } from '../../model/text-runs.ts';
import type { CharterDocument } from '../../model/types.ts';
import { brailleTableFor, liblouisTranslator, renderBrf, type BrailleTranslator } from '../../renderers/braille/index.ts';
import type { FileExpectations, OutputFormat, PublishContext, RenderedFile } from '../types.ts';
import { standingNoticeFor } from '../standing.ts';
import { pdfContextFor } from './pdf-editions.ts';

/**
 * A full charter in a language with a braille table (English, Welsh): an easy-read edition is
 * pictures beside short sentences, which braille cannot carry as it is.
 */
const hasBraille = (doc: CharterDocument) => doc.edition === 'full' && brailleTableFor(doc.lang) !== undefined;

/** The standing notice as printed, if the charter is not simply current. */
function printedNotice(doc: CharterDocument, context: PublishContext): string | undefined {
  const notice = standingNoticeFor(doc, context, 'print');
  return notice ? fullNoticeText(notice, { printed: true }) : undefined;
}

async function renderBraille(doc: CharterDocument, context: PublishContext, translate: BrailleTranslator): Promise<RenderedFile> {
  const { formatRequest } = pdfContextFor(doc, context);
  const { bytes, pageCount } = await renderBrf(doc, { translate, formatRequest, notice: printedNotice(doc, context) });
  return { bytes, facts: (lang) => t(lang, 'downloads.brf.facts', { count: pageCount }) };
}

/**
 * What the BRF check reads back (check kind `brf`, src/checks/output/brf.ts): the title, the
 * standing notice and the text as printed, each run with its language, and the liblouis table
 * each language was brailled with, so Welsh is back-translated with the Welsh table. The
 * checker reads only this and the bytes.
 */
export function brfExpectations(doc: CharterDocument, context: PublishContext): FileExpectations {
  const ui = uiLanguageFor(doc.lang);
  const notice = printedNotice(doc, context);
  const runs = [
    { text: doc.title, lang: doc.lang },
    ...(notice ? [{ text: notice, lang: ui }] : []),
    ...blocksTextRuns(doc.blocks, doc.lang),
  ];
  const tables = Object.fromEntries(
    [...new Set(runs.map((run) => run.lang))].map((lang) => [lang, brailleTableFor(lang) ?? brailleTableFor(doc.lang) ?? '']),
  );
  return {
    check: 'brf',
    lang: doc.lang,
    text: runs.map((run) => run.text),
    textLangs: runs.map((run) => run.lang),
    brailleTables: tables,
  };
}

/**
 * The Braille-ready file (BRF): plain Braille ASCII, 40 cells × 25 lines, for braille
 * embossers and refreshable braille displays (src/renderers/braille/). `translate` is
 * liblouis in the build; tests may pass another.
 */
export function brfFormat(translate: BrailleTranslator = liblouisTranslator): OutputFormat {
  return {
    id: 'brf',
    label: t('en-GB', 'outputs.brf'),
    extension: 'brf',
    placement: 'formats',
    appliesTo: hasBraille,
    files: (doc, context) => [
      {
        fileName: `${doc.id}.brf`,
        label: (lang) => t(lang, 'downloads.brf'),
        // No registered media type exists for BRF; text/plain would let a browser show the
        // braille ASCII as nonsense letters, so it is served as a download.
        mediaType: 'application/octet-stream',
        render: () => renderBraille(doc, context, translate),
        expect: brfExpectations(doc, context),
      },
    ],
  };
}

export const BRF = brfFormat();

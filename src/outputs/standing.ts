import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildDate } from '../model/build-date.ts';
import { chartersDir, loadCharterFile } from '../model/load-charter.ts';
import { standingNotice, type StandingNotice } from '../model/standing.ts';
import type { CharterDocument } from '../model/types.ts';
import type { PublishContext } from './types.ts';
import { charterPagePath, charterPageUrl } from './urls.ts';

const charters = new Map<string, CharterDocument | undefined>();

/** A published charter by its folder name, read once with the content lint's reader (as `translationOf` in context.ts). */
function charterCalled(id: string): CharterDocument | undefined {
  if (!charters.has(id)) {
    const file = path.join(chartersDir(), id, 'charter.mdx');
    charters.set(id, existsSync(file) ? loadCharterFile(file) : undefined);
  }
  return charters.get(id);
}

/**
 * The standing notice of a charter or its easy-read edition (src/model/standing.ts), as of the
 * build date, with the replacement of a superseded charter linked by its path on a web page
 * (`'page'`) or by its full address in a file (`'print'`). Pages and PDFs both call this, so
 * they say the same words.
 */
export function standingNoticeFor(doc: CharterDocument, context: PublishContext, where: 'page' | 'print'): StandingNotice | undefined {
  const { status } = doc.meta;
  const replacement = status.state === 'superseded' ? charterCalled(status.replacedBy) : undefined;
  return standingNotice(doc, {
    today: buildDate(),
    site: context.site,
    replacement: replacement && {
      title: replacement.title,
      lang: replacement.lang,
      href: where === 'page' ? charterPagePath(replacement) : charterPageUrl(replacement, context.siteUrl),
    },
  });
}

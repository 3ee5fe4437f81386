import { isMap, isScalar, isSeq } from 'yaml';
import { uiLanguageFor } from '../../i18n/index.ts';
import type { ContentProblem } from '../../model/content-error.ts';
import { displayPath } from '../../model/content-files.ts';
import { parseFrontmatterYaml, type ParsedYaml } from '../../model/frontmatter.ts';
import { readSourceFile } from '../../model/read-source.ts';
import type { Site } from '../../schemas/site.ts';

const SEE = 'content/README.md, "Site settings"';

/** The line of a key (or list item) in the site file, or of its nearest parent. */
function lineOf({ doc, counter }: ParsedYaml, path: readonly (string | number)[]): number {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const last = path[depth - 1];
    const start = isMap(parent)
      ? parent.items.find((item) => isScalar(item.key) && item.key.value === last)?.key
      : isSeq(parent) && typeof last === 'number'
        ? parent.items[last]
        : undefined;
    const range = (start as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return 1;
}

/**
 * The site settings of a site that publishes in Welsh (`languages` includes cy-GB): its own
 * pages in Welsh need the Welsh of every piece of prose in site.yaml (`cy`: name, operator,
 * complianceNote, testedBy, and each known issue's description), because the Welsh Language
 * Standards require the Welsh pages to treat Welsh no less favourably than English. The
 * prose fields themselves are in the site's `language`, English on a bilingual site. Each
 * problem is at the line to fix.
 */
export function checkSiteLanguages(site: Site, file: string): ContentProblem[] {
  const primary = (lang: string) => lang.split('-')[0]?.toLowerCase();
  const ownLanguage = uiLanguageFor(site.language);
  const welsh = site.languages.includes('cy-GB');
  const welshSettings = site.languages.includes('en-GB') && welsh && ownLanguage === 'cy-GB';
  const published = site.languages.some((lang) => primary(lang) === primary(site.language));
  const needsWelsh = welsh && ownLanguage !== 'cy-GB';
  if (!welshSettings && published && !needsWelsh) return [];
  const shown = displayPath(file);
  const parsed = parseFrontmatterYaml(readSourceFile(file, shown), shown, 1);
  const at = (path: (string | number)[]) => ({ file: shown, line: lineOf(parsed, path), rule: 'site-languages' });
  if (welshSettings) {
    return [
      {
        ...at(['language']),
        message: `A site in English and Welsh writes its settings in English (language: en-GB) with their Welsh under cy:, but language is ${site.language}.`,
        fix: `Set language: en-GB, write name, operator, complianceNote and testedBy in English and put their Welsh under cy: (${SEE}). firstLanguage: cy-GB shows Welsh first.`,
      },
    ];
  }
  if (!published) {
    return [
      {
        ...at(['language']),
        message: `The site's language (${site.language}) is not one of the languages it publishes in (${site.languages.join(', ')}).`,
        fix: `Add ${ownLanguage} to languages, or set language to one of them (${SEE}).`,
      },
    ];
  }
  if (!site.cy) {
    const fields = ['name', 'operator', ...(site.complianceNote ? ['complianceNote'] : []), 'testedBy'];
    return [
      {
        ...at(['languages']),
        message: `The site publishes in Welsh (languages includes cy-GB), but site.yaml has no Welsh for its own pages: no cy: with ${fields.join(', ')}. The Welsh Language Standards require the Welsh pages to be no less favourable than the English.`,
        fix: `Add cy: with ${fields.join(', ')} in Welsh${site.knownIssues.length > 0 ? ', and cy: description: to each known issue' : ''} (${SEE}).`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  if (site.complianceNote && !site.cy.complianceNote) {
    problems.push({
      ...at(['cy']),
      message: 'complianceNote has no Welsh: the Welsh accessibility statement would leave it out.',
      fix: `Add complianceNote: under cy:, the Welsh of complianceNote (line ${lineOf(parsed, ['complianceNote'])}).`,
    });
  }
  site.knownIssues.forEach((issue, index) => {
    if (issue.cy) return;
    problems.push({
      ...at(['knownIssues', index]),
      message: `The known issue "${issue.description}" has no Welsh description for the Welsh accessibility statement.`,
      fix: 'Add cy: with description: in Welsh to this known issue.',
    });
  });
  return problems;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UndrawableTextError } from '../../lib/glyph-coverage.ts';
import { cardContent } from '../../model/card-content.ts';
import type { ContentProblem } from '../../model/content-error.ts';
import type { CharterDocument } from '../../model/types.ts';
import { CardOverflowError, LARGE_PRINT_CARD, renderCardSvg, WALLET_CARD } from '../../renderers/card/index.ts';

/**
 * Lays out every card before the build writes anything: text that does not fit (satori
 * would clip it silently) is reported at the charter's `card:` line, with the field and by
 * how much it runs over.
 */
export async function checkCards(charters: readonly CharterDocument[], dir: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const doc of charters) {
    const file = path.join(dir, doc.id, 'charter.mdx');
    for (const profile of [WALLET_CARD, LARGE_PRINT_CARD]) {
      for (const side of ['front', 'back'] as const) {
        try {
          await renderCardSvg(cardContent(doc), side, profile, { bleed: false });
        } catch (error) {
          // Characters the font lacks are reported by the glyph check, at their own line.
          if (error instanceof UndrawableTextError) continue;
          if (!(error instanceof CardOverflowError)) throw error;
          const lines = readFileSync(file, 'utf8').split('\n');
          const relative = path.relative(process.cwd(), file);
          problems.push({ file: relative.startsWith('..') ? file : relative, line: lines.findIndex((line) => line.startsWith('card:')) + 1 || 1, rule: 'card-fit', message: `The ${side} of the ${profile.label.toLowerCase()} does not fit: ${error.field} runs ${error.overflowMm.toFixed(1)} mm past the safe area even at ${profile.fontSize.min} pt.`, fix: 'Use fewer or shorter promises (about 27 characters each), or a shorter title or contact line.' });
        }
      }
    }
  }
  return problems;
}

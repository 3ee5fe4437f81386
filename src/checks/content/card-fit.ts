import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UndrawableTextError } from '../../lib/glyph-coverage.ts';
import { bilingualCardContent } from '../../model/bilingual-card.ts';
import { cardContent } from '../../model/card-content.ts';
import type { ContentProblem } from '../../model/content-error.ts';
import { translationPairs } from '../../model/translations.ts';
import type { CharterDocument } from '../../model/types.ts';
import {
  BILINGUAL_CARD,
  CardOverflowError,
  LARGE_PRINT_CARD,
  renderBilingualCardSvg,
  renderCardSvg,
  WALLET_CARD,
  type CardProfile,
} from '../../renderers/card/index.ts';

const SIDES = ['front', 'back'] as const;

/** The problem for a side that does not fit, at the charter's `card:` line; other errors are rethrown. */
function overflowProblem(error: unknown, file: string, what: string, profile: CardProfile): ContentProblem | undefined {
  // Characters the font lacks are reported by the glyph check, at their own line.
  if (error instanceof UndrawableTextError) return undefined;
  if (!(error instanceof CardOverflowError)) throw error;
  const lines = readFileSync(file, 'utf8').split('\n');
  const relative = path.relative(process.cwd(), file);
  return { file: relative.startsWith('..') ? file : relative, line: lines.findIndex((line) => line.startsWith('card:')) + 1 || 1, rule: 'card-fit', message: `The ${what} does not fit: ${error.field} runs ${error.overflowMm.toFixed(1)} mm past the safe area even at ${profile.fontSize.min} pt.`, fix: 'Use fewer or shorter promises (about 27 characters each), or a shorter title or contact line.' };
}

/**
 * Lays out every card before the build writes anything: text that does not fit (satori
 * would clip it silently) is reported at the charter's `card:` line, with the field and by
 * how much it runs over. With `firstLanguage` (the site's), each translated pair's bilingual
 * card is laid out too and reported at the first-language charter's `card:` line.
 */
export async function checkCards(charters: readonly CharterDocument[], dir: string, firstLanguage?: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const doc of charters) {
    const file = path.join(dir, doc.id, 'charter.mdx');
    for (const profile of [WALLET_CARD, LARGE_PRINT_CARD]) {
      for (const side of SIDES) {
        try {
          await renderCardSvg(cardContent(doc), side, profile, { bleed: false });
        } catch (error) {
          const problem = overflowProblem(error, file, `${side} of the ${profile.label.toLowerCase()}`, profile);
          if (problem) problems.push(problem);
        }
      }
    }
  }
  for (const { first, second } of firstLanguage ? translationPairs(charters, firstLanguage) : []) {
    for (const side of SIDES) {
      try {
        await renderBilingualCardSvg(bilingualCardContent(first, second), side, { bleed: false });
      } catch (error) {
        const what = `${side} of the ${BILINGUAL_CARD.label.toLowerCase()} with ${second.id} (both languages at the same size)`;
        const problem = overflowProblem(error, path.join(dir, first.id, 'charter.mdx'), what, BILINGUAL_CARD);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}

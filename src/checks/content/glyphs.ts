import { describeCharacter, fontCanDraw, UNDRAWABLE_FIX } from '../../lib/glyph-coverage.ts';
import type { ContentProblem } from '../../model/content-error.ts';

/**
 * Every character of a content file that the PDF and card font cannot draw, at its
 * line:column. Checked on the file as written, so frontmatter (card promises, titles) and
 * body are covered alike and the author is sent to the exact place.
 */
export function checkGlyphs(text: string, file: string): ContentProblem[] {
  return text.split('\n').flatMap((line, index) => {
    const missing: { char: string; column: number }[] = [];
    let column = 1;
    for (const char of line.normalize('NFC')) {
      if (!fontCanDraw(char)) missing.push({ char, column });
      column += char.length;
    }
    const first = missing[0];
    if (!first) return [];
    const characters = [...new Set(missing.map(({ char }) => char))].map(describeCharacter).join(', ');
    // One problem a line: the fix is the same for every character on it.
    return [{ file, line: index + 1, column: first.column, rule: 'glyph', message: `The PDFs and cards cannot show ${characters}: their font has no letter for ${missing.length > 1 ? 'them' : 'it'}.`, fix: UNDRAWABLE_FIX }];
  });
}

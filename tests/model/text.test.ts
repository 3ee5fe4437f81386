/**
 * Plain text from the model (src/model/text.ts): what tests, checks and the PDF's bookmarks
 * read. Words marked as another language are text like any other; the contents list gets
 * them in runs of one language.
 */
import { describe, expect, it } from 'vitest';
import { blocksText, inlineText, languageParts, sameLanguage } from '../../src/model/text.ts';
import type { Inline } from '../../src/model/types.ts';

const text = (value: string): Inline => ({ type: 'text', value });
const welsh = (...children: Inline[]): Inline => ({ type: 'language', lang: 'cy', children });

describe('inlineText and blocksText', () => {
  it('include words in another language, inside links and bold too', () => {
    const content: Inline[] = [
      text('Wear the '),
      welsh(text('Iaith '), { type: 'strong', children: [text('Gwaith')] }),
      text(' badge; ask '),
      { type: 'link', href: 'mailto:a@b.example', children: [welsh(text('Swyddog y Gymraeg'))] },
      text('.'),
    ];
    expect(inlineText(content)).toBe('Wear the Iaith Gwaith badge; ask Swyddog y Gymraeg.');
    expect(
      blocksText([
        { type: 'heading', line: 1, level: 2, id: 'a', content: [welsh(text('Croeso'))] },
        {
          type: 'language',
          lang: 'cy',
          content: [{ type: 'paragraph', line: 2, content: [text('Mae '), { type: 'language', lang: 'en-GB', children: [text('care')] }] }],
        },
      ]),
    ).toEqual(['Croeso', 'Mae care']);
  });

  it('give a table’s headers then its cells as read on screen, and only its cells, row by row, as printed', () => {
    const table = {
      type: 'table' as const,
      head: [[text('Contact')], [text('Reply')]],
      rows: [[[text('Letter')], [{ type: 'link' as const, href: 'https://a.example/letters', children: [text('5 days')] }]]],
    };
    expect(blocksText([table])).toEqual(['Contact', 'Reply', 'Letter', '5 days']);
    // Print may set the table as labelled rows ("Reply: 5 days"), where the headers do not come first.
    expect(blocksText([table], { printed: true })).toEqual(['Letter', '5 days (https://a.example/letters)']);
  });
});

describe('languageParts', () => {
  it('splits text into runs of one language, marking those not in the language around them', () => {
    expect(
      languageParts([welsh(text('Iaith Gwaith')), text(': speaking '), { type: 'strong', children: [text('Welsh')] }], 'en-GB'),
    ).toEqual([{ text: 'Iaith Gwaith', lang: 'cy' }, { text: ': speaking Welsh' }]);
    expect(
      languageParts(
        [text('Gair '), { type: 'language', lang: 'en-GB', children: [text('English')] }, { type: 'break' }, text('yma')],
        'cy',
      ),
    ).toEqual([{ text: 'Gair ' }, { text: 'English', lang: 'en-GB' }, { text: ' yma' }]);
  });

  it('leaves unmarked words marked in the language around them, and joins neighbours', () => {
    expect(languageParts([text('Ein '), welsh(text('haddewid'))], 'cy')).toEqual([{ text: 'Ein haddewid' }]);
    expect(languageParts([welsh(text('Ein ')), welsh(text('haddewid'))], 'en-GB')).toEqual([{ text: 'Ein haddewid', lang: 'cy' }]);
  });

  it('compares tags without regard to case (RFC 5646)', () => {
    expect(sameLanguage('cy-GB', 'CY-gb')).toBe(true);
    expect(sameLanguage('cy', 'cy-GB')).toBe(false);
  });
});

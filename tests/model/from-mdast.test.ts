/**
 * MDX → blocks (src/model/from-mdast.ts) on small snippets: each Markdown construct and
 * each vocabulary component becomes the block every renderer reads, and everything outside
 * the vocabulary is reported at its line with a fix. The seeds' whole models are in
 * build-charter-document.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildCharterDocument } from '../../src/model/build-charter-document.ts';
import { ContentError, type ContentProblem } from '../../src/model/content-error.ts';
import { newContext, rootToBlocks } from '../../src/model/from-mdast.ts';
import { parseMdx } from '../../src/model/parse-mdx.ts';
import { resolvePicture } from '../../src/model/pictures.ts';
import type { Block } from '../../src/model/types.ts';
import type { Edition } from '../../src/model/vocabulary.ts';
import { CharterFrontmatterSchema } from '../../src/schemas/charter.ts';

function convert(mdx: string, edition: Edition = 'full', lineOffset = 0): { blocks: Block[]; problems: ContentProblem[] } {
  const ctx = newContext('test.mdx', lineOffset, edition);
  const blocks = rootToBlocks(parseMdx(mdx), ctx);
  return { blocks, problems: ctx.problems };
}

/** The blocks of a snippet that must convert without a problem. */
function blocksOf(mdx: string, edition: Edition = 'full'): Block[] {
  const { blocks, problems } = convert(mdx, edition);
  expect(problems).toEqual([]);
  return blocks;
}

/** The problems of a snippet as "line:column message", and each must offer a fix. */
function problemsOf(mdx: string, edition: Edition = 'full', lineOffset = 0): string[] {
  const { problems } = convert(mdx, edition, lineOffset);
  for (const problem of problems) {
    expect(problem.file).toBe('test.mdx');
    expect(problem.fix, problem.message).toBeTruthy();
  }
  return problems.map((problem) => `${problem.line}:${problem.column ?? '-'} ${problem.message}`);
}

const text = (value: string) => ({ type: 'text', value });

describe('headings', () => {
  it('gives each heading its level, its line and a unique anchor id', () => {
    expect(blocksOf('## Our aims\n\n### How we work\n\n## Our aims\n')).toEqual([
      { type: 'heading', line: 1, level: 2, id: 'our-aims', content: [text('Our aims')] },
      { type: 'heading', line: 3, level: 3, id: 'how-we-work', content: [text('How we work')] },
      { type: 'heading', line: 5, level: 2, id: 'our-aims-1', content: [text('Our aims')] },
    ]);
  });

  it('starts an id with a letter, so it is a valid HTML id and CSS selector', () => {
    const [heading] = blocksOf('## 10 promises\n');
    expect(heading).toMatchObject({ id: 'section-10-promises' });
  });

  it('keeps bold words inside a heading', () => {
    const [heading] = blocksOf('## How to **complain**\n');
    expect(heading).toMatchObject({ content: [text('How to '), { type: 'strong', children: [text('complain')] }] });
  });

  it('refuses a level-1 heading, one deeper than 4 and a skipped level, at their lines', () => {
    expect(problemsOf('# Title\n\n## Fine\n\n#### Skips\n\n##### Too deep\n')).toEqual([
      '1:1 A level-1 heading (# …) is not allowed in the text: the charter title is the only level-1 heading.',
      '5:1 Heading level 4 skips level 3: screen-reader users navigate by heading level (WCAG 1.3.1).',
      '7:1 Heading level 5 is too deep: charters use levels 2 to 4.',
    ]);
  });

  it("adds the frontmatter's lines to every line it reports and keeps", () => {
    expect(problemsOf('Text.\n\n### Skips\n', 'full', 12)).toEqual([
      '15:1 Heading level 3 skips level 2: screen-reader users navigate by heading level (WCAG 1.3.1).',
    ]);
    expect(convert('Text.\n', 'full', 12).blocks[0]).toMatchObject({ type: 'paragraph', line: 13 });
  });
});

describe('paragraphs and inline text', () => {
  it('joins soft line breaks into spaces and trims the ends', () => {
    expect(blocksOf('  We will \n   answer your\nletter. \n')).toEqual([
      { type: 'paragraph', line: 1, content: [text('We will answer your letter.')] },
    ]);
  });

  it('keeps strong, emphasis, links and hard breaks', () => {
    const [paragraph] = blocksOf('Call **now** or _later_, see [our page](https://example.org/help "Help").\\\nThanks.\n');
    expect(paragraph).toEqual({
      type: 'paragraph',
      line: 1,
      content: [
        text('Call '),
        { type: 'strong', children: [text('now')] },
        text(' or '),
        { type: 'emphasis', children: [text('later')] },
        text(', see '),
        { type: 'link', href: 'https://example.org/help', children: [text('our page')] },
        text('.'),
        { type: 'break' },
        text('Thanks.'),
      ],
    });
  });

  it('turns a bare web address into a link (GFM autolink literal)', () => {
    const [paragraph] = blocksOf('Visit https://example.org today.\n');
    expect(paragraph).toMatchObject({
      content: [text('Visit '), { type: 'link', href: 'https://example.org', children: [text('https://example.org')] }, text(' today.')],
    });
  });

  it('keeps mailto, tel and in-page links as written', () => {
    const [paragraph] = blocksOf('[Email](mailto:team@example.org), [call](tel:+441865815906) or [read on](#contact).\n');
    expect(
      paragraph && 'content' in paragraph ? paragraph.content.filter((inline) => inline.type === 'link').map((link) => link.href) : [],
    ).toEqual(['mailto:team@example.org', 'tel:+441865815906', '#contact']);
  });

  it('refuses a link address that is not safe, and blanks it so no renderer sees it', () => {
    const { blocks, problems } = convert('Click [here](javascript:alert(1)).\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^Link address .+ is not allowed: /) });
    expect(blocks[0]).toMatchObject({ content: [text('Click '), { type: 'link', href: '', children: [text('here')] }, text('.')] });
  });

  it('drops a paragraph that is only white space', () => {
    expect(blocksOf('Text.\n\n&#32;\n')).toHaveLength(1);
  });
});

describe('lists, tables and quotations', () => {
  it('makes bulleted and numbered lists, with the start number only when it is not 1', () => {
    expect(blocksOf('- Tea\n- Coffee\n\n1. One\n2. Two\n\nThen:\n\n3. Three\n4. Four\n')).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          { content: [{ type: 'paragraph', line: 1, content: [text('Tea')] }] },
          { content: [{ type: 'paragraph', line: 2, content: [text('Coffee')] }] },
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [
          { content: [{ type: 'paragraph', line: 4, content: [text('One')] }] },
          { content: [{ type: 'paragraph', line: 5, content: [text('Two')] }] },
        ],
      },
      { type: 'paragraph', line: 7, content: [text('Then:')] },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          { content: [{ type: 'paragraph', line: 9, content: [text('Three')] }] },
          { content: [{ type: 'paragraph', line: 10, content: [text('Four')] }] },
        ],
      },
    ]);
  });

  it('nests a list in its item', () => {
    const [list] = blocksOf('- Outer\n  - Inner\n');
    expect(list).toMatchObject({
      type: 'list',
      items: [
        {
          content: [
            { type: 'paragraph', content: [text('Outer')] },
            { type: 'list', ordered: false, items: [{ content: [{ type: 'paragraph', content: [text('Inner')] }] }] },
          ],
        },
      ],
    });
  });

  it('makes a table of header cells and rows of cells', () => {
    expect(blocksOf('| Service | Target |\n| --- | :-: |\n| Letters | **5** days |\n| Calls | |\n')).toEqual([
      {
        type: 'table',
        head: [[text('Service')], [text('Target')]],
        rows: [
          [[text('Letters')], [{ type: 'strong', children: [text('5')] }, text(' days')]],
          [[text('Calls')], []],
        ],
      },
    ]);
  });

  it('refuses a table with an empty header cell (WCAG 1.3.1)', () => {
    expect(problemsOf('| Service | |\n| --- | --- |\n| Letters | 5 days |\n')).toEqual([
      '1:1 Every column of a table needs a header (WCAG 1.3.1).',
    ]);
  });

  it('makes a Markdown quotation a quote without a speaker', () => {
    expect(blocksOf('> Treat me\n> as a person.\n')).toEqual([
      { type: 'quote', content: [{ type: 'paragraph', line: 1, content: [text('Treat me as a person.')] }] },
    ]);
  });
});

describe('the charter vocabulary', () => {
  const list = (...items: string[]) =>
    items.map((item, index) => ({ content: [{ type: 'paragraph', line: 3 + index, content: [text(item)] }] }));

  it.each([
    ['Commitments', 'commitments', 'We will:'],
    ['Targets', 'targets', 'Targets:'],
    ['Measures', 'measures', 'How we will measure this:'],
  ])('makes <%s> a %s block with its default intro', (name, type, intro) => {
    expect(blocksOf(`<${name}>\n\n- Listen.\n- Act.\n\n</${name}>\n`)).toEqual([{ type, intro, items: list('Listen.', 'Act.') }]);
  });

  it('keeps an intro the charter writes', () => {
    expect(blocksOf('<Commitments intro="We won\'t:">\n\n- Break them.\n\n</Commitments>\n')).toEqual([
      { type: 'commitments', intro: "We won't:", items: list('Break them.') },
    ]);
  });

  it('makes a <Target> without blank lines a labelled paragraph, and keeps blocks inside a longer one', () => {
    expect(blocksOf('<Target label="Target 1:">\nTo answer letters in 5 days.\n</Target>\n')).toEqual([
      { type: 'target', label: 'Target 1:', content: [{ type: 'paragraph', line: 2, content: [text('To answer letters in 5 days.')] }] },
    ]);
    expect(blocksOf('<Target label="Target 2:">\n\nTo answer email:\n\n- By tomorrow.\n\n</Target>\n')).toMatchObject([
      { type: 'target', label: 'Target 2:', content: [{ type: 'paragraph' }, { type: 'list' }] },
    ]);
  });

  it('makes <Callout>, <Quote> and <Language> hold blocks, with their attributes', () => {
    expect(
      blocksOf(
        '<Callout title="Please note">\n\nOffices close at 5.\n\n</Callout>\n\n<Quote cite="A carer">\n\nTreat me as a person.\n\n</Quote>\n\n<Language lang="cy">\n\n## Yn Gymraeg\n\nCroeso.\n\n</Language>\n',
      ),
    ).toEqual([
      { type: 'callout', title: 'Please note', content: [{ type: 'paragraph', line: 3, content: [text('Offices close at 5.')] }] },
      { type: 'quote', cite: 'A carer', content: [{ type: 'paragraph', line: 9, content: [text('Treat me as a person.')] }] },
      {
        type: 'language',
        lang: 'cy',
        content: [
          { type: 'heading', line: 15, level: 2, id: 'yn-gymraeg', content: [text('Yn Gymraeg')] },
          { type: 'paragraph', line: 17, content: [text('Croeso.')] },
        ],
      },
    ]);
  });

  it('leaves out attributes that are not given', () => {
    expect(blocksOf('<Callout>\n\nJust this.\n\n</Callout>\n')).toEqual([
      { type: 'callout', content: [{ type: 'paragraph', line: 3, content: [text('Just this.')] }] },
    ]);
  });

  it('places the contact details with <ContactDetails />', () => {
    expect(blocksOf('Before.\n\n<ContactDetails />\n')).toEqual([
      { type: 'paragraph', line: 1, content: [text('Before.')] },
      { type: 'contact' },
    ]);
  });

  it('reports misused components at their lines', () => {
    expect(
      problemsOf(
        [
          '<Promise>\n\nText.\n\n</Promise>',
          '<Commitments>\n\nNot a list.\n\n</Commitments>',
          '<Callout heading="Note">\n\nText.\n\n</Callout>',
          '<Target>\n\nNo label.\n\n</Target>',
          '<Language lang="welsh">\n\nCroeso.\n\n</Language>',
          'A sentence with <Callout>inside</Callout> it.',
          '<ContactDetails>\n\nText.\n\n</ContactDetails>',
          '<>\n\nText.\n\n</>',
        ].join('\n\n'),
      ),
    ).toEqual([
      '1:1 Unknown component <Promise>.',
      '7:1 <Commitments> must contain exactly one Markdown list and nothing else.',
      '13:1 <Callout> has no attribute "heading".',
      '19:1 <Target> needs a label="…" attribute.',
      '25:1 The lang of <Language> is not a registered language tag: "welsh" is not written as language-Region, for example "en-GB": a lower-case language code, then a hyphen and an upper-case region code.',
      '31:17 <Callout> cannot be used inside a sentence.',
      '33:1 <ContactDetails /> takes no content: it shows the contact details from the frontmatter.',
      '39:1 Fragments (<>…</>) are not allowed.',
    ]);
  });

  it('names the allowed components when it refuses one', () => {
    const [problem] = convert('<Promise>\n\nText.\n\n</Promise>\n').problems;
    expect(problem?.fix).toContain('<Commitments>');
    expect(problem?.fix).toContain('<ContactDetails>');
  });

  it('refuses attributes that would run code', () => {
    expect(problemsOf('<Commitments intro={x}>\n\n- A.\n\n</Commitments>\n\n<Callout {...props}>\n\nB.\n\n</Callout>\n')).toEqual([
      '1:1 The intro attribute of <Commitments> must be plain text in quotes, not {…}: content cannot run code.',
      '7:1 <Callout> has a {…} spread attribute: content cannot run code.',
    ]);
  });
});

describe('<Language> inside a sentence or heading', () => {
  const welsh = (...children: unknown[]) => ({ type: 'language', lang: 'cy', children });

  it('marks words in another language inside a sentence, keeping the spaces around them', () => {
    expect(blocksOf('We call this <Language lang="cy">gofal</Language> in Welsh.\n')).toEqual([
      { type: 'paragraph', line: 1, content: [text('We call this '), welsh(text('gofal')), text(' in Welsh.')] },
    ]);
  });

  it('marks words inside a heading, whose text and id keep them', () => {
    expect(blocksOf('## <Language lang="cy">Iaith Gwaith</Language>: speaking Welsh\n')).toEqual([
      {
        type: 'heading',
        line: 1,
        level: 2,
        id: 'iaith-gwaith-speaking-welsh',
        content: [welsh(text('Iaith Gwaith')), text(': speaking Welsh')],
      },
    ]);
  });

  it('nests: bold and links inside it, it inside bold and links, another language inside it, and inside a <Language> passage', () => {
    const [paragraph] = blocksOf(
      'Read **<Language lang="cy">y **safonau** a [mwy](https://example.org/cy) <Language lang="en-GB">in English</Language></Language>** or [<Language lang="cy">Cymraeg</Language>](#cymraeg).\n',
    );
    expect(paragraph).toEqual({
      type: 'paragraph',
      line: 1,
      content: [
        text('Read '),
        {
          type: 'strong',
          children: [
            welsh(
              text('y '),
              { type: 'strong', children: [text('safonau')] },
              text(' a '),
              { type: 'link', href: 'https://example.org/cy', children: [text('mwy')] },
              text(' '),
              { type: 'language', lang: 'en-GB', children: [text('in English')] },
            ),
          ],
        },
        text(' or '),
        { type: 'link', href: '#cymraeg', children: [welsh(text('Cymraeg'))] },
        text('.'),
      ],
    });
    expect(blocksOf('<Language lang="cy">\n\nMae <Language lang="en-GB">care</Language> yn golygu gofal.\n\n</Language>\n')).toEqual([
      {
        type: 'language',
        lang: 'cy',
        content: [
          {
            type: 'paragraph',
            line: 3,
            content: [text('Mae '), { type: 'language', lang: 'en-GB', children: [text('care')] }, text(' yn golygu gofal.')],
          },
        ],
      },
    ]);
  });

  it('makes a one-line <Language> a paragraph of words in that language', () => {
    expect(blocksOf('<Language lang="cy">Croeso.</Language>\n')).toEqual([
      { type: 'paragraph', line: 1, content: [welsh(text('Croeso.'))] },
    ]);
  });

  it('refuses an unregistered or missing tag, an empty one and other attributes at their file line and column, with a fix', () => {
    const problems = problemsOf(
      [
        'Intro.',
        'A <Language lang="welsh">gair</Language> and a <Language lang="cy-UK">gair</Language>.',
        '## Heading <Language>heb iaith</Language>',
        'Nothing in <Language lang="cy"></Language> here, <Language lang="cy" title="x">gair</Language>.',
      ].join('\n\n'),
      'full',
      20,
    );
    expect(problems).toEqual([
      '23:3 The lang of <Language> is not a registered language tag: "welsh" is not written as language-Region, for example "en-GB": a lower-case language code, then a hyphen and an upper-case region code.',
      '23:48 The lang of <Language> is not a registered language tag: "UK" is not a region in the IANA language subtag registry.',
      '25:12 <Language> needs a lang="…" attribute.',
      '27:12 <Language> has no words inside it.',
      '27:50 <Language> has no attribute "title".',
    ]);
    const { problems: found } = convert('A <Language lang="cy-UK">gair</Language>.\n');
    expect(found[0]?.fix).toContain('lang="cy-GB"');
  });

  it('checks the tag of a <Language> passage the same way', () => {
    const { problems } = convert('<Language lang="cy-UK">\n\nCroeso.\n\n</Language>\n', 'full', 4);
    expect(problems).toMatchObject([
      {
        file: 'test.mdx',
        line: 5,
        message: 'The lang of <Language> is not a registered language tag: "UK" is not a region in the IANA language subtag registry.',
        fix: expect.stringContaining('lang="cy-GB"'),
      },
    ]);
  });

  it('still refuses every other component inside a sentence, and <Language> inside an easy-read sentence', () => {
    expect(problemsOf('A <Callout>note</Callout> here.\n')).toEqual(['1:3 <Callout> cannot be used inside a sentence.']);
    expect(problemsOf('<Point picture="house">\n\nWe say <Language lang="cy">croeso</Language>.\n\n</Point>\n', 'easy-read')).toEqual([
      '3:8 <Language> cannot be used inside a sentence.',
    ]);
  });
});

describe('what a charter may not contain', () => {
  it.each([
    ['import x from "y";\n', '1:1 `import` and `export` are not allowed in charters: content cannot run code.'],
    ['Text {1 + 1}.\n', '1:6 JavaScript expressions in `{…}` are not allowed in charters: content cannot run code.'],
    ['{x}\n', '1:1 JavaScript expressions in `{…}` are not allowed in charters: content cannot run code.'],
    ['One.\n\n---\n\nTwo.\n', '3:1 Horizontal rules (---) are not allowed: they mean nothing to screen readers.'],
    ['```\ncode\n```\n', '1:1 Code is not allowed in a charter.'],
    ['Run `rm`.\n', '1:5 Code is not allowed in a charter.'],
    ['![A map](map.png)\n', '1:1 Pictures are not supported in charter text yet.'],
    ['~~old~~ new\n', '1:1 Struck-through text is not allowed: it is hard to read and screen readers ignore it.'],
    ['See [the page][1].\n\n[1]: https://example.org\n', '1:5 Footnotes and reference-style links are not supported.'],
  ])('refuses %j at its line', (mdx, problem) => {
    expect(problemsOf(mdx)).toContain(problem);
  });
});

describe('easy read', () => {
  it('makes <Point> a point with its picture and sentences, and <ContactPoint> a telephone point with the contact details', () => {
    expect(
      blocksOf(
        '## About us\n\n<Point picture="house">\n\nWe run homes.\n\nWe help people.\n\n</Point>\n\n<ContactPoint>\n\nPhone us.\n\n</ContactPoint>\n',
        'easy-read',
      ),
    ).toEqual([
      { type: 'heading', line: 1, level: 2, id: 'about-us', content: [text('About us')] },
      {
        type: 'point',
        line: 3,
        picture: resolvePicture('house'),
        contact: false,
        content: [
          { type: 'paragraph', line: 5, content: [text('We run homes.')] },
          { type: 'paragraph', line: 7, content: [text('We help people.')] },
        ],
      },
      {
        type: 'point',
        line: 11,
        picture: resolvePicture('telephone'),
        contact: true,
        content: [{ type: 'paragraph', line: 13, content: [text('Phone us.')] }],
      },
    ]);
    expect(resolvePicture('house')).toMatchObject({ name: 'house', code: expect.stringMatching(/^[0-9A-F-]+$/) });
  });

  it('puts a glossary under a "Hard words" heading when it has none, one term per word', () => {
    expect(
      blocksOf('<Glossary>\n\n<Term word="Advocate">\n\nSomeone who speaks up for you.\n\n</Term>\n\n</Glossary>\n', 'easy-read'),
    ).toEqual([
      { type: 'heading', line: 1, level: 2, id: 'hard-words', content: [text('Hard words')] },
      {
        type: 'glossary',
        line: 1,
        terms: [
          { word: 'Advocate', line: 3, content: [{ type: 'paragraph', line: 5, content: [text('Someone who speaks up for you.')] }] },
        ],
      },
    ]);
  });

  it('writes the words it supplies in Welsh in a Welsh document: the glossary heading and the default intros', () => {
    const easyRead = newContext('test.mdx', 0, 'easy-read', 'cy-GB');
    const [heading] = rootToBlocks(
      parseMdx('<Glossary>\n\n<Term word="Eiriolwr">\n\nRhywun sy\'n siarad ar eich rhan.\n\n</Term>\n\n</Glossary>\n'),
      easyRead,
    );
    expect(heading).toEqual({ type: 'heading', line: 1, level: 2, id: 'geiriau-anodd', content: [text('Geiriau anodd')] });
    const full = newContext('test.mdx', 0, 'full', 'cy-GB');
    const blocks = rootToBlocks(
      parseMdx(
        '<Commitments>\n\n- gwrando\n\n</Commitments>\n\n<Targets>\n\n- ateb\n\n</Targets>\n\n<Measures>\n\n- arolwg\n\n</Measures>\n',
      ),
      full,
    );
    expect([...easyRead.problems, ...full.problems]).toEqual([]);
    expect(blocks.map((block) => ('intro' in block ? block.intro : undefined))).toEqual([
      'Byddwn yn:',
      'Targedau:',
      'Sut y byddwn yn mesur hyn:',
    ]);
  });

  it("keeps the author's heading above a glossary", () => {
    const blocks = blocksOf(
      '## Words\n\n<Glossary>\n\n<Term word="Dignity">\nBeing treated as a person who matters.\n</Term>\n\n</Glossary>\n',
      'easy-read',
    );
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'glossary']);
    expect(blocks[0]).toMatchObject({ id: 'words' });
  });

  it('reports what breaks the easy-read rules at its line', () => {
    expect(
      problemsOf(
        [
          'A sentence without a picture.',
          '<Point picture="no-such-picture-here">\n\nText.\n\n</Point>',
          '<Point picture="house">\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n</Point>',
          '<Term word="Loose">\n\nOutside.\n\n</Term>',
          '<Commitments>\n\n- A charter component.\n\n</Commitments>',
        ].join('\n\n'),
        'easy-read',
      ),
    ).toEqual([
      '1:1 In easy read, every sentence goes in a <Point> beside its picture (house rule ER-6).',
      '3:1 There is no picture called "no-such-picture-here".',
      '9:1 <Point> may contain only sentences (paragraphs) and lists, not tables or other components.',
      '9:1 <Point> has no text.',
      '17:1 <Term> belongs inside <Glossary>.',
      '23:1 Unknown component <Commitments> in easy read.',
    ]);
  });

  it('keeps a list inside a point, after its sentence (an organisation’s own booklet often has one)', () => {
    const [point] = blocksOf('<Point picture="house">\n\nWe can help:\n\n- by phone\n- by letter\n\n</Point>\n', 'easy-read');
    expect(point?.type === 'point' && point.content.map((part) => part.type)).toEqual(['paragraph', 'list']);
  });

  it('suggests the nearest picture names for a misspelt one', () => {
    const [problem] = convert('<Point picture="telefone">\n\nCall.\n\n</Point>\n', 'easy-read').problems;
    expect(problem?.fix).toMatch(/Nearest names: .*telephone/);
  });
});

describe('buildCharterDocument', () => {
  const meta = CharterFrontmatterSchema.parse({
    title: 'Our promises',
    organisation: 'Test Council',
    language: 'en-GB',
    summary: 'What people can expect from us.',
    audience: 'Everyone',
    card: { title: 'Promises', promises: ['One', 'Two', 'Three'], contact: 'Call us' },
    source: { title: 'Our promises', description: 'Test.' },
  });
  const build = (body: string, overrides: Partial<typeof meta> = {}) =>
    buildCharterDocument({
      id: 'test',
      file: 'content/charters/test/charter.mdx',
      meta: { ...meta, ...overrides },
      body,
      bodyLineOffset: 10,
    });
  const problems = (body: string, overrides: Partial<typeof meta> = {}): string[] => {
    try {
      build(body, overrides);
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`);
      throw error;
    }
    throw new Error('accepted');
  };

  it('builds the model: title, language, level-2 sections and where the contact details go', () => {
    const doc = build('## First\n\nText.\n\n### Part\n\n## Second\n\nMore.\n');
    expect(doc).toMatchObject({ edition: 'full', id: 'test', title: 'Our promises', lang: 'en-GB', hasContactBlock: false });
    expect(doc.sections).toEqual([
      { id: 'first', text: 'First' },
      { id: 'second', text: 'Second' },
    ]);
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', line: 11 });
  });

  it('lists the sections of both halves of a bilingual charter, marking the other language', () => {
    const doc = build(
      [
        '## Our promises',
        'Text.',
        '## <Language lang="cy">Iaith Gwaith</Language>: Welsh with us',
        '<Language lang="cy">',
        '## Ein haddewidion',
        'Testun.',
        '### Rhan',
        '## Gair <Language lang="en-GB">English</Language> yma',
        '<Language lang="en-GB">',
        '## Back in English',
        '</Language>',
        '</Language>',
      ].join('\n\n'),
    );
    expect(doc.sections).toEqual([
      { id: 'our-promises', text: 'Our promises' },
      {
        id: 'iaith-gwaith-welsh-with-us',
        text: 'Iaith Gwaith: Welsh with us',
        parts: [{ text: 'Iaith Gwaith', lang: 'cy' }, { text: ': Welsh with us' }],
      },
      { id: 'ein-haddewidion', text: 'Ein haddewidion', lang: 'cy' },
      {
        id: 'gair-english-yma',
        text: 'Gair English yma',
        lang: 'cy',
        parts: [{ text: 'Gair ' }, { text: 'English', lang: 'en-GB' }, { text: ' yma' }],
      },
      { id: 'back-in-english', text: 'Back in English' },
    ]);
  });

  it("reports invalid MDX at the file's line, not the body's", () => {
    // The body starts after 10 lines of frontmatter: body line 3 is file line 13.
    expect(problems('Fine.\n\n<Callout>\n\nNever closed.\n')).toEqual([
      'content/charters/test/charter.mdx:13 This is not valid MDX: Expected a closing tag for `<Callout>`',
    ]);
    expect(problems('Fine.\n\nA <b\n')[0]).toMatch(
      /^content\/charters\/test\/charter\.mdx:13 This is not valid MDX: Unexpected end of file/,
    );
  });

  it('reports every problem at once, each at its file line', () => {
    expect(problems('# Title\n\nText {x}.\n')).toEqual([
      'content/charters/test/charter.mdx:11 A level-1 heading (# …) is not allowed in the text: the charter title is the only level-1 heading.',
      'content/charters/test/charter.mdx:13 JavaScript expressions in `{…}` are not allowed in charters: content cannot run code.',
    ]);
  });

  it('refuses an empty text and contact details placed without any to show', () => {
    expect(problems('')).toEqual(['content/charters/test/charter.mdx:11 The document has no text.']);
    expect(problems('<ContactDetails />\n')).toEqual([
      'content/charters/test/charter.mdx:1 The contact details are placed in the text, but the charter has no contact details in its frontmatter.',
    ]);
    expect(build('<ContactDetails />\n', { contact: { team: 'Help Team' } }).hasContactBlock).toBe(true);
    expect(problems('<ContactDetails />\n\n<ContactDetails />\n', { contact: { team: 'Help Team' } })).toEqual([
      'content/charters/test/charter.mdx:1 The contact details are placed more than once.',
    ]);
  });
});

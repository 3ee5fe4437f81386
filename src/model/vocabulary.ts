import type { BlockType } from './types.ts';

/**
 * The MDX components charter authors may use: the whole vocabulary. Anything else (another
 * component, `import`, `export`, `{expressions}`) is rejected, so content cannot run code.
 * `content/README.md` documents each with the same example.
 */
export interface ComponentSpec {
  /** The block it becomes in the model. */
  block: BlockType;
  /** Allowed string attributes; `true` when required. */
  attributes: Record<string, boolean>;
  /** What its children must be. */
  children: 'list' | 'blocks' | 'none' | 'paragraphs' | 'terms';
  /** One line for authors. */
  summary: string;
  /** A short, valid example. */
  example: string;
}

export const COMPONENTS = {
  Commitments: {
    block: 'commitments',
    attributes: { intro: false },
    children: 'list',
    summary: 'A list of promises, introduced by words such as "We will:" (the default).',
    example: '<Commitments intro="When we meet you we will:">\n\n- Be punctual.\n- Show you our identification.\n\n</Commitments>',
  },
  Targets: {
    block: 'targets',
    attributes: { intro: false },
    children: 'list',
    summary: 'A list of measurable targets, introduced by "Targets:" (the default).',
    example: '<Targets>\n\n- To answer calls within 5 rings.\n\n</Targets>',
  },
  Target: {
    block: 'target',
    attributes: { label: true },
    children: 'blocks',
    summary: 'One labelled target, with its text (and a list if it has parts).',
    example: '<Target label="Target 1">\n\nTo answer all letters within 5 working days\n\n</Target>',
  },
  Measures: {
    block: 'measures',
    attributes: { intro: false },
    children: 'list',
    summary: 'How the organisation will check it keeps a promise: "How we will measure this:" (the default).',
    example: '<Measures>\n\n- Customer and family feedback\n\n</Measures>',
  },
  Callout: {
    block: 'callout',
    attributes: { title: false },
    children: 'blocks',
    summary: 'A boxed note that stands apart from the text, with an optional bold title.',
    example: '<Callout title="Need help?">\n\nAsk any member of staff.\n\n</Callout>',
  },
  Quote: {
    block: 'quote',
    attributes: { cite: false },
    children: 'blocks',
    summary: 'A quotation or motto, with who said it if known (a Markdown `>` quote also works).',
    example: '<Quote>\n\n“Remember that every person is an individual”\n\n</Quote>',
  },
  Language: {
    block: 'language',
    attributes: { lang: true },
    children: 'blocks',
    summary:
      "Text in another language than the charter's: around blocks (the Welsh half of a bilingual charter, its ## headings listed in the contents), or inside a sentence or heading for a few words. Screen readers switch voice (WCAG 3.1.2).",
    example: '<Language lang="cy">\n\nByddwn yn ateb eich llythyr o fewn 5 diwrnod gwaith.\n\n</Language>',
  },
  ContactDetails: {
    block: 'contact',
    attributes: {},
    children: 'none',
    summary: 'Shows the contact details from the frontmatter at this point (otherwise they are shown at the end).',
    example: '<ContactDetails />',
  },
} as const satisfies Record<string, ComponentSpec>;

/**
 * The easy-read vocabulary (content/charters/<slug>/easy-read.mdx): every sentence sits in a
 * point beside a picture (house rules ER-4, ER-6), and hard words go in a glossary (ER-11).
 */
export const EASY_READ_COMPONENTS = {
  Point: {
    block: 'point',
    attributes: { picture: true },
    children: 'paragraphs',
    summary: 'One picture beside 1 to 4 short sentences, each sentence its own paragraph. The picture is named from OpenMoji.',
    example: '<Point picture="telephone">\n\nYou can phone us.\n\nWe will listen to you.\n\n</Point>',
  },
  ContactPoint: {
    block: 'point',
    attributes: { picture: false },
    children: 'paragraphs',
    summary:
      'The "who to contact" point: its sentences, then the charter\'s contact details (phone, email, post). Picture defaults to "telephone".',
    example: '<ContactPoint>\n\nYou can phone us or write to us.\n\n</ContactPoint>',
  },
  Glossary: {
    block: 'glossary',
    attributes: {},
    children: 'terms',
    summary: 'The hard words, explained, at the end of the document. Contains <Term> entries only.',
    example: '<Glossary>\n\n<Term word="assessment">\n\nAn assessment is a meeting about the help you need.\n\n</Term>\n\n</Glossary>',
  },
  Term: {
    block: 'glossary',
    attributes: { word: true },
    children: 'paragraphs',
    summary: 'One hard word and its explanation in easy words (inside <Glossary> only).',
    example: '<Term word="dignity">\n\nDignity means treating you as a person who matters.\n\n</Term>',
  },
} as const satisfies Record<string, ComponentSpec>;

export type Edition = 'full' | 'easy-read';
export type ComponentName = keyof typeof COMPONENTS;
export type EasyReadComponentName = keyof typeof EASY_READ_COMPONENTS;

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];
export const EASY_READ_COMPONENT_NAMES = Object.keys(EASY_READ_COMPONENTS) as EasyReadComponentName[];

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}

export function isEasyReadComponentName(name: string): name is EasyReadComponentName {
  return Object.hasOwn(EASY_READ_COMPONENTS, name);
}

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
  children: 'list' | 'blocks' | 'none';
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
  ContactDetails: {
    block: 'contact',
    attributes: {},
    children: 'none',
    summary: 'Shows the contact details from the frontmatter at this point (otherwise they are shown at the end).',
    example: '<ContactDetails />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}

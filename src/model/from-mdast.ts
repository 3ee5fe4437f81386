import type { BlockContent, DefinitionContent, List, ListItem as MdastListItem, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { t, type UiLanguage } from '../i18n/index.ts';
import type { ContentProblem } from './content-error.ts';
import { languageTagProblems, nearestLanguageTags } from '../schemas/language-tag.ts';
import { nearestPictureNames, resolvePicture } from './pictures.ts';
import { checkLinkAddress, LINK_FIX, visibleAddress } from '../lib/safe-url.ts';
import type { Block, GlossaryBlock, HeadingBlock, Inline, ListBlock, ListItem, ParagraphBlock, PointBlock } from './types.ts';
import {
  COMPONENT_NAMES,
  COMPONENTS,
  EASY_READ_COMPONENT_NAMES,
  EASY_READ_COMPONENTS,
  isComponentName,
  isEasyReadComponentName,
  type ComponentName,
  type ComponentSpec,
  type Edition,
} from './vocabulary.ts';

/** Where we are in the file, and the problems found so far (all are reported, not just the first). */
export interface ConvertContext {
  file: string;
  /** Lines before the body in the file (the frontmatter), added to every reported line. */
  lineOffset: number;
  problems: ContentProblem[];
  slugger: GithubSlugger;
  /** The previous heading level, to catch skipped levels (WCAG 1.3.1; PDF/UA-1 7.4.2). */
  lastHeadingLevel: number;
  /** Which vocabulary applies. */
  edition: Edition;
  /** The interface language of the document's language: the words the model supplies itself (default intros, the glossary heading). */
  lang: UiLanguage;
}

type AnyNode = RootContent | PhrasingContent | BlockContent | DefinitionContent | MdastListItem;

type Positioned = { position?: { start: { line: number; column: number } } | undefined } | undefined;

function lineOf(ctx: ConvertContext, node: Positioned): number {
  return (node?.position?.start.line ?? 1) + ctx.lineOffset;
}

function report(ctx: ConvertContext, node: Positioned, message: string, fix?: string): void {
  const start = node?.position?.start;
  ctx.problems.push({
    file: ctx.file,
    line: (start?.line ?? 1) + ctx.lineOffset,
    ...(start ? { column: start.column } : {}),
    rule: 'vocabulary',
    message,
    ...(fix ? { fix } : {}),
  });
}

const charterHint = `Use Markdown (headings, paragraphs, lists, tables, **bold**, [links](https://…)) or one of: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}.`;
const easyReadHint = `In easy read, use ## headings and ${EASY_READ_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}; every sentence goes in a <Point> beside its picture.`;
const hint = (ctx: ConvertContext) => (ctx.edition === 'easy-read' ? easyReadHint : charterHint);

/** Explains nodes that are valid MDX but not allowed in a charter. */
function rejectNode(ctx: ConvertContext, node: AnyNode): void {
  switch (node.type) {
    case 'mdxjsEsm':
      return report(
        ctx,
        node,
        '`import` and `export` are not allowed in charters: content cannot run code.',
        `Delete this line. ${hint(ctx)}`,
      );
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return report(
        ctx,
        node,
        'JavaScript expressions in `{…}` are not allowed in charters: content cannot run code.',
        'Write the text itself. To show a literal brace, write \\{ or \\}.',
      );
    case 'thematicBreak':
      return report(
        ctx,
        node,
        'Horizontal rules (---) are not allowed: they mean nothing to screen readers.',
        'Start the new part with a heading (## Heading) instead.',
      );
    case 'code':
    case 'inlineCode':
      return report(ctx, node, 'Code is not allowed in a charter.', 'Write it as ordinary text.');
    case 'image':
    case 'imageReference':
      return report(ctx, node, 'Pictures are not supported in charter text yet.', 'Remove the picture, or describe it in words.');
    case 'html':
      return report(ctx, node, 'Raw HTML is not allowed in charters.', hint(ctx));
    case 'delete':
      return report(
        ctx,
        node,
        'Struck-through text is not allowed: it is hard to read and screen readers ignore it.',
        'Delete the old words instead.',
      );
    case 'footnoteReference':
    case 'footnoteDefinition':
    case 'linkReference':
    case 'definition':
      return report(ctx, node, 'Footnotes and reference-style links are not supported.', 'Write the link inline: [text](https://…).');
    default:
      return report(ctx, node, `"${node.type}" is not allowed in a charter.`, hint(ctx));
  }
}

function normaliseText(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ');
}

/**
 * A link address checked by the shared rule (src/lib/safe-url.ts), kept as the author wrote it; a
 * refused one is reported (file:line and fix) and blanked, so no renderer ever sees it.
 */
function checkedHref(address: string, node: Positioned, ctx: ConvertContext): string {
  const checked = checkLinkAddress(address);
  if (checked.ok) return address;
  report(ctx, node, `Link address ${visibleAddress(address)} is not allowed: ${checked.problem}.`, LINK_FIX);
  return '';
}

export function toInlines(nodes: readonly PhrasingContent[], ctx: ConvertContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ type: 'text', value: normaliseText(node.value) });
        break;
      case 'strong':
        out.push({ type: 'strong', children: toInlines(node.children, ctx) });
        break;
      case 'emphasis':
        out.push({ type: 'emphasis', children: toInlines(node.children, ctx) });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'link':
        out.push({ type: 'link', href: checkedHref(node.url, node, ctx), children: toInlines(node.children, ctx) });
        break;
      case 'mdxJsxTextElement': {
        if (node.name === 'Language' && ctx.edition === 'full') {
          const inline = toInlineLanguage(node, ctx);
          if (inline) out.push(inline);
          break;
        }
        report(
          ctx,
          node,
          `<${node.name ?? ''}> cannot be used inside a sentence.`,
          `${ctx.edition === 'full' ? 'Only <Language> can mark words inside a sentence. ' : ''}Put components on their own lines, with blank lines around their content. ${hint(ctx)}`,
        );
        break;
      }
      default:
        rejectNode(ctx, node);
    }
  }
  return trimInlines(out);
}

/** What authors are shown when an inline `<Language>` is missing its lang. */
const INLINE_LANGUAGE_EXAMPLE = 'We call this <Language lang="cy">gofal</Language> in Welsh.';

/**
 * `<Language lang="…">words</Language>` inside a sentence or heading: the same check of the
 * tag as the block form, and its words as inline content (nesting allowed).
 */
function toInlineLanguage(node: MdxJsxTextElement, ctx: ConvertContext): Inline | undefined {
  const attributes = attributesOf(node, 'Language', { ...COMPONENTS.Language, example: INLINE_LANGUAGE_EXAMPLE }, ctx);
  const lang = checkedLanguage(attributes['lang'] ?? '', node, ctx);
  const children = toInlines(node.children, ctx);
  if (children.length === 0) {
    report(ctx, node, '<Language> has no words inside it.', `Write the words between the tags, for example: ${INLINE_LANGUAGE_EXAMPLE}`);
    return undefined;
  }
  return { type: 'language', lang, children };
}

/**
 * A `<Language>` tag checked against the IANA language subtag registry, as the frontmatter's
 * `language` is (src/schemas/language-tag.ts): a wrong tag makes screen readers mispronounce
 * the words (WCAG 3.1.2). Reported at the component's line with the nearest registered tags.
 */
function checkedLanguage(lang: string, node: Positioned, ctx: ConvertContext): string {
  if (!lang) return lang; // A missing lang is reported with the attributes.
  const problems = languageTagProblems(lang);
  if (problems.length > 0) {
    const nearest = nearestLanguageTags(lang)
      .map((tag) => `lang="${tag}"`)
      .join(', ');
    report(
      ctx,
      node,
      `The lang of <Language> is not a registered language tag: ${problems.join('; ')}.`,
      `Use a registered BCP 47 tag (lang="cy" is Welsh, lang="en-GB" English); the nearest are ${nearest}.`,
    );
  }
  return lang;
}

/** Removes leading/trailing white space of a run, which Markdown source formatting leaves behind. */
function trimInlines(inlines: Inline[]): Inline[] {
  const first = inlines[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = inlines.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return inlines.filter((inline) => inline.type !== 'text' || inline.value !== '');
}

function toListItems(list: List, ctx: ConvertContext): ListItem[] {
  return list.children.map((item) => ({ content: toBlocks(item.children, ctx) }));
}

function toHeading(node: Extract<RootContent, { type: 'heading' }>, ctx: ConvertContext): HeadingBlock | undefined {
  if (node.depth === 1) {
    report(
      ctx,
      node,
      'A level-1 heading (# …) is not allowed in the text: the charter title is the only level-1 heading.',
      'Use ## for sections and ### for parts of a section.',
    );
    return undefined;
  }
  if (node.depth > 4) {
    report(
      ctx,
      node,
      `Heading level ${node.depth} is too deep: charters use levels 2 to 4.`,
      'Use ##, ### or ####, or make this a bold paragraph.',
    );
    return undefined;
  }
  if (node.depth > ctx.lastHeadingLevel + 1) {
    report(
      ctx,
      node,
      `Heading level ${node.depth} skips level ${ctx.lastHeadingLevel + 1}: screen-reader users navigate by heading level (WCAG 1.3.1).`,
      `Use ${'#'.repeat(ctx.lastHeadingLevel + 1)} here, or add the missing level above.`,
    );
  }
  ctx.lastHeadingLevel = node.depth;
  const content = toInlines(node.children, ctx);
  const text = toString(node).trim();
  if (!text) report(ctx, node, 'This heading is empty.', 'Write the heading text after the #s.');
  // An id must start with a letter to be usable in CSS selectors and valid for html-validate.
  const slug = ctx.slugger.slug(text);
  return {
    type: 'heading',
    line: lineOf(ctx, node),
    level: node.depth as 2 | 3 | 4,
    id: /^[a-z]/.test(slug) ? slug : `section-${slug}`,
    content,
  };
}

function toTable(node: Table, ctx: ConvertContext): Block | undefined {
  const [head, ...rows] = node.children;
  if (!head) return undefined;
  const headCells = head.children.map((cell) => toInlines(cell.children, ctx));
  if (headCells.some((cell) => cell.length === 0)) {
    report(
      ctx,
      node,
      'Every column of a table needs a header (WCAG 1.3.1).',
      'Write a short header in each cell of the first row, for example | Review | Date |.',
    );
  }
  return {
    type: 'table',
    head: headCells,
    rows: rows.map((row) => row.children.map((cell) => toInlines(cell.children, ctx))),
  };
}

function attributesOf(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  spec: ComponentSpec,
  ctx: ConvertContext,
): Record<string, string> {
  const allowed: Record<string, boolean> = spec.attributes;
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(ctx, node, `<${name}> has a {…} spread attribute: content cannot run code.`, 'Write each attribute as name="text".');
      continue;
    }
    if (!Object.hasOwn(allowed, attribute.name)) {
      const names = Object.keys(allowed);
      report(
        ctx,
        node,
        `<${name}> has no attribute "${attribute.name}".`,
        names.length ? `Allowed: ${names.map((n) => `${n}="…"`).join(', ')}.` : `<${name}> takes no attributes.`,
      );
      continue;
    }
    if (typeof attribute.value !== 'string') {
      report(
        ctx,
        node,
        `The ${attribute.name} attribute of <${name}> must be plain text in quotes, not {…}: content cannot run code.`,
        `Write ${attribute.name}="…".`,
      );
      continue;
    }
    values[attribute.name] = attribute.value.trim();
  }
  for (const [attribute, required] of Object.entries(allowed)) {
    if (required && !values[attribute]) report(ctx, node, `<${name}> needs a ${attribute}="…" attribute.`, `Example:\n${spec.example}`);
  }
  return values;
}

/** The single list a list component must contain. */
function onlyList(node: MdxJsxFlowElement, name: ComponentName, ctx: ConvertContext): ListItem[] {
  const children = node.children;
  const [list] = children;
  if (children.length !== 1 || list?.type !== 'list') {
    report(
      ctx,
      node,
      `<${name}> must contain exactly one Markdown list and nothing else.`,
      `Leave a blank line after <${name}>, then write the items as "- …". Example:\n${COMPONENTS[name].example}`,
    );
    return list?.type === 'list' ? toListItems(list, ctx) : [];
  }
  return toListItems(list, ctx);
}

/** Children of a block component; a one-line `<Target label="…">text</Target>` gives phrasing, which becomes a paragraph. */
function childBlocks(node: MdxJsxFlowElement, ctx: ConvertContext): Block[] {
  const isPhrasing = node.children.every(
    (child) => !['paragraph', 'list', 'heading', 'table', 'blockquote', 'mdxJsxFlowElement'].includes(child.type),
  );
  if (isPhrasing && node.children.length > 0) {
    return [{ type: 'paragraph', line: lineOf(ctx, node), content: toInlines(node.children as PhrasingContent[], ctx) }];
  }
  return toBlocks(node.children as RootContent[], ctx);
}

function toComponent(node: MdxJsxFlowElement | MdxJsxTextElement, ctx: ConvertContext): Block | undefined {
  const name = node.name ?? '';
  if (node.type === 'mdxJsxTextElement') {
    report(
      ctx,
      node,
      `<${name}> cannot be used inside a sentence.`,
      'Put the component on its own line, with blank lines around its content.',
    );
    return undefined;
  }
  if (!isComponentName(name)) {
    report(ctx, node, name ? `Unknown component <${name}>.` : 'Fragments (<>…</>) are not allowed.', hint(ctx));
    return undefined;
  }
  const attributes = attributesOf(node, name, COMPONENTS[name], ctx);
  switch (name) {
    case 'Commitments':
      return {
        type: 'commitments',
        intro: attributes['intro'] || t(ctx.lang, 'charter.commitments.intro'),
        items: onlyList(node, name, ctx),
      };
    case 'Targets':
      return { type: 'targets', intro: attributes['intro'] || t(ctx.lang, 'charter.targets.intro'), items: onlyList(node, name, ctx) };
    case 'Measures':
      return { type: 'measures', intro: attributes['intro'] || t(ctx.lang, 'charter.measures.intro'), items: onlyList(node, name, ctx) };
    case 'Target':
      return { type: 'target', label: attributes['label'] ?? '', content: childBlocks(node, ctx) };
    case 'Callout':
      return { type: 'callout', ...(attributes['title'] ? { title: attributes['title'] } : {}), content: childBlocks(node, ctx) };
    case 'Quote':
      return { type: 'quote', ...(attributes['cite'] ? { cite: attributes['cite'] } : {}), content: childBlocks(node, ctx) };
    case 'Language':
      return { type: 'language', lang: checkedLanguage(attributes['lang'] ?? '', node, ctx), content: childBlocks(node, ctx) };
    case 'ContactDetails':
      if (node.children.length > 0)
        report(
          ctx,
          node,
          '<ContactDetails /> takes no content: it shows the contact details from the frontmatter.',
          'Write <ContactDetails /> on its own line.',
        );
      return { type: 'contact' };
  }
}

export function toBlocks(nodes: readonly (RootContent | BlockContent | DefinitionContent)[], ctx: ConvertContext): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    let block: Block | undefined;
    switch (node.type) {
      case 'heading':
        block = toHeading(node, ctx);
        break;
      case 'paragraph': {
        const content = toInlines(node.children, ctx);
        if (content.length > 0) block = { type: 'paragraph', line: lineOf(ctx, node), content };
        break;
      }
      case 'list':
        block = {
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}),
          items: toListItems(node, ctx),
        };
        break;
      case 'table':
        block = toTable(node, ctx);
        break;
      case 'blockquote':
        block = { type: 'quote', content: toBlocks(node.children, ctx) };
        break;
      case 'mdxJsxFlowElement':
        block = toComponent(node, ctx);
        break;
      default:
        rejectNode(ctx, node);
    }
    if (block) blocks.push(block);
  }
  return blocks;
}

export function newContext(file: string, lineOffset: number, edition: Edition = 'full', lang: UiLanguage = 'en-GB'): ConvertContext {
  return { file, lineOffset, problems: [], slugger: new GithubSlugger(), lastHeadingLevel: 1, edition, lang };
}

export function rootToBlocks(root: Root, ctx: ConvertContext): Block[] {
  return ctx.edition === 'easy-read' ? toEasyReadBlocks(root.children, ctx) : toBlocks(root.children, ctx);
}

/** The sentences of a glossary term: paragraphs only. */
function toParagraphs(node: MdxJsxFlowElement, ctx: ConvertContext): ParagraphBlock[] {
  const blocks = childBlocks(node, ctx);
  const paragraphs = blocks.filter((block): block is ParagraphBlock => block.type === 'paragraph');
  if (paragraphs.length !== blocks.length) {
    report(
      ctx,
      node,
      `<${node.name ?? ''}> may contain only sentences (paragraphs), not lists, tables or other components.`,
      'Write each sentence as its own paragraph, with a blank line between them.',
    );
  }
  if (paragraphs.length === 0) report(ctx, node, `<${node.name ?? ''}> has no text.`, 'Write 1 to 4 short sentences inside it.');
  return paragraphs;
}

/** The content of a point: sentences, and lists of short items. */
function toPointContent(node: MdxJsxFlowElement, ctx: ConvertContext): PointBlock['content'] {
  const blocks = childBlocks(node, ctx);
  const content = blocks.filter((block): block is ParagraphBlock | ListBlock => block.type === 'paragraph' || block.type === 'list');
  if (content.length !== blocks.length) {
    report(
      ctx,
      node,
      `<${node.name ?? ''}> may contain only sentences (paragraphs) and lists, not tables or other components.`,
      'Write each sentence as its own paragraph, with a blank line between them; a list is "- " items.',
    );
  }
  if (content.length === 0) report(ctx, node, `<${node.name ?? ''}> has no text.`, 'Write 1 to 4 short sentences inside it.');
  return content;
}

function toPoint(node: MdxJsxFlowElement, name: 'Point' | 'ContactPoint', ctx: ConvertContext): PointBlock | undefined {
  const attributes = attributesOf(node, name, EASY_READ_COMPONENTS[name], ctx);
  const pictureName = attributes['picture'] || (name === 'ContactPoint' ? 'telephone' : '');
  const picture = resolvePicture(pictureName);
  if (pictureName && !picture) {
    report(
      ctx,
      node,
      `There is no picture called "${pictureName}".`,
      `Pictures are OpenMoji names (npm run pictures -- <word> lists them). Nearest names: ${nearestPictureNames(pictureName).join(', ')}.`,
    );
  }
  const content = toPointContent(node, ctx);
  if (!picture) return undefined;
  return { type: 'point', line: lineOf(ctx, node), picture, content, contact: name === 'ContactPoint' };
}

function toGlossary(node: MdxJsxFlowElement, ctx: ConvertContext): GlossaryBlock {
  attributesOf(node, 'Glossary', EASY_READ_COMPONENTS.Glossary, ctx);
  const terms: GlossaryBlock['terms'] = [];
  for (const child of node.children) {
    if (child.type === 'mdxJsxFlowElement' && child.name === 'Term') {
      const attributes = attributesOf(child, 'Term', EASY_READ_COMPONENTS.Term, ctx);
      terms.push({ word: attributes['word'] ?? '', line: lineOf(ctx, child), content: toParagraphs(child, ctx) });
    } else {
      report(ctx, child, '<Glossary> may contain only <Term word="…"> entries.', `Example:\n${EASY_READ_COMPONENTS.Glossary.example}`);
    }
  }
  return { type: 'glossary', line: lineOf(ctx, node), terms };
}

/** Easy read: headings, points and one glossary; every sentence beside a picture (ER-6). */
function toEasyReadBlocks(nodes: readonly RootContent[], ctx: ConvertContext): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (node.type === 'heading') {
      const heading = toHeading(node, ctx);
      if (heading) blocks.push(heading);
    } else if (node.type === 'mdxJsxFlowElement' && isEasyReadComponentName(node.name ?? '')) {
      const name = node.name as keyof typeof EASY_READ_COMPONENTS;
      if (name === 'Point' || name === 'ContactPoint') {
        const point = toPoint(node, name, ctx);
        if (point) blocks.push(point);
      } else if (name === 'Glossary') {
        // The glossary always sits under its own heading, so every format can find it.
        if (blocks.at(-1)?.type !== 'heading') {
          const heading = t(ctx.lang, 'easyRead.glossary.heading');
          blocks.push({
            type: 'heading',
            line: lineOf(ctx, node),
            level: 2,
            id: ctx.slugger.slug(heading),
            content: [{ type: 'text', value: heading }],
          });
          ctx.lastHeadingLevel = 2;
        }
        blocks.push(toGlossary(node, ctx));
      } else {
        report(ctx, node, '<Term> belongs inside <Glossary>.', `Example:\n${EASY_READ_COMPONENTS.Glossary.example}`);
      }
    } else if (node.type === 'paragraph' || node.type === 'list' || node.type === 'table' || node.type === 'blockquote') {
      report(
        ctx,
        node,
        'In easy read, every sentence goes in a <Point> beside its picture (house rule ER-6).',
        `Example:\n${EASY_READ_COMPONENTS.Point.example}`,
      );
    } else if (node.type === 'mdxJsxFlowElement') {
      report(ctx, node, node.name ? `Unknown component <${node.name}> in easy read.` : 'Fragments (<>…</>) are not allowed.', easyReadHint);
    } else {
      rejectNode(ctx, node);
    }
  }
  return blocks;
}

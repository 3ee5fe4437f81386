/**
 * content/README.md is the authors' reference: it must name every frontmatter field and
 * every component, and each component example must itself be valid charter MDX.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { CharterFrontmatterSchema } from '../src/schemas/charter.ts';
import { buildCharterDocument } from '../src/model/build-charter-document.ts';
import { COMPONENTS, COMPONENT_NAMES, EASY_READ_COMPONENT_NAMES } from '../src/model/vocabulary.ts';
import { EasyReadFrontmatterSchema } from '../src/schemas/easy-read.ts';
import { SiteSchema } from '../src/schemas/site.ts';
import { allBlocks } from '../src/model/walk.ts';
import { ROOT } from './helpers/paths.ts';

const guide = readFileSync(path.join(ROOT, 'content/README.md'), 'utf8');

/** Every key of an object schema, nested keys included (unwrapping optional/default/array). */
function keysOf(schema: z.ZodType): string[] {
  const def = (
    schema as unknown as {
      def: { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType> };
    }
  ).def;
  if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([key, value]) => [key, ...keysOf(value)]);
  const inner = def.innerType ?? def.element ?? def.in;
  return inner ? keysOf(inner) : [];
}

describe('content/README.md', () => {
  it.each([...new Set(keysOf(CharterFrontmatterSchema))])('documents the frontmatter field %s', (key) => {
    expect(guide).toContain(`\`${key}\``);
  });

  it.each([...new Set(keysOf(EasyReadFrontmatterSchema))])('documents the easy-read field %s', (key) => {
    expect(guide).toContain(`\`${key}\``);
  });

  it.each([...new Set(keysOf(SiteSchema))])('documents the site setting %s', (key) => {
    expect(guide.slice(guide.indexOf('## Site settings'))).toContain(`\`${key}\``);
  });

  it.each([...COMPONENT_NAMES, ...EASY_READ_COMPONENT_NAMES])('documents the component %s with an example', (name) => {
    expect(guide).toContain(`### ${name}`);
    expect(guide).toContain(`<${name}`);
  });

  it('gives component examples that are valid charter text', () => {
    const meta = CharterFrontmatterSchema.parse({
      title: 'T',
      organisation: 'O',
      language: 'en-GB',
      summary: 'A summary of twenty characters.',
      audience: 'A',
      contact: { team: 'Team' },
      card: { title: 'C', promises: ['a', 'b', 'c'], contact: 'c' },
      source: { title: 'S', description: 'D' },
    });
    for (const spec of Object.values(COMPONENTS)) {
      expect(() => buildCharterDocument({ id: 'x', file: 'example.mdx', meta, body: spec.example, bodyLineOffset: 0 })).not.toThrow();
    }
    // The guide's own examples of <Language>: around blocks, inside a sentence and a heading,
    // and a bilingual document, whose link to the Welsh half leads to a heading it has.
    const examples = ['### Language', '### One document with both languages'].flatMap((heading) => mdxExamplesUnder(heading));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const body of examples) {
      const doc = buildCharterDocument({ id: 'x', file: 'example.mdx', meta, body, bodyLineOffset: 0 });
      const ids = new Set([...allBlocks(doc.blocks)].flatMap((block) => (block.type === 'heading' ? [block.id] : [])));
      for (const [, id] of body.matchAll(/\]\(#([^)]+)\)/g)) expect(ids, `#${id ?? ''}`).toContain(id);
    }
  });
});

/** The ```mdx examples between a heading of the guide and the next heading of its level or above (headings in examples do not count). */
function mdxExamplesUnder(heading: string): string[] {
  const lines = guide.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(' ');
  const examples: string[] = [];
  let fence: { mdx: boolean; lines: string[] } | undefined;
  for (const line of lines.slice(start + 1)) {
    if (fence) {
      if (line !== '```') fence.lines.push(line);
      else {
        if (fence.mdx) examples.push(fence.lines.join('\n'));
        fence = undefined;
      }
    } else if (line.startsWith('```')) fence = { mdx: line === '```mdx', lines: [] };
    else if (/^#+ /.test(line) && line.indexOf(' ') <= level) break;
  }
  return examples;
}

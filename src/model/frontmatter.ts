import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error.ts';

/** A content file split into its YAML frontmatter and its MDX body. */
export interface SplitSource {
  /** The YAML between the `---` fences ('' when there is none). */
  frontmatter: string;
  /** The MDX after the closing fence. */
  body: string;
  /** Lines before the body (fences and YAML), to map body lines back to file lines. */
  bodyLineOffset: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitSource {
  const match = FENCE.exec(source);
  if (!match) return { frontmatter: '', body: source, bodyLineOffset: 0 };
  return {
    frontmatter: match[1] ?? '',
    body: source.slice(match[0].length),
    bodyLineOffset: match[0].split('\n').length - 1,
  };
}

/** The line a YAML path points at (the key's line), falling back to its nearest parent. */
function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parentPath = path.slice(0, Math.max(0, depth - 1));
    const parent = depth === 0 ? doc.contents : doc.getIn(parentPath as unknown[], true);
    const key = path[depth - 1];
    if (depth > 0 && isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
      const range = (isScalar(pair?.key) ? pair.key.range : undefined);
      if (range) return counter.linePos(range[0]).line;
    }
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document): { path: PropertyKey[]; message: string; fix?: string } {
  const path = [...issue.path];
  const where = path.length ? `"${path.join('.')}"` : 'The frontmatter';
  if (issue.code === 'unrecognized_keys') {
    return {
      path: [...path, issue.keys[0] ?? ''],
      message: `Unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${path.length ? ` in ${where}` : ''}.`,
      fix: 'Check the spelling against content/README.md, or delete the key.',
    };
  }
  if (issue.code === 'invalid_type' && !doc.hasIn(path as unknown[])) {
    const custom = issue.message && !issue.message.startsWith('Invalid input') ? issue.message : undefined;
    return { path, message: `${where} is missing.`, ...(custom ? { fix: custom } : { fix: `Add ${path.at(-1)?.toString() ?? 'it'}: to the frontmatter (see content/README.md).` }) };
  }
  return { path, message: `${where}: ${issue.message}` };
}

/**
 * Parses and validates frontmatter, reporting every problem with the file and line of the
 * offending key, so authors never have to decode a schema path.
 */
export function validateFrontmatter<S extends z.ZodType>(schema: S, yamlText: string, file: string, firstLine = 2): { data?: z.output<S>; problems: ContentProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  // In a charter, line 1 of the YAML is line 2 of the file (after the opening ---).
  const toFileLine = (line: number) => line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: toFileLine(error.linePos?.[0].line ?? 1),
        message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
        fix: 'Check quotes, colons and indentation on this line; put text with a colon in "double quotes".',
      })),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const { path, message, fix } = describeIssue(issue, doc);
      return { file, line: toFileLine(lineOfPath(doc, counter, path)), message, ...(fix ? { fix } : {}) };
    }),
  };
}

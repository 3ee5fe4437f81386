import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
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
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      if (range) return counter.linePos(range[0]).line;
    }
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Where to add a missing key, named in full: `card.contact` and the top-level `contact` are
 * different keys, and "Add contact:" alone once sent an author to the wrong one.
 */
function missingKeyFix(path: readonly PropertyKey[]): string {
  const name = (keys: readonly PropertyKey[]) =>
    keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
  const key = path.at(-1);
  if (key === undefined) return 'Add it to the frontmatter (see content/README.md).';
  if (path.length === 1) return `Add ${String(key)}: at the top level of the frontmatter (see content/README.md).`;
  return `Add ${String(key)}: inside ${name(path.slice(0, -1))}: in the frontmatter (the key ${name(path)}; see content/README.md).`;
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
    return {
      path,
      message: `${where} is missing.`,
      ...(custom ? { fix: custom } : { fix: missingKeyFix(path) }),
    };
  }
  // Schemas give a fix with a custom issue's params (see partial-date.ts, language-tag.ts).
  const fix = issue.code === 'custom' && typeof issue.params?.['fix'] === 'string' ? (issue.params['fix'] as string) : undefined;
  return { path, message: `${where}: ${issue.message}`, ...(fix ? { fix } : {}) };
}

function isUnclosedQuote(error: YAMLError): boolean {
  return error.code === 'MISSING_CHAR' && error.message.includes('quote');
}

/**
 * Where to send the author for a YAML syntax error. The parser notices a missing closing
 * quote only where the frontmatter ends; the mistake is where the quote was opened.
 */
function syntaxErrorOffset(doc: Document, error: YAMLError): number {
  const offset = error.pos[0];
  if (!isUnclosedQuote(error)) return offset;
  let opened = offset;
  visit(doc, {
    Scalar(_key, node) {
      const [start, end] = node.range ?? [offset, offset];
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && start < offset && end >= offset) {
        opened = start;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return opened;
}

/** YAML frontmatter parsed once, the same way for the lint, the build and Astro's loader. */
export interface ParsedYaml {
  /** The data as plain JavaScript (undefined when there were problems). */
  value?: unknown;
  doc: Document;
  counter: LineCounter;
  problems: ContentProblem[];
}

/**
 * Parses frontmatter as YAML 1.2 (core schema), so `2024-02-31` stays the text the author
 * wrote instead of becoming a Date that rolls over to 2 March. Aliases (`*name`) are refused:
 * charters never need them, and nested aliases expand exponentially (a "billion laughs"
 * resource-exhaustion attack).
 */
export function parseFrontmatterYaml(yamlText: string, file: string, firstLine = 2): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, version: '1.2', schema: 'core', uniqueKeys: true });
  // In a charter, line 1 of the YAML is line 2 of the file (after the opening ---).
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // Only the first syntax error: the ones after it are usually its echoes.
  const problems: ContentProblem[] = doc.errors.slice(0, 1).map((error) => ({
    file,
    ...at(syntaxErrorOffset(doc, error)),
    rule: 'yaml',
    message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}${isUnclosedQuote(error) ? ' (opened here and never closed)' : ''}`,
    fix: 'Check quotes, colons and indentation on this line; put text with a colon in "double quotes".',
  }));
  visit(doc, {
    Alias(_key, node) {
      problems.push({
        file,
        ...at(node.range?.[0] ?? 0),
        rule: 'yaml',
        message: `YAML aliases (*${node.source}) are not allowed in content files.`,
        fix: 'Write the value out in full instead of pointing to another one (&name and *name).',
      });
      return visit.BREAK; // one message is enough: the fix is the same for every alias
    },
  });
  if (problems.length > 0) return { doc, counter, problems };
  return { value: doc.toJS() ?? {}, doc, counter, problems };
}

/**
 * Parses and validates frontmatter, reporting every problem with the file and line of the
 * offending key, so authors never have to decode a schema path.
 */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  yamlText: string,
  file: string,
  firstLine = 2,
): { data?: z.output<S>; problems: ContentProblem[] } {
  const { value, doc, counter, problems } = parseFrontmatterYaml(yamlText, file, firstLine);
  if (problems.length > 0) return { problems };
  const toFileLine = (line: number) => line + firstLine - 1;
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const { path, message, fix } = describeIssue(issue, doc);
      return { file, line: toFileLine(lineOfPath(doc, counter, path)), rule: 'frontmatter', message, ...(fix ? { fix } : {}) };
    }),
  };
}

/**
 * The file line of a frontmatter key in a content file's whole text (`['dates', 'nextReview']`),
 * or of its nearest parent that is there, for checks that run on the validated model and must
 * still point at the key to fix.
 */
export function frontmatterLine(source: string, path: readonly PropertyKey[]): number {
  const { doc, counter } = parseFrontmatterYaml(splitFrontmatter(source).frontmatter, '');
  // Line 1 of the YAML is line 2 of the file, after the opening ---.
  return lineOfPath(doc, counter, path) + 1;
}

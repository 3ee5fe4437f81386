import type { Nodes, Paragraph } from 'mdast';
import type { ContentProblem } from '../../model/content-error.ts';
import { splitFrontmatter } from '../../model/frontmatter.ts';
import { parseMdx } from '../../model/parse-mdx.ts';

/**
 * Damage that text pasted from a PDF or a word processor leaves in Markdown, found at its
 * line and reported as a warning with the fix: every one of these is valid Markdown that is
 * published as something other than the author meant ("##Heading" as text, three bullets as
 * one run-on paragraph, a heading in capitals as a shouted paragraph, "respon- sible").
 * Warnings, not errors: an author may mean it (a hyphenated word split at a line end).
 */
const RULE = 'paste';

const BULLET_GLYPHS = '•●▪◦‣○■□➢►✓✔';
const LINE_STARTS_WITH_BULLET = new RegExp(`^\\s*[${BULLET_GLYPHS}]`, 'u');
const BULLET_INSIDE_LINE = new RegExp(`\\S\\s*[${BULLET_GLYPHS}]\\s+\\S`, 'u');
const HASH_WITHOUT_SPACE = /^\s*#{1,6}(?=[^\s#])/;
// "2)" or "2." starts a list only at a paragraph's start (CommonMark lets only "1" interrupt a
// paragraph); "a)" and "(2)" never do, so a pasted list in those styles runs together.
const NUMBER_MARKER = /^\s*(\d{1,2}[.)])\s/;
const OTHER_MARKER = /^\s*(\([a-z\d]{1,2}\)|[a-z]\))\s/;
const NUMBERS_INSIDE_LINE = /\S\s+(\(?\d{1,2}\))\s.*\s\(?\d{1,2}\)\s/;
const BROKEN_WORD_END = /(\p{L}+)-$/u;
const LOWERCASE_START = /^\s*(\p{Ll}\p{L}*)/u;

type Problem = Omit<ContentProblem, 'file' | 'rule' | 'severity'>;

/** Problems on one line of a paragraph: `index` is its place in the paragraph, `next` the line after it in the same paragraph. */
function lineProblems(text: string, line: number, index: number, next: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const hashes = HASH_WITHOUT_SPACE.exec(text);
  if (hashes && index === 0) {
    problems.push({
      line,
      message: `"${text.trim()}" has no space after "${hashes[0].trim()}", so it is published as text, not as a heading.`,
      fix: `Put a space after the hashes: "${hashes[0].trim()} ${text.trim().slice(hashes[0].trim().length)}".`,
    });
  }
  if (LINE_STARTS_WITH_BULLET.test(text)) {
    problems.push({
      line,
      message: 'This line starts with a bullet character, so it is published as part of a paragraph, not as a list item.',
      fix: 'Start each list item on its own line with "- " (a hyphen and a space), with a blank line before the list.',
    });
  } else if (BULLET_INSIDE_LINE.test(text)) {
    problems.push({
      line,
      message: 'This line has bullet characters inside it: a pasted list has been joined into one paragraph.',
      fix: 'Put each item on its own line starting with "- " (a hyphen and a space), with a blank line before the list.',
    });
  }
  const number = (index > 0 ? NUMBER_MARKER.exec(text) : null) ?? OTHER_MARKER.exec(text);
  const inline = NUMBERS_INSIDE_LINE.exec(text);
  if (number ?? inline) {
    problems.push({
      line,
      message: number
        ? `This line starts with "${number[1]}" inside a paragraph, so the items are published as one run of text.`
        : `This line has numbered items ("${inline?.[1] ?? ''}" …) inside it: a pasted list has been joined into one paragraph.`,
      fix: 'Make it a numbered list: a blank line before it, and each item on its own line starting with "1. ", "2. " and so on.',
    });
  }
  const brokenEnd = BROKEN_WORD_END.exec(text);
  const nextStart = next === undefined ? null : LOWERCASE_START.exec(next);
  if (brokenEnd && nextStart) {
    problems.push({
      line,
      message: `A word seems broken by a hyphen at the end of the line ("${brokenEnd[1]}-" and "${nextStart[1]}"): it is published as "${brokenEnd[1]}- ${nextStart[1]}".`,
      fix: `Join it on one line ("${brokenEnd[1]}${nextStart[1]}"), unless it is a hyphenated word; then keep the hyphen and join the lines.`,
    });
  }
  return problems;
}

/** A one-line paragraph written all in capitals, which reads as a heading pasted without its style. */
function capitalsHeading(lines: readonly string[], line: number): Problem[] {
  const text = lines[0]?.trim() ?? '';
  const letters = text.match(/\p{L}/gu) ?? [];
  const looksLikeHeading = lines.length === 1 && letters.length >= 6 && text.length <= 80 && !/\p{Ll}/u.test(text);
  if (!looksLikeHeading) return [];
  return [
    {
      line,
      message: `"${text}" is all in capitals and looks like a heading, but it is published as a paragraph in capitals, which is harder to read.`,
      fix: 'If it is a heading, write "## " and the heading in ordinary letters ("## Our promises"); if not, write it in ordinary letters.',
    },
  ];
}

function paragraphProblems(paragraph: Paragraph, bodyLines: readonly string[], lineOffset: number): Problem[] {
  const start = paragraph.position?.start.line;
  const end = paragraph.position?.end.line;
  if (start === undefined || end === undefined) return [];
  const lines = bodyLines.slice(start - 1, end);
  return [
    ...capitalsHeading(lines, start + lineOffset),
    ...lines.flatMap((text, index) => lineProblems(text, start + index + lineOffset, index, lines[index + 1])),
  ];
}

function paragraphsOf(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? node.children.flatMap((child) => paragraphsOf(child)) : [];
}

/**
 * Paste damage in a content file's body, as warnings at their file lines. A body that does
 * not parse is reported by the loader, so it has nothing to add here.
 */
export function checkPasteArtefacts(source: string, file: string): ContentProblem[] {
  const { body, bodyLineOffset } = splitFrontmatter(source);
  let root;
  try {
    root = parseMdx(body);
  } catch {
    return [];
  }
  const bodyLines = body.split('\n');
  return paragraphsOf(root)
    .flatMap((paragraph) => paragraphProblems(paragraph, bodyLines, bodyLineOffset))
    .map((problem) => ({ file, rule: RULE, severity: 'warning' as const, ...problem }));
}

/**
 * Paste damage: each artefact in a charter pasted from a PDF and a word processor is found at
 * its true file line, as a warning with the fix, and clean Markdown is left alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatCheckResult } from '../../../src/checks/content/content.ts';
import { checkPasteArtefacts } from '../../../src/checks/content/paste-artefacts.ts';
import { FIXTURES, ROOT } from '../../helpers/paths.ts';

const FILE = path.join(FIXTURES, 'pasted-text/paste-damage/charter.mdx');
const SOURCE = readFileSync(FILE, 'utf8');
const found = checkPasteArtefacts(SOURCE, 'charter.mdx');
/** The problems on the file line that starts with `start`. */
const at = (start: string) => {
  const line = SOURCE.split('\n').findIndex((text) => text.startsWith(start)) + 1;
  expect(line, start).toBeGreaterThan(0);
  return found.filter((problem) => problem.line === line);
};

describe('paste damage in a charter body', () => {
  it('is reported as warnings, never errors, each with a fix', () => {
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => problem.severity === 'warning' && problem.rule === 'paste' && problem.fix)).toBe(true);
  });

  it('finds "##Heading" with no space, published as text', () => {
    expect(at('##What')).toEqual([expect.objectContaining({ message: expect.stringContaining('"##What we will do" has no space after "##"') as string, fix: 'Put a space after the hashes: "## What we will do".' })]);
  });

  it('finds bullets joined into one paragraph, and a line starting with a bullet glyph', () => {
    expect(at('We will: •').map((problem) => problem.message)).toEqual(['This line has bullet characters inside it: a pasted list has been joined into one paragraph.']);
    expect(at('• Call').map((problem) => problem.message)).toEqual([expect.stringContaining('starts with a bullet character')]);
  });

  it('finds "a)" items run into a paragraph, and numbered items inside one line', () => {
    expect(at('You can contact').map((problem) => problem.message)).toEqual([]);
    expect(at('a) by phone').map((problem) => problem.message)).toEqual([expect.stringContaining('starts with "a)" inside a paragraph')]);
    expect(at('b) by email').map((problem) => problem.message)).toEqual([expect.stringContaining('starts with "b)"')]);
    expect(at('Our targets').map((problem) => problem.message)).toEqual([expect.stringContaining('numbered items ("1)" …) inside it')]);
  });

  it('leaves a real numbered list that interrupts a paragraph alone (CommonMark lets "1." do that)', () => {
    const source = 'Ways to contact us:\n1. by phone\n2. by email\n';
    expect(checkPasteArtefacts(source, 'x.mdx')).toEqual([]);
  });

  it('finds a heading-looking line of capitals', () => {
    expect(at('OUR COMM').map((problem) => problem.message)).toEqual([expect.stringContaining('"OUR COMMITMENTS TO YOU" is all in capitals')]);
  });

  it('finds a word broken by a hyphen at a line end, naming both halves', () => {
    expect(at('We will take respon-').map((problem) => problem.fix)).toEqual([expect.stringContaining('"responsibility"')]);
    // "well-" / "known" is reported too: the author decides (a warning), and the fix says how.
    expect(at('We publish').map((problem) => problem.fix)).toEqual([expect.stringContaining('unless it is a hyphenated word')]);
  });

  it('leaves a clean section alone', () => {
    const first = SOURCE.split('\n').indexOf('## A clean section') + 1;
    expect(found.filter((problem) => problem.line >= first && problem.line <= first + 3)).toEqual([]);
  });

  it('finds nothing in the five seed charters', () => {
    const seeds = path.join(FIXTURES, '../../../content/charters');
    for (const slug of ['dundee-social-work-customer-care', 'norfolk-care-and-support', 'oxfordshire-care-and-support', 'papworth-trust-care', 'ruils-customer-care']) {
      for (const name of ['charter.mdx', 'easy-read.mdx']) {
        const file = path.join(seeds, slug, name);
        expect(checkPasteArtefacts(readFileSync(file, 'utf8'), file), file).toEqual([]);
      }
    }
  });
});

describe('paste damage through the content check (lint:content and the build)', () => {
  it('is printed as warnings at the file line, and the content still passes', async () => {
    const dir = path.join(FIXTURES, 'pasted-text');
    const result = await checkContent(dir);
    expect(result.problems).toEqual([]);
    const output = formatCheckResult(result);
    expect(output).toContain(`${path.relative(ROOT, FILE)}:${SOURCE.split('\n').indexOf('##What we will do') + 1} warning: "##What we will do" has no space`);
    expect(output).toContain('Fix: Put a space after the hashes: "## What we will do".');
    expect(output).toMatch(/Content OK: 1 charter/);
  });
});

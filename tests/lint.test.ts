/**
 * The layers of README's "How it fits together" are enforced by ESLint: each engine has one
 * home, and imports run one way. Probe files (linted as text, never written) must fail.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.ts';

const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/model/probe.ts', "import { PDFDocument } from 'pdf-lib';\nexport const probe = PDFDocument;", 'pdf-lib'],
    ['src/model/probe.ts', "import { renderPdf } from '../renderers/pdf/index.ts';\nexport const probe = renderPdf;", 'src/renderers/'],
    ['src/outputs/probe.ts', "import satori from 'satori';\nexport const probe = satori;", 'card renderer'],
    ['src/renderers/pdf/probe.ts', "import { Resvg } from '@resvg/resvg-js';\nexport const probe = Resvg;", 'card renderer'],
    [
      'src/checks/output/probe.ts',
      "import { renderCardPng } from '../../renderers/card/index.ts';\nexport const probe = renderCardPng;",
      'src/renderers/',
    ],
    ['src/checks/output/probe.ts', "import { OUTPUTS } from '../../outputs/registry.ts';\nexport const probe = OUTPUTS;", 'src/outputs/'],
    ['src/lib/probe.ts', "import type { CharterDocument } from '../model/types.ts';\nexport type Probe = CharterDocument;", 'src/model/'],
    ['src/renderers/braille/probe.ts', "import { PDFDocument } from 'pdf-lib';\nexport const probe = PDFDocument;", 'pdf-lib'],
    [
      'src/renderers/braille/probe.ts',
      "import { OUTPUTS } from '../../outputs/registry.ts';\nexport const probe = OUTPUTS;",
      'src/outputs/',
    ],
    // Renderers take pdf-lib from the one module that gives it native Flate compression.
    ['src/renderers/pdf/probe.ts', "import { PDFDocument } from 'pdf-lib';\nexport const probe = PDFDocument;", 'tagged-pdf/pdf-lib.ts'],
    ['src/renderers/card/probe.ts', "import { PDFDocument } from 'pdf-lib';\nexport const probe = PDFDocument;", 'tagged-pdf/pdf-lib.ts'],
  ])('refuses in %s: %s', async (file, code, named) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(named);
  });

  it.each([
    ['src/renderers/pdf/probe.ts', "import { PDFDocument } from '../tagged-pdf/pdf-lib.ts';\nexport const probe = PDFDocument;"],
    ['src/renderers/tagged-pdf/pdf-lib.ts', "export * from 'pdf-lib';"],
    ['src/renderers/card/probe.ts', "import satori from 'satori';\nexport const probe = satori;"],
    ['src/checks/output/probe.ts', "import { PDFDocument } from 'pdf-lib';\nexport const probe = PDFDocument;"],
    ['src/outputs/probe.ts', "import { renderPdf } from '../renderers/pdf/index.ts';\nexport const probe = renderPdf;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

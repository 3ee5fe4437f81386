/**
 * Adding an output format is a renderer folder, one OutputFormat, one line in OUTPUTS, its
 * words in each dictionary and a check kind — nothing else. A copy of the project gets a tiny
 * plain-text format (one .txt per charter) and nothing more; the build must route it, link it
 * on the charter page, list it in the checks manifest, and the checker must check it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckFinding } from '../../src/checks/output/finding.ts';
import { checkOutputFiles } from '../../src/checks/output/run-checks.ts';
import { buildSite } from '../helpers/build.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-new-format-'));
const project = path.join(work, 'project');
const out = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RENDERER = `import { blocksText } from '../../model/text.ts';
import type { CharterDocument } from '../../model/types.ts';

/** A charter as plain text: its title, then every block's text. */
export function renderPlainText(doc: CharterDocument): Uint8Array {
  return new TextEncoder().encode([doc.title, ...blocksText(doc.blocks)].join('\\n\\n') + '\\n');
}
`;

const FORMAT = `import { t } from '../../i18n/index.ts';
import { blocksText } from '../../model/text.ts';
import { renderPlainText } from '../../renderers/plain-text/index.ts';
import type { OutputFormat } from '../types.ts';

export const PLAIN_TEXT: OutputFormat = {
  id: 'plain-text',
  label: t('en-GB', 'outputs.plainText'),
  extension: 'txt',
  placement: 'formats',
  appliesTo: (doc) => doc.edition === 'full',
  files: (doc) => [{
    fileName: \`\${doc.id}.txt\`,
    label: (lang) => t(lang, 'downloads.plainText'),
    mediaType: 'text/plain; charset=utf-8',
    render: async () => ({ bytes: renderPlainText(doc), facts: (lang) => t(lang, 'downloads.plainText.facts') }),
    expect: { check: 'text', lang: doc.lang, text: blocksText(doc.blocks) },
  }],
};
`;

/** The format's words, in each interface language's site dictionary. */
const WORDS = {
  'en-GB': { 'outputs.plainText': 'Plain text files', 'downloads.plainText': 'Plain text', 'downloads.plainText.facts': 'Text' },
  'cy-GB': { 'outputs.plainText': 'Ffeiliau testun plaen', 'downloads.plainText': 'Testun plaen', 'downloads.plainText.facts': 'Testun' },
};

/** The project as committed (and as edited here), without outputs or dependencies. */
function copyProject(): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(ROOT, file))) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(project, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
}

/** The only edits: a renderer folder, one OutputFormat file, one import and one line in OUTPUTS, and its words in each dictionary. */
function addPlainTextFormat(): void {
  mkdirSync(path.join(project, 'src/renderers/plain-text'));
  writeFileSync(path.join(project, 'src/renderers/plain-text/index.ts'), RENDERER);
  writeFileSync(path.join(project, 'src/outputs/formats/plain-text.ts'), FORMAT);
  const registry = path.join(project, 'src/outputs/registry.ts');
  const source = readFileSync(registry, 'utf8');
  const edited = source
    .replace(
      "import type { OutputFormat } from './types.ts';",
      "import { PLAIN_TEXT } from './formats/plain-text.ts';\nimport type { OutputFormat } from './types.ts';",
    )
    // The new format's line goes last in OUTPUTS, whichever format is last now.
    .replace(/,\n\];/, ',\n  PLAIN_TEXT,\n];');
  expect(edited.split('\n').length - source.split('\n').length).toBe(2);
  writeFileSync(registry, edited);
  for (const [lang, words] of Object.entries(WORDS)) {
    const dictionary = path.join(project, `src/i18n/${lang}/site.ts`);
    const entries = Object.entries(words).map(([key, text]) => `  '${key}': '${text}',\n`);
    const text = readFileSync(dictionary, 'utf8').replace(/\n(\}( satisfies Record<string, Message>)?;\n)$/, `\n${entries.join('')}$1`);
    expect(text).toContain(entries[0]);
    writeFileSync(dictionary, text);
  }
}

const fileName = '/charters/every-block-type/every-block-type.txt';
let manifest: { formats: Record<string, { label: string }>; files: Record<string, { format: string; check: string }> };

beforeAll(() => {
  copyProject();
  addPlainTextFormat();
  const build = buildSite(path.join(FIXTURES, 'valid'), out, { cwd: project });
  expect(build.status, build.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(path.join(out, 'checks-manifest.json'), 'utf8')) as typeof manifest;
}, 600_000);

describe('a format added to the registry and the dictionaries, and nowhere else', () => {
  it('is routed: the build writes the file', () => {
    const text = readFileSync(path.join(out, fileName), 'utf8');
    expect(text.startsWith('Every block type')).toBe(true);
  });

  it('is linked from the charter page with its size', () => {
    const page = readFileSync(path.join(out, 'charters/every-block-type/index.html'), 'utf8');
    expect(page).toMatch(
      new RegExp(
        `<a class="cc-downloads__link" href="${fileName}" download="every-block-type.txt">Plain text</a> <span class="cc-downloads__details">Text, [\\d.]+ (bytes|KB)</span>`,
      ),
    );
  });

  it('is listed in the checks manifest with its format and check kind', () => {
    expect(manifest.formats['plain-text']).toEqual({ label: 'Plain text files' });
    expect(manifest.files[fileName]).toMatchObject({ format: 'plain-text', check: 'text', lang: 'en-GB' });
  });

  it('is checked, and the check fails when its text is lost', async () => {
    const clean = (await checkOutputFiles(out)).filter((finding: CheckFinding) => finding.target === fileName);
    expect(clean).toEqual([]);
    writeFileSync(path.join(out, fileName), 'Every block type\n');
    const broken = (await checkOutputFiles(out)).filter((finding: CheckFinding) => finding.target === fileName);
    expect(broken.map((finding) => [finding.format, finding.rule])).toEqual([['plain-text', 'text-content']]);
  });
});

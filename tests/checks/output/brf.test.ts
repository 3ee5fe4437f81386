/**
 * The `brf` check kind, proven on fixture BRFs it must fail (tests/fixtures/brf/: a line of 41
 * cells, a page of 26 lines, lower-case letters, Unix line ends, a paragraph left out) and on
 * the real BRFs of the seeds and the Welsh fixture, which it must pass: at least 99 % of each
 * charter's words back in order, Welsh read back with the Welsh table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBrfWords } from '../../../src/checks/output/brf-words.ts';
import { checkFile } from '../../../src/checks/output/check-kinds.ts';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import type { ManifestFile } from '../../../src/checks/output/manifest.ts';
import { listCharterFiles, loadCharterFile } from '../../../src/model/load-charter.ts';
import { publishContext } from '../../../src/outputs/context.ts';
import { BRF } from '../../../src/outputs/formats/braille.ts';
import { FIXTURES, ROOT } from '../../helpers/paths.ts';

const BRF_FIXTURES = path.join(ROOT, 'tests/fixtures/brf');
const expected = JSON.parse(readFileSync(path.join(BRF_FIXTURES, 'expect.json'), 'utf8')) as ManifestFile;
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(BRF_FIXTURES, name)));
const errors = (findings: CheckFinding[]) => findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);

describe('the brf check kind on fixtures', () => {
  it('passes a good BRF', async () => {
    expect(errors(await checkFile('passes.brf', fixture('passes.brf'), expected))).toEqual([]);
  });

  it.each([
    ['line-of-41-cells.brf', 'brf-line-length'],
    ['page-of-26-lines.brf', 'brf-page-length'],
    ['lower-case-letters.brf', 'brf-charset'],
    ['lf-line-ends.brf', 'brf-line-ends'],
    ['words-missing.brf', 'brf-text'],
  ])('fails %s with %s', async (name, rule) => {
    const findings = await checkFile(name, fixture(name), expected);
    expect(errors(findings)).toContain(rule);
    expect(findings.every((finding) => finding.format === 'brf' && finding.tool === 'brf')).toBe(true);
  });

  it('names the missing words, and the place of a line too long', async () => {
    const [long] = await checkFile('x.brf', fixture('line-of-41-cells.brf'), expected);
    expect(long?.message).toContain('page 1, line 4: 41 cells');
    const missing = (await checkFile('x.brf', fixture('words-missing.brf'), expected)).find((finding) => finding.rule === 'brf-text');
    expect(missing?.message).toContain('formal complaint');
    expect(missing?.message).toMatch(/Only \d+\.\d % of the charter's 159 words/);
  });

  it('warns, without failing, when one word in more than a hundred is missing', async () => {
    const text = new TextDecoder('latin1').decode(fixture('passes.brf')).replace('K9D;S', 'XXXX');
    const findings = await checkFile('x.brf', new TextEncoder().encode(text), expected);
    expect(errors(findings)).toEqual([]);
    expect(findings.find((finding) => finding.rule === 'brf-back-translation')?.message).toContain('Missing from the braille: kindness');
  });

  it('reads a Welsh run back with the Welsh table', async () => {
    const brf = new TextDecoder('latin1').decode(fixture('passes.brf'));
    const welshOnly = { 'en-GB': 'cy-cy-g2.ctb', cy: 'cy-cy-g2.ctb' };
    const english = await compareBrfWords(brf, expected.text ?? [], expected.textLangs ?? [], expected.brailleTables ?? {}, 'en-GB');
    const wrong = await compareBrfWords(brf, expected.text ?? [], expected.textLangs ?? [], welshOnly, 'en-GB');
    expect(english.readBack).toBeGreaterThan(wrong.readBack);
    expect(english.missing).toEqual([]);
  });
});

describe.each(
  [...listCharterFiles(path.join(ROOT, 'content/charters')), path.join(FIXTURES, 'welsh/siarter-gofal/charter.mdx')].map((file) => [
    path.basename(path.dirname(file)),
    file,
  ]),
)('the BRF of %s', (_id, file) => {
  it('passes the brf check: 99 % or more of its words back in order', async () => {
    const doc = loadCharterFile(file);
    const [spec] = BRF.files(doc, publishContext());
    if (!spec) throw new Error('no BRF');
    const { bytes } = await spec.render();
    const findings = await checkFile(spec.fileName, bytes, { format: BRF.id, ...spec.expect });
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const words = await compareBrfWords(
      new TextDecoder('latin1').decode(bytes),
      spec.expect.text ?? [],
      spec.expect.textLangs ?? [],
      spec.expect.brailleTables ?? {},
      doc.lang,
    );
    expect((words.readBack + words.foundAsBraille.length) / words.total).toBeGreaterThanOrEqual(0.99);
    // English reads back through liblouis itself; Welsh partly only as braille (see brf-words.ts).
    if (doc.lang === 'en-GB') expect(words.readBack / words.total).toBeGreaterThanOrEqual(0.99);
  });
});

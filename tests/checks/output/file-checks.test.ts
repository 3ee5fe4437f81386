/**
 * The file checks give the same findings, in the same order, whether the files are checked
 * in this thread or, for a large site, in worker threads (src/checks/output/file-checks.ts):
 * the seeds' PDFs, cards and BRFs listed three times over, with a missing file and a cut PDF
 * among them. Reads dist/ (npm test builds first).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOneFile } from '../../../src/checks/output/check-one-file.ts';
import { checkFiles } from '../../../src/checks/output/file-checks.ts';
import { readManifest, type ManifestFile } from '../../../src/checks/output/manifest.ts';
import { filesToCheck } from '../../../src/checks/output/run-checks.ts';
import { DIST } from '../../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'file-checks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('checkFiles', () => {
  it('finds in worker threads exactly what one thread finds, in the files’ order', async () => {
    const seeds = filesToCheck(DIST, readManifest(DIST));
    const pdf = seeds.find(([file]) => file.endsWith('-large-print.pdf'))!;
    // The cut PDF and the missing file sit in a folder of their own beside dist's files.
    const cut = path.join(work, 'cut.pdf');
    const bytes = readFileSync(path.join(DIST, pdf[0]));
    writeFileSync(cut, bytes.subarray(0, bytes.length / 2));
    copyFileSync(path.join(DIST, pdf[0]), path.join(work, 'whole.pdf'));
    const relative = (file: string) => path.relative(DIST, file);
    const extra: [string, ManifestFile][] = [
      [relative(cut), pdf[1]],
      [relative(path.join(work, 'missing.pdf')), pdf[1]],
      [relative(path.join(work, 'whole.pdf')), pdf[1]],
    ];
    const files = [...seeds, ...extra, ...seeds, ...seeds];
    expect(files.length).toBeGreaterThanOrEqual(100);

    const inOneThread = [];
    for (const [file, expected] of files) inOneThread.push(...(await checkOneFile(DIST, file, expected)));
    const inWorkers = await checkFiles(DIST, files);
    expect(inWorkers).toEqual(inOneThread);
    const rules = (file: string) => inWorkers.filter((finding) => finding.target === file).map((finding) => finding.rule);
    expect(rules(relative(path.join(work, 'missing.pdf')))).toEqual(['file-missing']);
    expect(rules(relative(cut))).toEqual(['pdf-unreadable']);
    expect(rules(relative(path.join(work, 'whole.pdf')))).toEqual([]);
  }, 300_000);
});

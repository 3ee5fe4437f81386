import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkFile } from './check-kinds.ts';
import type { CheckFinding } from './finding.ts';
import type { ManifestFile } from './manifest.ts';
import { errorText, pdfEnvelopeProblem, unreadableFinding } from './unreadable.ts';

/** One file against its manifest entry, from its bytes alone; every finding filed under the file's format. */
export async function checkOneFile(folder: string, file: string, expected: ManifestFile): Promise<CheckFinding[]> {
  if (!existsSync(path.join(folder, file)))
    return [
      {
        format: expected.format,
        tool: 'manifest',
        target: file,
        rule: 'file-missing',
        severity: 'error',
        wcag: [],
        message:
          'The manifest lists this file, but it is not in the folder: it was deleted, or the copy is incomplete. Fix: rebuild with npm run build and publish its whole output.',
      },
    ];
  // A file no check can read is a finding and the run goes on: never a crash with no report.
  try {
    const bytes = new Uint8Array(readFileSync(path.join(folder, file)));
    const cut = file.endsWith('.pdf') ? pdfEnvelopeProblem(bytes) : undefined;
    if (cut) return [unreadableFinding(file, expected.format, cut)];
    return (await checkFile(file, bytes, expected)).map((finding) => ({ ...finding, format: expected.format }));
  } catch (error) {
    return [unreadableFinding(file, expected.format, errorText(error))];
  }
}

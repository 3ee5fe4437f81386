import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { siteFiles } from '../../lib/site-files.ts';
import path from 'node:path';
import type { CheckFinding, IncompleteCheck } from './finding.ts';
import { MANIFEST_FILE, type Manifest } from './manifest.ts';

export interface IntegrityResult {
  findings: CheckFinding[];
  /** Files that could not be read, or a manifest with no hashes to compare with. */
  incomplete: IncompleteCheck[];
}

const REBUILD = 'Fix: change the source, rebuild with npm run build and publish its whole output; never edit, add or delete built files.';

/**
 * The folder is exactly what the build published: every file the sealed manifest lists is
 * there with the same sha256, and no file is there that it does not list (pages, styles and
 * fonts as much as PDFs and cards). A changed file may pass every other check and still not
 * be what was checked at build time and reviewed: a card PNG swapped for another charter's,
 * a PDF whose links were rewritten. Files the manifest's `files` lists are reported missing by
 * checkOutputFiles, with their format, so not twice here.
 */
export function checkPublishedFiles(folder: string, manifest: Manifest): IntegrityResult {
  const { published } = manifest;
  if (!published)
    return {
      findings: [],
      incomplete: [
        {
          tool: 'manifest',
          target: `/${MANIFEST_FILE}`,
          reason: `${MANIFEST_FILE} (version ${manifest.version}) has no file hashes ("published"): it was written by astro build alone or by an older build, so files changed, added or deleted after the build cannot be found. Rebuild with npm run build.`,
        },
      ],
    };
  const findings: CheckFinding[] = [];
  const incomplete: IncompleteCheck[] = [];
  const finding = (target: string, rule: string, message: string, element?: string): CheckFinding => ({
    format: manifest.files[target]?.format ?? (target.endsWith('.pdf') ? 'pdf' : 'web'),
    tool: 'manifest',
    target,
    rule,
    severity: 'error',
    wcag: [],
    message,
    ...(element ? { element } : {}),
  });
  const onDisk = new Set(siteFiles(folder));
  for (const [target, expected] of Object.entries(published)) {
    if (!onDisk.has(target)) {
      if (!manifest.files[target])
        findings.push(
          finding(
            target,
            'file-missing',
            `The build published this file, but it is not in the folder: it was deleted, or the copy is incomplete. ${REBUILD}`,
          ),
        );
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(folder, target));
    } catch (error) {
      incomplete.push({
        tool: 'manifest',
        target,
        reason: `The file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== expected.sha256)
      findings.push(
        finding(
          target,
          'file-changed',
          `This file is not the one the build published (${bytes.length} bytes; the build wrote ${expected.bytes}): it was changed after the build, so what was checked and reviewed is not what is here. ${REBUILD}`,
          `sha256 ${sha256}, expected ${expected.sha256}`,
        ),
      );
  }
  for (const target of onDisk) {
    if (target === `/${MANIFEST_FILE}` || published[target]) continue;
    findings.push(
      finding(
        target,
        'file-extra',
        `This file is in the folder, but the build did not publish it (it is not in ${MANIFEST_FILE}): it was added afterwards, and nothing has checked it. Fix: remove it, or add what it comes from to the project and rebuild with npm run build.`,
      ),
    );
  }
  return { findings, incomplete };
}

import { checkOneFile } from './check-one-file.ts';
import type { CheckFinding } from './finding.ts';
import type { ManifestFile } from './manifest.ts';

/** A worker's share of the files to check (file-checks.ts). */
export interface FileCheckTask {
  folder: string;
  files: [string, ManifestFile][];
}

/** The task's files checked in order, their findings in that order. */
export default async function checkTask(task: FileCheckTask): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  for (const [file, expected] of task.files) findings.push(...(await checkOneFile(task.folder, file, expected)));
  return findings;
}

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { CheckFinding } from './finding.ts';

/**
 * The W3C Nu HTML Checker (vnu.jar, the validator behind validator.w3.org/nu), beside
 * html-validate: HTML conformance by the WHATWG spec, the reference an auditor is asked for.
 * WCAG 2.2 removed 4.1.1 Parsing, so its findings name no criterion: invalid HTML fails the
 * run because assistive technology reads the DOM browsers repair it into, not what was meant.
 */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar') as unknown);

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/** A short stable rule id from vnu's message type: its messages are prose, with no ids. */
export function vnuRule(message: Pick<VnuMessage, 'type' | 'subType'>): string {
  if (message.type === 'non-document-error') return 'vnu-io';
  if (message.type === 'error') return message.subType === 'fatal' ? 'vnu-fatal' : 'vnu-error';
  return message.subType === 'warning' ? 'vnu-warning' : 'vnu-info';
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Asynchronous: the pages are checked in Chromium meanwhile, served from this process.
    const child = spawn(command, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const incomplete = (message: string): CheckFinding => ({
  format: 'web',
  tool: 'vnu',
  target: '/',
  rule: 'tool-missing',
  severity: 'error',
  wcag: [],
  message,
  help: 'https://validator.github.io/validator/',
});

/**
 * One Java process for every page (a JVM start costs seconds; one per page would double the
 * check). `files` maps each HTML file to the page path findings are filed under. No Java, or
 * no report from it, is an incomplete run: an error finding, never a silent skip. `java` is the
 * command (tests name one that does not exist).
 */
export async function runVnu(files: ReadonlyMap<string, string>, java = 'java'): Promise<CheckFinding[]> {
  if (files.size === 0) return [];
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run(java, ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files.keys()]);
  } catch (error) {
    return [
      incomplete(
        `The Nu HTML Checker did not run, so no page's HTML was validated: ${(error as Error).message}. Install Java 17 or later (scripts/setup.sh installs Debian's default-jre-headless).`,
      ),
    ];
  }
  let report: { messages?: VnuMessage[] };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    return [incomplete(`The Nu HTML Checker gave no report (exit ${result.code}): ${(result.stderr || result.stdout).slice(0, 500)}`)];
  }
  const pageOf = new Map([...files].map(([file, page]) => [pathToFileURL(file).href, page]));
  return (report.messages ?? []).map((message) => {
    const where = message.lastLine ? `line ${message.lastLine}${message.firstColumn ? `:${message.firstColumn}` : ''}` : '';
    const url = message.url ? new URL(message.url).href : '';
    return {
      format: 'web',
      tool: 'vnu',
      target: pageOf.get(url) ?? message.url ?? '/',
      rule: vnuRule(message),
      severity: message.type === 'info' ? 'warning' : 'error',
      wcag: [],
      message: where ? `${where}: ${message.message}` : message.message,
      ...(message.extract ? { element: `${where}: ${message.extract.replace(/\s+/g, ' ').trim().slice(0, 200)}` } : {}),
      help: 'https://html.spec.whatwg.org/multipage/',
    };
  });
}

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CheckFinding } from './finding.ts';

interface Pa11yIssue {
  code: string;
  message: string;
  selector?: string;
  context?: string;
  type: string;
}

/**
 * WCAG criterion from an HTML_CodeSniffer code or sniff: "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail"
 * → "1.4.3"; the sniffs "…Guideline1_1.1_1_1" → "1.1.1" and "…Guideline1_3.1_3_1_A" → "1.3.1".
 */
export function wcagFromHtmlcsCode(code: string): string[] {
  const match = /\.(\d)_(\d)_(\d{1,2})(?=[._]|$)/.exec(code);
  return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
}

type Pa11yResults = Record<string, Pa11yIssue[] | { message: string }[]>;

/**
 * pa11y-ci processes for a check: pa11y-ci checks one page at a time (its own `concurrency`
 * above 1 loses pages to "Target.closeTarget" protocol errors with this Chromium), and one
 * process finished 30 s after the Chromium checks of 63 pages; two, each with every other
 * page, keep pace with them (issue 17).
 */
const PA11Y_PROCESSES = 2;
/** Below this many pages a second browser costs more than it saves. */
const PAGES_FOR_A_SECOND_PROCESS = 8;

/** One pa11y-ci run over `urls` with the committed config; its results by URL. */
async function runPa11yProcess(urls: readonly string[], config: object, generated: string): Promise<Pa11yResults> {
  writeFileSync(generated, JSON.stringify({ ...config, urls }, null, 2));
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('pa11y-ci/package.json')), 'bin', 'pa11y-ci.js');
  // Asynchronous: the pages are served from this process, which must keep answering.
  const run = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--config', generated, '--json'], {
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
  try {
    return (JSON.parse(run.stdout) as { results?: Pa11yResults }).results ?? {};
  } catch {
    throw new Error(`pa11y-ci did not run: ${run.stderr || run.stdout}`.slice(0, 2000));
  }
}

/**
 * pa11y-ci (HTML_CodeSniffer, WCAG 2 AA) over the same URL list, with the committed
 * .pa11yci.json (Debian's Chromium), in PA11Y_PROCESSES processes for a long list. pa11y-ci
 * has no WCAG 2.2 rules; axe covers those.
 */
export async function runPa11y(
  urls: readonly string[],
  configFile: string,
  workDir: string,
  toTarget: (url: string) => string,
): Promise<CheckFinding[]> {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { defaults: object };
  const processes = urls.length < PAGES_FOR_A_SECOND_PROCESS ? 1 : PA11Y_PROCESSES;
  const shares = Array.from({ length: processes }, (_, index) => urls.filter((_, at) => at % processes === index));
  const results = await Promise.all(
    shares.map((share, index) => runPa11yProcess(share, config, path.join(workDir, `pa11yci.generated-${index + 1}.json`))),
  );
  // In the list's order, whichever process checked each page.
  const merged: Pa11yResults = Object.assign({}, ...results);
  const report = { results: Object.fromEntries(urls.filter((url) => url in merged).map((url) => [url, merged[url]!])) };
  return Object.entries(report.results ?? {}).flatMap(([url, issues]) =>
    issues.map((issue): CheckFinding => {
      if (!('code' in issue))
        return {
          format: 'web',
          tool: 'pa11y',
          target: toTarget(url),
          rule: 'pa11y-error',
          severity: 'error',
          wcag: [],
          message: issue.message,
        };
      return {
        format: 'web',
        tool: 'pa11y',
        target: toTarget(url),
        rule: issue.code,
        severity: issue.type === 'error' ? 'error' : 'warning',
        wcag: wcagFromHtmlcsCode(issue.code),
        message: issue.message,
        ...(issue.selector ? { element: `${issue.selector}: ${(issue.context ?? '').slice(0, 160)}` } : {}),
        help: 'https://squizlabs.github.io/HTML_CodeSniffer/Standards/WCAG2/',
      };
    }),
  );
}

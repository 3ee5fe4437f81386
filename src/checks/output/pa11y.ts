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
 * .pa11yci.json (Debian's Chromium). pa11y-ci has no WCAG 2.2 rules; axe covers those.
 *
 * The config checks two pages at a time in one browser context (`useIncognitoBrowserContext:
 * false`): pa11y-ci 4.1 stores each page's incognito context on the options object its pages
 * share, so with two at a time one page closed the other's context (lost pages, "Target.closeTarget"
 * errors), and a fresh context a page cost each page a new renderer with cold caches: 44 % of a
 * check's CPU time was pa11y-ci's. The pages are static and set no cookies, so one context
 * gives the same findings (issue 17: 63 pages 106 s → 75 s, every finding the same).
 */
export async function runPa11y(
  urls: readonly string[],
  configFile: string,
  workDir: string,
  toTarget: (url: string) => string,
): Promise<CheckFinding[]> {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { defaults: object };
  const results = await runPa11yProcess(urls, config, path.join(workDir, 'pa11yci.generated.json'));
  // In the list's order.
  const report = { results: Object.fromEntries(urls.filter((url) => url in results).map((url) => [url, results[url]!])) };
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

import type { CheckFinding } from './finding.ts';
import type { ManifestTranslation } from './manifest.ts';

/** Everything an auditor needs from one run: what was checked, with what, and what failed. */
export interface CheckReport {
  /** When the run finished (ISO 8601). */
  date: string;
  folder: string;
  passed: boolean;
  checked: {
    pages: string[];
    /** Files checked as PDFs, and as cards (a card PDF is both). */
    pdfs: string[];
    cards: string[];
    /** Every file checked, with its output format. */
    files?: { file: string; format: string }[];
  };
  /** Output formats by id, with the names the summary gives them (from the manifest). */
  formats?: Record<string, string>;
  /** Translated pairs of pages and whether the build checked their parity (from the manifest). */
  translations?: ManifestTranslation[];
  tools: { name: string; version: string; checks: string }[];
  findings: CheckFinding[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function errorsOf(report: Pick<CheckReport, 'findings'>): CheckFinding[] {
  return report.findings.filter((finding) => finding.severity === 'error');
}

/** A one-line verdict for the console and the accessibility statement. */
export function verdict(report: CheckReport): string {
  const errors = errorsOf(report).length;
  const warnings = report.findings.length - errors;
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const counted = `${plural(report.checked.pages.length, 'page', 'pages')}, ${plural(report.checked.pdfs.length, 'PDF', 'PDFs')} and ${plural(report.checked.cards.length, 'card file', 'card files')}`;
  const warned = warnings ? ` (${errors ? 'and ' : ''}${plural(warnings, 'warning', 'warnings')})` : '';
  return errors === 0
    ? `Passed: no failures in ${counted}${warned}.`
    : `Failed: ${plural(errors, 'failure', 'failures')} in ${counted}${warned}.`;
}

function byCriterion(findings: readonly CheckFinding[]): [string, CheckFinding[]][] {
  const groups = new Map<string, CheckFinding[]>();
  for (const finding of findings) {
    const keys =
      finding.wcag.length > 0 ? finding.wcag.map((sc) => `WCAG ${sc}`) : [finding.pdfua ? `PDF/UA-1 ${finding.pdfua}` : 'Best practice'];
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * Every translated pair and its parity result (Welsh Language Standards: Welsh no less
 * favourably than English). The build fails on a difference when parity is required, so a
 * checked pair in a built site is one that matched.
 */
function translationsSection(translations: readonly ManifestTranslation[]): string {
  if (translations.length === 0) return '';
  const rows = translations.map(
    (pair) =>
      `<tr><th scope="row"><code>${escape(pair.pages[0])}</code> (${escape(pair.langs[0])}) and <code>${escape(pair.pages[1])}</code> (${escape(pair.langs[1])})</th><td>${pair.parity === 'checked' ? 'Same sections, commitments, list items, table rows, phone numbers, emails and dates (checked by the build)' : 'Not checked: the site does not require parity'}</td></tr>`,
  );
  return `<h2>Translations</h2>
<table>
<thead><tr><th scope="col">Pages</th><th scope="col">Parity</th></tr></thead>
<tbody>${rows.join('')}</tbody>
</table>`;
}

/** The auditor's report as a readable, accessible HTML page (no JavaScript). */
export function reportHtml(report: CheckReport): string {
  const errors = errorsOf(report);
  const row = (name: string, count: number, format: string) => {
    const failures = errors.filter((finding) => finding.format === format).length;
    const warnings = report.findings.filter((finding) => finding.format === format && finding.severity === 'warning').length;
    return `<tr><th scope="row">${escape(name)}</th><td>${count}</td><td>${failures}</td><td>${warnings}</td><td>${failures === 0 ? 'Pass' : '<strong>Fail</strong>'}</td></tr>`;
  };
  // One row for the pages, then one per output format that has files (from the manifest).
  const files = report.checked.files ?? [];
  const formatRows = [
    row('Web pages', report.checked.pages.length, 'web'),
    ...Object.entries(report.formats ?? {}).flatMap(([id, label]) => {
      const count = files.filter((file) => file.format === id).length;
      return count > 0 || errors.some((finding) => finding.format === id) ? [row(label, count, id)] : [];
    }),
  ];
  const criterionRows = byCriterion(report.findings).map(([criterion, findings]) => {
    const failures = findings.filter((finding) => finding.severity === 'error').length;
    return `<tr><th scope="row">${escape(criterion)}</th><td>${failures}</td><td>${findings.length - failures}</td></tr>`;
  });
  const targets = [...new Set(report.findings.map((finding) => finding.target))].sort();
  const findingList = targets.map((target) => {
    const items = report.findings
      .filter((finding) => finding.target === target)
      .map(
        (finding) => `<li>
<p><strong>${finding.severity === 'error' ? 'Failure' : 'Warning'}: ${escape(finding.message)}</strong></p>
<dl>
<div><dt>Rule</dt><dd>${escape(finding.rule)} (${escape(finding.tool)})</dd></div>
<div><dt>Criterion</dt><dd>${finding.wcag.length ? escape(finding.wcag.map((sc) => `WCAG ${sc}`).join(', ')) : finding.pdfua ? `PDF/UA-1 ${escape(finding.pdfua)}` : 'Best practice'}</dd></div>
${finding.element ? `<div><dt>Where</dt><dd><code>${escape(finding.element)}</code></dd></div>` : ''}
${finding.help ? `<div><dt>Help</dt><dd><a href="${escape(finding.help)}">About the rule ${escape(finding.rule)}</a></dd></div>` : ''}
</dl>
</li>`,
      );
    return `<h3>${escape(target)}</h3>\n<ul class="findings">\n${items.join('\n')}\n</ul>`;
  });
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility check report: ${escape(verdict(report))}</title>
<style>
body { font-family: Verdana, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #0b0c0c; background: #fff; margin: 0 auto; padding: 1rem; max-width: 60rem; overflow-wrap: break-word; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #3b3b3b; vertical-align: top; }
.verdict { padding: 1rem; border-left: 0.5rem solid #1a4480; background: #f3f2f1; font-weight: 700; }
.findings > li { margin-bottom: 1rem; }
dl div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
dt { font-weight: 700; }
dt::after { content: ":"; }
dd { margin: 0; }
code { font-size: 1rem; white-space: pre-wrap; }
a { color: #1a4480; }
a:focus-visible { background: #ffdd00; color: #0b0c0c; outline: 3px solid transparent; }
</style>
</head>
<body>
<main>
<h1>Accessibility check report</h1>
<p class="verdict">${escape(verdict(report))}</p>
<p>Checked folder <code>${escape(report.folder)}</code> on ${escape(report.date.slice(0, 10))} at ${escape(report.date.slice(11, 16))} UTC. The same data is in <a href="report.json">report.json</a>.</p>
<h2>Summary by format</h2>
<table>
<thead><tr><th scope="col">Format</th><th scope="col">Checked</th><th scope="col">Failures</th><th scope="col">Warnings</th><th scope="col">Result</th></tr></thead>
<tbody>${formatRows.join('')}</tbody>
</table>
<h2>Summary by criterion</h2>
${
  criterionRows.length
    ? `<table>
<thead><tr><th scope="col">Criterion</th><th scope="col">Failures</th><th scope="col">Warnings</th></tr></thead>
<tbody>${criterionRows.join('')}</tbody>
</table>`
    : '<p>No criterion has any finding.</p>'
}
${translationsSection(report.translations ?? [])}
<h2>Findings</h2>
${findingList.length ? findingList.join('\n') : '<p>No findings.</p>'}
<h2>What was checked</h2>
${list(report.tools.map((tool) => `${tool.name} ${tool.version}: ${tool.checks}`))}
<h3>Pages</h3>
${list(report.checked.pages)}
<h3>PDFs</h3>
${list(report.checked.pdfs)}
<h3>Card files</h3>
${list(report.checked.cards)}
<h2>What these checks cannot tell you</h2>
<p>Automated tools find only some accessibility problems. Before claiming conformance, people must also:</p>
${list([
  'use every page with a keyboard alone, and with a screen reader (NVDA, JAWS, VoiceOver) and speech recognition;',
  'zoom to 400 % and read each page;',
  'check that headings, link text and alternative text make sense in context (WCAG 1.1.1, 2.4.4, 2.4.6);',
  'run the PDFs through PAC or veraPDF (PDF/UA-1) and read them with a screen reader;',
  'test each easy read edition with people with learning disabilities;',
  'print the cards at 100 % and check them in the hand.',
])}
</main>
</body>
</html>
`;
}

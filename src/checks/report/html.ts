import { assertNever } from '../../lib/assert-never.ts';
import { plainText, type ReportBlock, type ReportDocument, type ReportInline, type ReportSection } from './document.ts';

/**
 * The report as one standalone HTML page, the one `npm run check` writes beside report.json:
 * headings, tables with captions and scoped headers, no JavaScript, its own small stylesheet
 * with print rules (the site's pages draw the same document with src/components/report/).
 */
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attribute = (name: string, value: string | undefined) => (value ? ` ${name}="${escape(value)}"` : '');

function inline(part: ReportInline): string {
  switch (part.kind) {
    case 'text': {
      const body = part.strong ? `<strong>${escape(part.text)}</strong>` : escape(part.text);
      return part.lang ? `<span lang="${escape(part.lang)}">${body}</span>` : body;
    }
    case 'link':
      return `<a href="${escape(part.href)}"${attribute('lang', part.lang)}${attribute('hreflang', part.hreflang)}>${escape(part.text)}</a>`;
    case 'code':
      return `<code>${escape(part.text)}</code>`;
    default:
      return assertNever(part, 'report inline');
  }
}

const inlines = (content: readonly ReportInline[]) => content.map(inline).join('');

function block(item: ReportBlock): string {
  switch (item.type) {
    case 'paragraph':
      return `<p${attribute('class', item.role)}>${inlines(item.content)}</p>`;
    case 'list':
      return `<ul>${item.items.map((entry) => `<li>${inlines(entry)}</li>`).join('')}</ul>`;
    case 'table': {
      // Each cell also carries its column's header as text for narrow screens, where rows stack (WCAG 1.4.10).
      const label = (column: number) => `<span class="label">${escape(item.head[column] ?? '')}</span> `;
      const rows = item.rows.map(
        (row) =>
          `<tr${attribute('id', row.id)}><th scope="row">${label(0)}${inlines(row.header)}</th>${row.cells.map((cell, column) => `<td>${label(column + 1)}${inlines(cell)}</td>`).join('')}</tr>`,
      );
      return `<table>\n<caption>${escape(item.caption)}</caption>\n<thead><tr>${item.head.map((cell) => `<th scope="col">${escape(cell)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
    case 'items':
      return `<ul class="findings">\n${item.items
        .map(
          (entry) =>
            `<li id="${escape(entry.id)}"><p>${inlines(entry.content)}</p><dl>${entry.facts
              .map((fact) => `<div><dt>${escape(fact.term)}</dt><dd>${inlines(fact.value)}</dd></div>`)
              .join('')}</dl></li>`,
        )
        .join('\n')}\n</ul>`;
    default:
      return assertNever(item, 'report block');
  }
}

function section(part: ReportSection): string {
  const heading = `<h${part.level} id="${escape(part.id)}">${inlines(part.heading)}</h${part.level}>`;
  return [heading, ...part.blocks.map(block), ...part.sections.map(section)].join('\n');
}

const STYLE = `body { font-family: Verdana, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #0b0c0c; background: #fff; margin: 0 auto; padding: 1rem; max-width: 70rem; overflow-wrap: break-word; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.5rem; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #3b3b3b; vertical-align: top; }
.label { display: none; }
.verdict { padding: 1rem; border-left: 0.5rem solid #1a4480; background: #f3f2f1; font-weight: 700; }
.note { border-left: 0.25rem solid #3b3b3b; padding-left: 1rem; }
.findings > li { margin-bottom: 1rem; }
dl div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
dt { font-weight: 700; }
dt::after { content: ":"; }
dd { margin: 0; }
code { font-size: 1rem; white-space: pre-wrap; }
a { color: #1a4480; }
a:focus-visible { background: #ffdd00; color: #0b0c0c; outline: 3px solid transparent; }
@media screen and (max-width: 40em) {
  table, tbody, tr, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  tr { border-top: 0.2rem solid #0b0c0c; padding: 0.5rem 0; }
  th, td { display: block; border: 0; padding: 0.25rem 0; }
  .label { display: block; font-weight: 700; }
}
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  a { color: #000; }
  h2, h3, caption { break-after: avoid; }
  tr, li { break-inside: avoid; }
  .verdict { background: none; }
}`;

/** The report document as a standalone page. */
export function renderReportHtml(document: ReportDocument): string {
  return `<!DOCTYPE html>
<html lang="${escape(document.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.title)}: ${escape(plainText(document.intro[0]?.type === 'paragraph' ? document.intro[0].content : []))}</title>
<meta name="description" content="${escape(document.description)}">
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${escape(document.title)}</h1>
${document.intro.map(block).join('\n')}
${document.sections.map(section).join('\n')}
</main>
</body>
</html>
`;
}

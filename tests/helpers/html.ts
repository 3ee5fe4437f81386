import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every built HTML page under a folder, as [path relative to the folder, source]. */
export function builtPages(dir: string): [string, string][] {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm run build\` first (npm test does).`);
  }
  const out: [string, string][] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push([path.relative(dir, full), readFileSync(full, 'utf8')]);
    }
  };
  walk(dir);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

export function parseHtml(source: string): HTMLElement {
  return parse(source, { comment: false });
}

/** Text as a reader hears it: entities decoded, white space collapsed. */
export function visibleText(element: HTMLElement | null | undefined): string {
  return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}

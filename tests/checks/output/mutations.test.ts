/**
 * A built site changed after the build, one way at a time, must never pass (issue 15): each
 * mutation is made on its own copy of one build of two charters, and the checks of the files
 * and of the manifest's seal (checkOutputFiles, checkPublishedFiles) must report it exactly.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckFinding } from '../../../src/checks/output/finding.ts';
import { checkPublishedFiles } from '../../../src/checks/output/integrity.ts';
import { ManifestError, readManifest } from '../../../src/checks/output/manifest.ts';
import { decodePng } from '../../../src/checks/output/png.ts';
import { checkOutputFiles, filesToCheck, runChecks } from '../../../src/checks/output/run-checks.ts';
import { encodePng } from '../../../src/renderers/card/to-png.ts';
import { serveFolder } from '../../../scripts/lib/static-server.ts';
import { buildSite } from '../../helpers/build.ts';
import { FIXTURES, ROOT } from '../../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'charters-mutations-'));
const built = path.join(work, 'built');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const A = '/charters/council-promise/council-promise';
const B = '/charters/response-targets/response-targets';
const PDF = `${B}-large-print.pdf`;

beforeAll(() => {
  // Two charters, so one charter's card can stand in for the other's.
  const content = path.join(work, 'content');
  cpSync(path.join(FIXTURES, 'own-easy-read/council-promise'), path.join(content, 'council-promise'), { recursive: true });
  cpSync(path.join(FIXTURES, 'wide-targets-table/response-targets'), path.join(content, 'response-targets'), { recursive: true });
  const run = buildSite(content, built);
  expect(run.status, run.stderr).toBe(0);
}, 600_000);

let copies = 0;
/** A fresh copy of the build with one change made to it. */
async function mutated(change: (folder: string) => void | Promise<void>): Promise<string> {
  copies += 1;
  const folder = path.join(work, `copy-${copies}`);
  cpSync(built, folder, { recursive: true });
  await change(folder);
  return folder;
}
const at = (folder: string, file: string) => path.join(folder, file);

/** Every error the file checks and the seal check find, as "target rule", sorted. */
async function errors(folder: string): Promise<string[]> {
  const manifest = readManifest(folder);
  const seal = checkPublishedFiles(folder, manifest);
  expect(seal.incomplete).toEqual([]);
  const findings: CheckFinding[] = [...(await checkOutputFiles(folder, filesToCheck(folder, manifest))), ...seal.findings];
  return findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.target} ${finding.rule}`)
    .sort();
}

/** A PDF loaded with pdf-lib, changed, and saved over itself. */
async function rewritePdf(file: string, edit: (pdf: PDFDocument) => void): Promise<void> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  edit(pdf);
  writeFileSync(file, await pdf.save());
}

function firstLink(pdf: PDFDocument): PDFDict {
  for (const page of pdf.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i += 1) {
      const annot = annots.lookup(i);
      if (annot instanceof PDFDict && annot.get(PDFName.of('Subtype')) === PDFName.of('Link')) return annot;
    }
  }
  throw new Error('The built PDF has no link');
}

describe('the build as it was written', () => {
  it('passes every file check and the seal', async () => {
    expect(await errors(await mutated(() => {}))).toEqual([]);
  });
});

describe('a file deleted after the build', () => {
  it('reports a deleted PDF', async () => {
    expect(await errors(await mutated((folder) => unlinkSync(at(folder, PDF))))).toEqual([`${PDF} file-missing`]);
  });

  it('reports a deleted card PNG', async () => {
    const png = `${A}-card-front.png`;
    expect(await errors(await mutated((folder) => unlinkSync(at(folder, png))))).toEqual([`${png} file-missing`]);
  });

  it('reports a deleted page or stylesheet, which the manifest lists by hash alone', async () => {
    expect(await errors(await mutated((folder) => unlinkSync(at(folder, 'accessibility/index.html'))))).toEqual([
      '/accessibility/index.html file-missing',
    ]);
  });
});

describe('a card PNG replaced after the build', () => {
  const png = `${B}-card-front.png`;

  it('reports a blank card of the right size', async () => {
    const folder = await mutated((copy) => {
      const { width, height } = decodePng(new Uint8Array(readFileSync(at(copy, png))));
      writeFileSync(at(copy, png), encodePng(Buffer.alloc(width * height * 4, 255), width, height));
    });
    expect(await errors(folder)).toEqual([`${png} card-blank`, `${png} card-pixels`, `${png} file-changed`]);
  });

  it('reports two charters’ cards swapped', async () => {
    const other = `${A}-card-front.png`;
    const folder = await mutated((copy) => {
      const [mine, theirs] = [readFileSync(at(copy, png)), readFileSync(at(copy, other))];
      writeFileSync(at(copy, png), theirs);
      writeFileSync(at(copy, other), mine);
    });
    expect(await errors(folder)).toEqual([`${other} card-pixels`, `${other} file-changed`, `${png} card-pixels`, `${png} file-changed`]);
  });

  it('reports another charter’s card even when its file hash in the manifest was updated to match', async () => {
    const folder = await mutated((copy) => {
      const theirs = readFileSync(at(copy, `${A}-card-front.png`));
      writeFileSync(at(copy, png), theirs);
      const manifest = JSON.parse(readFileSync(at(copy, 'checks-manifest.json'), 'utf8')) as { published: Record<string, unknown> };
      manifest.published[png] = manifest.published[`${A}-card-front.png`];
      writeFileSync(at(copy, 'checks-manifest.json'), JSON.stringify(manifest));
    });
    expect(await errors(folder)).toEqual([`${png} card-pixels`]);
  });
});

describe('a PDF changed after the build', () => {
  it('reports a link rewritten to a javascript: address', async () => {
    const folder = await mutated((copy) =>
      rewritePdf(at(copy, PDF), (pdf) =>
        firstLink(pdf).set(PDFName.of('A'), pdf.context.obj({ S: 'URI', URI: PDFString.of('javascript:app.alert(1)') })),
      ),
    );
    expect(await errors(folder)).toEqual([`${PDF} file-changed`, `${PDF} pdf-link-uri`]);
  });

  it('reports a link rewritten to run JavaScript or launch a program', async () => {
    for (const action of [
      { S: 'JavaScript', JS: PDFString.of('app.alert(1)') },
      { S: 'Launch', F: PDFString.of('calc.exe') },
    ]) {
      const folder = await mutated((copy) =>
        rewritePdf(at(copy, PDF), (pdf) => firstLink(pdf).set(PDFName.of('A'), pdf.context.obj(action))),
      );
      expect(await errors(folder), action.S).toEqual([`${PDF} file-changed`, `${PDF} pdf-link-action`, `${PDF} pdf-script-action`]);
    }
  });

  it('reports a bookmark given any action but a link (here a Named print action)', async () => {
    const folder = await mutated((copy) =>
      rewritePdf(at(copy, PDF), (pdf) => {
        const outlines = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict);
        outlines.lookup(PDFName.of('First'), PDFDict).set(PDFName.of('A'), pdf.context.obj({ S: 'Named', N: 'Print' }));
      }),
    );
    expect(await errors(folder)).toEqual([`${PDF} file-changed`, `${PDF} pdf-other-action`]);
  });

  it('reports a truncated PDF as unreadable, and checks every other file', async () => {
    const folder = await mutated((copy) => truncateSync(at(copy, PDF), Math.floor(readFileSync(at(copy, PDF)).length / 2)));
    expect(await errors(folder)).toEqual([`${PDF} file-changed`, `${PDF} pdf-unreadable`]);
  });

  it('reports a PDF cut at its last object, which a lenient reader still opens', async () => {
    const folder = await mutated((copy) => {
      const bytes = readFileSync(at(copy, PDF));
      writeFileSync(at(copy, PDF), bytes.subarray(0, bytes.lastIndexOf('endobj') + 'endobj'.length));
    });
    expect(await errors(folder)).toEqual([`${PDF} file-changed`, `${PDF} pdf-unreadable`]);
  });
});

describe('a file added or edited after the build', () => {
  it('reports a stray file of any type, and checks a stray PDF as a PDF', async () => {
    const folder = await mutated((copy) => {
      writeFileSync(at(copy, 'charters/notes.txt'), 'Draft notes');
      cpSync(at(copy, PDF), at(copy, 'charters/old-copy.pdf'));
    });
    expect(await errors(folder)).toEqual(['/charters/notes.txt file-extra', '/charters/old-copy.pdf file-extra']);
    expect(filesToCheck(folder, readManifest(folder)).map(([file]) => file)).toContain('/charters/old-copy.pdf');
  });

  it('reports a page edited by hand', async () => {
    const page = `${B.slice(0, B.lastIndexOf('/'))}/index.html`;
    const folder = await mutated((copy) =>
      writeFileSync(at(copy, page), readFileSync(at(copy, page), 'utf8').replace('<main', '<main hidden')),
    );
    expect(await errors(folder)).toEqual([`${page} file-changed`]);
  });
});

describe('a folder without its manifest', () => {
  it('is never checked as if it had an empty one', async () => {
    const folder = await mutated((copy) => unlinkSync(at(copy, 'checks-manifest.json')));
    expect(() => readManifest(folder)).toThrow(ManifestError);
    expect(() => readManifest(folder)).toThrow(
      /was not built with this project, or the manifest was deleted[\s\S]*rebuild with npm run build/,
    );
    await expect(
      runChecks({ folder, workDir: work, pa11yConfig: path.join(ROOT, '.pa11yci.json'), pa11y: false, pages: [], serve: serveFolder }),
    ).rejects.toThrow(ManifestError);
  });
});

describe('a run that cannot check a page, with a baseline', () => {
  it('is incomplete, never a pass; accepts what the baseline accepts and reports a stale entry', async () => {
    const folder = await mutated((copy) => writeFileSync(at(copy, 'charters/notes.txt'), 'Draft notes'));
    const reviewed = {
      reason: 'Kept for the auditor while the notes are reviewed.',
      reviewer: 'A. Reviewer, web team',
      date: '2026-11-30',
    };
    const report = await runChecks({
      folder,
      workDir: work,
      pa11yConfig: path.join(ROOT, '.pa11yci.json'),
      pa11y: false,
      pages: ['/'],
      // Nothing listens on port 9 (discard): the page cannot be loaded.
      serve: async () => ({ url: 'http://127.0.0.1:9', close: async () => {} }),
      baseline: [
        { rule: 'file-extra', target: '/charters/notes.txt', ...reviewed },
        { rule: 'color-contrast', target: '/', ...reviewed },
      ],
    });
    expect(report.incomplete?.map((gap) => [gap.tool, gap.target])).toEqual([['browser', '/']]);
    expect(report.passed).toBe(false);
    expect(report.accepted?.map((finding) => [finding.target, finding.rule, finding.accepted?.reviewer])).toEqual([
      ['/charters/notes.txt', 'file-extra', 'A. Reviewer, web team'],
    ]);
    expect(report.findings.map((finding) => [finding.target, finding.rule, finding.severity])).toEqual([
      ['/', 'baseline-stale', 'warning'],
    ]);
  }, 120_000);
});

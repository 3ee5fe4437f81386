// Braille benchmark (part of `npm run bench`): ms per charter for the BRF (flow, one
// lou_translate process per table, wrapping, pages), and the share of the build's file
// rendering that braille adds: every registered format's files rendered for the seed charters
// in the same run, BRF time against the other formats' time.
import path from 'node:path';
import { listCharterFiles, listEasyReadFiles, loadCharterFile, loadEasyReadFile } from '../src/model/load-charter.ts';
import { loadSite } from '../src/model/load-site.ts';
import type { CharterDocument } from '../src/model/types.ts';
import { OUTPUTS } from '../src/outputs/registry.ts';
import type { PublishContext } from '../src/outputs/types.ts';

const ROUNDS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchBraille(): Promise<void> {
  const dir = path.resolve('content/charters');
  const charters = listCharterFiles(dir).map((file) => loadCharterFile(file));
  const byId = new Map(charters.map((doc) => [doc.id, doc]));
  const easyReads = listEasyReadFiles(dir).map((file) => loadEasyReadFile(file, byId));
  const docs: CharterDocument[] = [...charters, ...easyReads];
  const context: PublishContext = { site: loadSite(), siteUrl: 'https://charters.example.org', translationOf: () => undefined };
  const files = docs.flatMap((doc) =>
    OUTPUTS.filter((format) => format.appliesTo(doc)).flatMap((format) =>
      format.files(doc, context).map((file) => ({ doc, format, file })),
    ),
  );

  // Warm up each format once (fonts, tables), then time every file, ROUNDS times.
  for (const format of OUTPUTS) await files.find((entry) => entry.format === format)?.file.render();
  const brfTimes = new Map<string, number[]>();
  let brfTotal = 0;
  let otherTotal = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { doc, format, file } of files) {
      const start = performance.now();
      await file.render();
      const ms = performance.now() - start;
      if (format.id === 'brf') {
        brfTimes.set(doc.id, [...(brfTimes.get(doc.id) ?? []), ms]);
        brfTotal += ms;
      } else otherTotal += ms;
    }
  }
  const perCharter = [...brfTimes.values()].map(median);
  console.log('');
  console.log(`Braille benchmark: BRF of the ${perCharter.length} seed charters (liblouis lou_translate), ${ROUNDS} rounds`);
  console.log(
    `  BRF per charter: median ${median(perCharter).toFixed(1)} ms, min ${Math.min(...perCharter).toFixed(1)}, max ${Math.max(...perCharter).toFixed(1)}`,
  );
  console.log(
    `  share of file rendering: BRF ${(brfTotal / ROUNDS).toFixed(0)} ms of ${((brfTotal + otherTotal) / ROUNDS).toFixed(0)} ms per round (${((100 * brfTotal) / (brfTotal + otherTotal)).toFixed(1)} %; the other ${files.filter((entry) => entry.format.id !== 'brf').length} files ${(otherTotal / ROUNDS).toFixed(0)} ms)`,
  );
}

// Card benchmark (part of `npm run bench`): ms per card over 100 cards with renderCardPng,
// beside a bare satori + resvg render of the same card tree (fonts read and passed fresh on
// every call, no overflow measuring) as the reference.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontPath } from '../src/lib/fonts.ts';
import type { CardContent } from '../src/model/card-content.ts';
import { renderCardPng, WALLET_CARD } from '../src/renderers/card/index.ts';
import { cardTree } from '../src/renderers/card/to-svg.ts';

const COUNT = 100;
const PROMISES = [
  'Treat you with respect',
  'Answer calls within 5 rings',
  'Reply within 5 working days',
  'Keep your information safe',
  'Work at your pace',
  'Ask for your views',
];
const cards: CardContent[] = Array.from({ length: COUNT }, (_, index) => ({
  id: `card-${index + 1}`,
  lang: 'en-GB',
  front: { title: `Our promise ${index + 1}`, organisation: 'Benchmark Council', promises: PROMISES.slice(index % 3, (index % 3) + 4) },
  back: {
    heading: 'How to contact us',
    contact: `Call 0300 123 ${String(1000 + index)}`,
    channels: ['Email: charter@benchmark.example'],
    formats: 'Large print, easy read and other formats: please ask us.',
  },
}));

async function bare(content: CardContent): Promise<Uint8Array> {
  const profile = WALLET_CARD;
  const fonts = ([400, 700] as const).map((weight) => ({
    name: 'Atkinson Hyperlegible Next',
    data: readFileSync(fontPath(weight)),
    weight,
    style: 'normal' as const,
  }));
  const { width, height } = profile.trim;
  const svg = await satori(cardTree(content, 'front', profile, profile.fontSize.target, profile.safe, width, height) as never, {
    width,
    height,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: Math.round((width / 72) * profile.ppi) }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
};
const fmt = (s: ReturnType<typeof stats>) => `median ${s.median.toFixed(1)} ms, min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}`;

export async function benchCards(): Promise<void> {
  // Warm both paths (satori's WASM start-up) before timing.
  await renderCardPng(cards[0]!, 'front');
  await bare(cards[0]!);
  const ours: number[] = [];
  const reference: number[] = [];
  // Interleave so drift on this shared machine affects both alike.
  for (const card of cards) {
    let start = performance.now();
    await renderCardPng(card, 'front');
    ours.push(performance.now() - start);
    start = performance.now();
    await bare(card);
    reference.push(performance.now() - start);
  }
  const [o, r] = [stats(ours), stats(reference)];
  console.log(`Card benchmark: ${COUNT} wallet card fronts, PNG at 300 ppi`);
  console.log(`  renderCardPng:               ${fmt(o)}`);
  console.log(`  bare satori + resvg render:  ${fmt(r)}`);
  console.log(`  ratio (median ours / bare): ${(o.median / r.median).toFixed(2)}× (target ≤ 0.8×)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCards();

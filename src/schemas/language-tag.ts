import { createRequire } from 'node:module';
import { z } from 'astro/zod';

/** Language, optional script, optional region: the subset of BCP 47 a charter needs. */
const TAG_SHAPE = /^([a-z]{2,3})(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|\d{3}))?$/;

/**
 * Tags suggested when a tag is refused: the UK's own languages and those most often asked
 * for in councils' and the NHS's translation services.
 */
const COMMON_TAGS = [
  'en-GB',
  'cy-GB',
  'gd-GB',
  'ga-GB',
  'kw-GB',
  'sco-GB',
  'en',
  'cy',
  'pl-PL',
  'ur-PK',
  'pa-IN',
  'bn-BD',
  'gu-IN',
  'ar',
  'so-SO',
  'ro-RO',
  'lt-LT',
  'pt-PT',
  'es-ES',
  'fr-FR',
  'zh-Hans',
  'zh-Hant',
  'ta-IN',
  'tr-TR',
  'fa-IR',
  'uk-UA',
  'ru-RU',
];

interface RegistryRecord {
  Type: string;
  Subtag?: string;
  Deprecated?: string;
  'Preferred-Value'?: string;
}

let registry: Map<string, RegistryRecord> | undefined;

/** The IANA Language Subtag Registry (npm language-subtag-registry), keyed by type and subtag. */
function subtags(): Map<string, RegistryRecord> {
  if (!registry) {
    const records = createRequire(import.meta.url)('language-subtag-registry/data/json/registry.json') as RegistryRecord[];
    registry = new Map(
      records.filter((record) => record.Subtag).map((record) => [`${record.Type}:${record.Subtag?.toLowerCase()}`, record]),
    );
  }
  return registry;
}

/** What is wrong with one subtag, or undefined when it is registered and current. */
function subtagProblem(type: 'language' | 'script' | 'region', subtag: string): string | undefined {
  const record = subtags().get(`${type}:${subtag.toLowerCase()}`);
  if (!record) return `"${subtag}" is not a ${type} in the IANA language subtag registry`;
  if (record.Deprecated)
    return `"${subtag}" is a deprecated ${type} subtag${record['Preferred-Value'] ? ` (use "${record['Preferred-Value']}")` : ''}`;
  return undefined;
}

/** Every problem with a tag, in plain words; empty when the tag is registered BCP 47. */
export function languageTagProblems(tag: string): string[] {
  const match = TAG_SHAPE.exec(tag);
  if (!match)
    return [
      `"${tag}" is not written as language-Region, for example "en-GB": a lower-case language code, then a hyphen and an upper-case region code`,
    ];
  const [, language = '', script, region] = match;
  return [
    subtagProblem('language', language),
    script ? subtagProblem('script', script) : undefined,
    region ? subtagProblem('region', region) : undefined,
  ].filter((problem): problem is string => problem !== undefined);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The registered tags nearest to a refused one (its own valid language first, then common tags). */
export function nearestLanguageTags(tag: string, count = 3): string[] {
  const written = /^[a-zA-Z]{2,3}/.exec(tag)?.[0].toLowerCase() ?? '';
  // A deprecated language (iw) points at its replacement (he).
  const language = subtags().get(`language:${written}`)?.['Preferred-Value'] ?? written;
  const own = language && !subtagProblem('language', language) ? [`${language}-GB`, language] : [];
  const candidates = [...new Set([...own, ...COMMON_TAGS])].filter((candidate) => languageTagProblems(candidate).length === 0);
  const lower = tag.toLowerCase();
  return candidates
    .map((candidate, order) => ({
      candidate,
      order,
      distance: editDistance(lower, candidate.toLowerCase()) - (own.includes(candidate) ? 1 : 0),
    }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/**
 * A registered BCP 47 language tag (RFC 5646) with a language and, usually, a region:
 * `en-GB`, `cy-GB`, `en`. Every subtag must be in the IANA registry, so `en-UK` (UK is not a
 * region code) is refused. Pages use it for `<html lang>` (WCAG 2.2 SC 3.1.1 and 3.1.2) and
 * PDFs for `/Lang` (PDF/UA-1 §7.2), so a wrong tag breaks screen-reader pronunciation.
 * @see https://www.rfc-editor.org/info/bcp47
 */
export const LanguageTagSchema = z.string().superRefine((tag, ctx) => {
  const problems = languageTagProblems(tag);
  if (problems.length === 0) return;
  const nearest = nearestLanguageTags(tag)
    .map((candidate) => `"${candidate}"`)
    .join(', ');
  ctx.addIssue({
    code: 'custom',
    message: `${problems.join('; ')}.`,
    params: { fix: `Use a registered BCP 47 language tag; the nearest are ${nearest}.` },
  });
});

export type LanguageTag = z.output<typeof LanguageTagSchema>;

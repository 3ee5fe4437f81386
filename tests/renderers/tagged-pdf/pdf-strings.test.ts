/**
 * Every string our renderers write into a PDF, on real bytes read back with pdf.js (what
 * Firefox gives screen readers) and pdf-lib: random text with brackets, backslashes, line
 * breaks, Welsh, CJK and emoji comes back unchanged as title, bookmark, link /Contents and
 * /Alt; random address-like strings are either refused or come back as exactly the
 * normalised URL; and no action but /URI ever appears in the file. fast-check with a fixed
 * seed, so the runs are the same every time.
 */
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { unsafeActions } from '../../../src/checks/output/pdf-actions.ts';
import { checkUrl } from '../../../src/lib/safe-url.ts';
import { writeDocumentMetadata } from '../../../src/renderers/tagged-pdf/metadata.ts';
import { pdfLanguage, pdfText, pdfUri, UnsafeUriError } from '../../../src/renderers/tagged-pdf/pdf-strings.ts';
import type { StructNode } from '../../../src/renderers/tagged-pdf/structure.ts';
import { StructureWriter } from '../../../src/renderers/tagged-pdf/tagging.ts';

const SEED = 20_261_123;
const RUNS = 120;

/** Pieces that break naive PDF strings (§7.3.4.2), XML, or try to inject an action. */
const NASTY = [
  '(',
  ')',
  '((',
  '))',
  '\\',
  '\\(',
  '\\)',
  '\n',
  '\t',
  ' ',
  '<',
  '>',
  '&',
  '"',
  "'",
  '%',
  '/',
  '#',
  ') /S /JavaScript /JS (app.alert(1)',
  '>> endobj',
  'endstream',
  '<?xpacket end="w"?>',
  '</rdf:li>',
];
const WORLD = ['ŵ', 'ŷ', 'Ŵ', 'Ŷ', 'Mae ŵ ac ŷ', '漢字', 'こんにちは', '😀', '👩🏽‍⚕️', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'é', 'ß'];
const char = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY, ...WORLD), weight: 3 },
  { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), weight: 3 },
  { arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }).map((code) => String.fromCodePoint(code)), weight: 1 },
  { arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)), weight: 1 },
);
/** Text with at least one visible character (an all-blank title is a different bug). */
const text = fc
  .array(char, { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(''))
  .filter((value) => value.trim().length > 0);

/** Address-like strings: good and bad schemes, hosts and paths full of what breaks strings. */
const urlish = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom('https://', 'http://', 'HTTPS://', 'mailto:', 'tel:+'), weight: 4 },
      {
        arbitrary: fc.constantFrom('tel:', 'javascript:', 'JavaScript:', 'file:///', 'data:text/html,', 'https:', 'ftp://', ''),
        weight: 1,
      },
    ),
    fc.oneof(
      { arbitrary: fc.constantFrom('example.org', 'www.council.gov.uk', 'bücher.example', 'team@x.example', '441865815906'), weight: 4 },
      { arbitrary: fc.constantFrom('user:pw@example.org', '[::1]', 'exa mple.org', ''), weight: 1 },
    ),
    fc.array(
      fc.oneof(
        { arbitrary: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), weight: 6 },
        { arbitrary: fc.constantFrom('/', '/path', '?q=1', '&a=b', '#top', '%20', '%', '(', ')', '))', 'é', '😀', '漢', '..'), weight: 3 },
        {
          arbitrary: fc.constantFrom(
            '\\',
            ' ',
            '\n',
            '\u200b',
            '\u0000',
            '\u202e',
            ') /S /JavaScript /JS (app.alert(1)',
            '/) /URI (javascript:app.alert(1)',
          ),
          weight: 1,
        },
      ),
      { maxLength: 6 },
    ),
  )
  .map(([scheme, host, rest]) => `${scheme}${host}${rest.join('')}`);

interface Strings {
  title: string;
  bookmark: string;
  contents: string;
  alt: string;
  href: string;
}

/** A one-page tagged PDF written by the renderers' own StructureWriter and metadata writer. */
async function pdfWith(strings: Strings): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([300, 300]);
  const root: StructNode = { id: 0, type: 'Document', parent: null };
  const figure: StructNode = { id: 1, type: 'Figure', parent: root, alt: strings.alt, bbox: [10, 200, 60, 250] };
  const link: StructNode = { id: 2, type: 'Link', parent: root, href: strings.href, contents: strings.contents };
  const writer = new StructureWriter(pdf, root, 1);
  writer.content(page, 0, figure, () => page.drawRectangle({ x: 10, y: 200, width: 50, height: 50 }));
  writer.content(page, 0, link, () => page.drawRectangle({ x: 10, y: 100, width: 100, height: 20 }));
  writer.link(page, 0, link, [10, 100, 110, 120]);
  writer.finish([page], [{ level: 1, title: strings.bookmark, page: 0, y: 280 }]);
  writeDocumentMetadata(pdf, {
    title: strings.title,
    language: 'cy',
    author: strings.alt,
    subject: strings.contents,
    date: new Date(Date.UTC(2026, 0, 1)),
    seed: 'ab'.repeat(32),
  });
  return pdf.save({ useObjectStreams: false });
}

interface ReadBack {
  title: string | undefined;
  xmpTitle: string | undefined;
  bookmark: string | undefined;
  contents: string | undefined;
  uris: (string | undefined)[];
  alts: string[];
  /** Annotation properties pdf.js sets for actions other than a URI. */
  otherActions: unknown[];
}

interface PdfJsAnnotation {
  subtype?: string;
  contentsObj?: { str?: string };
  unsafeUrl?: string;
  action?: unknown;
  actions?: unknown;
  dest?: unknown;
  attachment?: unknown;
}

async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const meta = await pdf.getMetadata();
    const page = await pdf.getPage(1);
    const annotations = (await page.getAnnotations()) as PdfJsAnnotation[];
    const alts: string[] = [];
    const walk = (node: { alt?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.alt !== undefined) alts.push(node.alt);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk((await page.getStructTree()) as never);
    return {
      title: (meta.info as { Title?: string }).Title,
      xmpTitle: meta.metadata?.get('dc:title') ?? undefined,
      bookmark: (await pdf.getOutline())?.[0]?.title,
      contents: annotations[0]?.contentsObj?.str,
      uris: annotations.map((annotation) => annotation.unsafeUrl),
      alts,
      otherActions: annotations
        .flatMap((annotation) => [annotation.action, annotation.actions, annotation.dest, annotation.attachment])
        .filter((value) => value !== undefined),
    };
  } finally {
    await pdf.destroy();
  }
}

/** Action keywords in the raw bytes, outside the XMP packet (plain XML text that may quote anything). */
function rawActionKeywords(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const withoutXmp = raw.replace(/<\?xpacket begin[\s\S]*?<\?xpacket end="w"\?>/, '');
  return withoutXmp.match(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|GoToE|OpenAction|AA|Rendition)\b/g) ?? [];
}

async function expectOnlyUriActions(bytes: Uint8Array): Promise<void> {
  expect(unsafeActions(await PDFDocument.load(bytes, { updateMetadata: false }))).toEqual([]);
  expect(rawActionKeywords(bytes)).toEqual([]);
}

describe('PDF strings', () => {
  it('reads any text back unchanged from the title, bookmark, XMP title, link /Contents and /Alt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ title: text, bookmark: text, contents: text, alt: text }), async (strings) => {
        const bytes = await pdfWith({ ...strings, href: 'https://example.org/a(b)c' });
        const back = await readBack(bytes);
        expect(back.title).toBe(strings.title);
        // pdf.js trims XMP values (its MetadataParser), so leading and trailing space is its doing.
        expect(back.xmpTitle).toBe(strings.title.trim());
        expect(back.bookmark).toBe(strings.bookmark);
        expect(back.contents).toBe(strings.contents);
        expect(back.alts).toEqual([strings.alt, strings.contents]);
        expect(back.uris).toEqual(['https://example.org/a(b)c']);
        expect(back.otherActions).toEqual([]);
        await expectOnlyUriActions(bytes);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000);

  it('refuses an address-like string, or writes exactly its normalised URL as the only action', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(urlish, async (href) => {
        const checked = checkUrl(href);
        if (!checked.ok) {
          expect(() => pdfUri(href)).toThrow(UnsafeUriError);
          return;
        }
        accepted += 1;
        const normalised = new URL(href).href;
        expect(checked.url).toBe(normalised);
        expect(normalised).toMatch(/^(https?|mailto|tel):[\x21-\x7e]+$/);
        const bytes = await pdfWith({ title: 'T', bookmark: 'B', contents: 'Link', alt: 'A', href });
        const back = await readBack(bytes);
        expect(back.uris).toEqual([normalised]);
        expect(back.otherActions).toEqual([]);
        await expectOnlyUriActions(bytes);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The property means little unless a fair share of the addresses were written.
    expect(accepted).toBeGreaterThan(RUNS / 5);
  }, 60_000);
});

describe('metadata strings', () => {
  it('keeps PDF and XMP syntax in a title as text', async () => {
    const title = 'x) endstream endobj </rdf:li> & <?xpacket end="w"?> (\\';
    const bytes = await pdfWith({ title, bookmark: title, contents: title, alt: title, href: 'tel:+441865815906' });
    const back = await readBack(bytes);
    expect([back.title, back.xmpTitle, back.bookmark, back.contents]).toEqual([title, title, title, title]);
    expect(Buffer.from(bytes).toString('latin1')).toContain('&#101;ndstream &#101;ndobj &lt;/rdf:li&gt; &amp; &lt;?xpacket');
    await expectOnlyUriActions(bytes);
  });
});

describe('pdfUri', () => {
  it.each([
    'https://example.org/) /S /JavaScript /JS (app.alert(1)',
    'https://example.org/) /URI (javascript:app.alert(1)',
    'https://example.org/\\',
    'javascript:app.alert(1)',
    'file:///etc/passwd',
    'https:example.org',
    'https://www.council.gov.uk@example.com/',
    'tel:0300 123 4567',
    'mailto:',
    '#top',
  ])('refuses %s with a clear error', (href) => {
    expect(() => pdfUri(href)).toThrow(/Refusing to write the link address .* into a PDF: .*Only https:, http:, mailto: and tel:/);
  });

  it('writes the normalised address as a hex string of its ASCII bytes', () => {
    expect(pdfUri('HTTPS://Example.ORG/a/../b(c)?q=é').toString()).toBe(
      `<${Buffer.from('https://example.org/b(c)?q=%C3%A9').toString('hex').toUpperCase()}>`,
    );
    expect(pdfUri('tel:+441865815906').toString()).toBe(`<${Buffer.from('tel:+441865815906').toString('hex').toUpperCase()}>`);
  });
});

describe('pdfText and pdfLanguage', () => {
  it('writes text as UTF-16BE hex, with ESC (a language escape in PDF text strings) replaced', () => {
    expect(pdfText('a)').toString()).toBe('<FEFF00610029>');
    expect(pdfText('a\u001bb').decodeText()).toBe('a\ufffdb');
  });

  it('writes a language tag as ASCII hex, and refuses anything that is not one', () => {
    expect(pdfLanguage('en-GB').toString()).toBe('<656E2D4742>');
    for (const bad of ['en) /S /JavaScript (', 'en GB', '', 'cy\n', 'ŵ'])
      expect(() => pdfLanguage(bad)).toThrow(/not a BCP 47 language tag/);
  });
});

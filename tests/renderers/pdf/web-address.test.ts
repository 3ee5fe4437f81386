/**
 * Web and email addresses in the PDFs, read back with poppler: an address too long for its
 * line breaks after a "/" of its path (or the "@" of an email), never just after one of its
 * own hyphens, where a reader could not tell whether the hyphen belongs to it. The charter
 * page's address on page 1 of every seed's large-print PDF used to break as
 * "…/oxfordshire-care-" / "and-support/". The wrapping rule itself is unit-tested in
 * layout/wrap.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartersDir, loadAllCharters, loadCharterFile } from '../../../src/model/load-charter.ts';
import { formatRequestFor } from '../../../src/model/format-request.ts';
import { loadSite } from '../../../src/model/load-site.ts';
import type { CharterDocument } from '../../../src/model/types.ts';
import { charterPageUrl } from '../../../src/outputs/urls.ts';
import { CLEAR_PRINT, LARGE_PRINT, renderPdf, type PdfProfile } from '../../../src/renderers/pdf/index.ts';
import { poppler, toFile } from '../../helpers/pdf.ts';
import { FIXTURES } from '../../helpers/paths.ts';

/** The context the build gives the renderer: the page's address on the default site, and how to ask for formats. */
function buildContext(doc: CharterDocument) {
  const pageUrl = charterPageUrl(doc, 'https://charters.example.org');
  return {
    pageUrl,
    formatRequest: { email: formatRequestFor(doc, loadSite(), pageUrl).email, phone: doc.meta.contact?.phones?.[0]?.number },
  };
}

/**
 * Each place `address` is in the text, as the lines pdftotext gives: the text of each line it
 * spans and the character before each break inside it. Lines are joined with nothing
 * between them, as the address's pieces are written.
 */
function addressLines(text: string, address: string): { lines: string[]; breaksAfter: string[] }[] {
  const lines = text.split('\n').map((line) => line.trimEnd());
  const joined = lines.join('');
  const found: { lines: string[]; breaksAfter: string[] }[] = [];
  for (let start = joined.indexOf(address); start >= 0; start = joined.indexOf(address, start + 1)) {
    const end = start + address.length;
    const spanned: string[] = [];
    const breaksAfter: string[] = [];
    let offset = 0;
    for (const line of lines) {
      const next = offset + line.length;
      if (next > start && offset < end) {
        spanned.push(line);
        if (next < end) breaksAfter.push(joined[next - 1] ?? '');
      }
      offset = next;
    }
    found.push({ lines: spanned, breaksAfter });
  }
  expect(found.length, `${address} is not in the text, whole or broken across lines`).toBeGreaterThan(0);
  return found;
}

async function pdfText(doc: CharterDocument, profile: PdfProfile, pages?: number): Promise<string> {
  const file = toFile(await renderPdf(doc, profile, buildContext(doc)));
  return poppler('pdftotext', [...(pages ? ['-l', String(pages)] : []), file, '-']);
}

describe.each(loadAllCharters(chartersDir()).map((doc) => [doc.id, doc] as const))('%s', (_id, doc) => {
  it.each([LARGE_PRINT, CLEAR_PRINT])(
    'breaks the web page’s address on page 1 only after a "/", never at its hyphens (%s)',
    async (profile) => {
      const address = buildContext(doc).pageUrl;
      expect(address).toContain('-');
      for (const { lines, breaksAfter } of addressLines(await pdfText(doc, profile, 1), address)) {
        for (const line of lines.slice(0, -1)) expect(line, `${address}: ${JSON.stringify(lines)}`).not.toMatch(/-$/);
        expect(breaksAfter.every((mark) => mark === '/')).toBe(true);
        // At 18 pt these addresses are longer than a line, so the rule is really exercised there.
        if (profile === LARGE_PRINT && address.length > 50) expect(lines.length).toBeGreaterThan(1);
      }
    },
  );
});

describe('addresses in a charter’s contact details', () => {
  const doc = loadCharterFile(path.join(FIXTURES, 'wide-targets-table/response-targets/charter.mdx'));
  const website = doc.meta.contact?.website ?? '';
  const email = doc.meta.contact?.emails?.[0]?.address ?? '';

  it.each([LARGE_PRINT, CLEAR_PRINT])(
    'break a long website only after "/" and an email only after "@", and keep an email that fits a line whole (%s)',
    async (profile) => {
      const text = await pdfText(doc, profile);
      for (const site of addressLines(text, website)) {
        expect(site.lines.length).toBeGreaterThan(1);
        expect(site.breaksAfter.every((mark) => mark === '/')).toBe(true);
      }
      // In bold in page 1's sentence it may be too long for a line; in the contact details it fits a line of its own.
      const emails = addressLines(text, email);
      for (const found of emails) expect(found.breaksAfter.every((mark) => mark === '@')).toBe(true);
      expect(emails.at(-1)?.lines).toHaveLength(1);
    },
  );
});

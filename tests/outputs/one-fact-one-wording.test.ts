/**
 * One fact, one wording in every format: for every seed charter in the real build (dist/),
 * the title, the contact section's heading, each contact row's label and value, and the review
 * dates read the same on the web page, in the large and clear print PDFs (read back with
 * poppler and pdf.js) and on the card (its words, as the page's alt text and the print PDF's
 * Figure /Alt give them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { contactHeading, contactRows } from '../../src/model/contact-rows.ts';
import { chartersDir, loadAllCharters } from '../../src/model/load-charter.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { poppler, readPdf, toFile } from '../helpers/pdf.ts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
// pdftotext puts a line's last word and the next line's first together with a newline; an
// address broken after "/" is joined again by dropping the space after the slash.
const pdfText = (bytes: Uint8Array) => normalise(poppler('pdftotext', [toFile(bytes), '-'])).replace(/\/ /g, '/');

describe.each(loadAllCharters(chartersDir()).map((doc) => [doc.id, doc] as const))('%s', (id, doc) => {
  const page = parseHtml(readFileSync(path.join(DIST, 'charters', id, 'index.html'), 'utf8'));
  const pdfs = (['large-print', 'clear-print'] as const).map((edition) => {
    const bytes = readFileSync(path.join(DIST, 'charters', id, `${id}-${edition}.pdf`));
    return { edition, bytes, text: pdfText(bytes), firstPage: normalise(poppler('pdftotext', ['-l', '1', toFile(bytes), '-'])) };
  });
  const cardAlt = normalise(
    page
      .querySelectorAll('.cc-card__image')
      .map((image) => image.getAttribute('alt') ?? '')
      .join(' '),
  );
  const facts = new Map(
    page
      .querySelectorAll('.cc-facts__row')
      .map((row) => [visibleText(row.querySelector('dt')).replace(/:$/, ''), visibleText(row.querySelector('dd'))]),
  );

  it('has one title: the page’s h1, each PDF’s title and its first line', async () => {
    expect(visibleText(page.querySelector('h1'))).toBe(doc.title);
    for (const pdf of pdfs) {
      expect((await readPdf(pdf.bytes)).title).toContain(doc.title);
      expect(pdf.firstPage.startsWith(doc.title), pdf.edition).toBe(true);
    }
  });

  it('gives the review dates in the same words on the page and on each PDF’s page 1', () => {
    const lastReviewed = facts.get(t('en-GB', 'dates.lastReviewed'));
    const nextReview = facts.get(t('en-GB', 'dates.nextReview'));
    expect(lastReviewed).toBeDefined();
    expect(nextReview).toBeDefined();
    for (const pdf of pdfs) {
      expect(pdf.firstPage, pdf.edition).toContain(
        `${t('en-GB', 'dates.lastReviewed')}: ${lastReviewed}. ${t('en-GB', 'dates.nextReview')}: ${nextReview}.`,
      );
    }
  });

  it('heads its contact section with the same words on the page and in each PDF', async () => {
    if (doc.hasContactBlock || !doc.meta.contact) return;
    const heading = contactHeading(doc.meta.organisation, 'en-GB');
    expect(visibleText(page.querySelector('#contact'))).toBe(heading);
    for (const pdf of pdfs) {
      const outline = (await readPdf(pdf.bytes)).outline.flatMap((entry) => [entry.title, ...entry.items.map((item) => item.title)]);
      expect(outline, pdf.edition).toContain(heading);
      expect(pdf.text, pdf.edition).toContain(heading);
    }
  });

  it('labels every contact row the same on the page, in each PDF and on the card', () => {
    const rows = contactRows(doc.meta.contact ?? {}, 'en-GB');
    const pageRows = page
      .querySelectorAll('.cc-contact__item')
      .map((item) => [visibleText(item.querySelector('dt')), normalise(visibleText(item.querySelector('dd')))]);
    for (const row of rows) {
      const value = normalise(row.lines.join(' '));
      if (doc.meta.contact) expect(pageRows).toContainEqual([row.label, value]);
      for (const pdf of pdfs) expect(pdf.text, pdf.edition).toContain(`${row.label}: ${row.lines[0] ?? ''}`);
    }
    // The card gives the main phone and email (unless its own contact line does) with the same labels.
    const phone = doc.meta.contact?.phones?.[0]?.number;
    if (phone && !doc.meta.card.contact?.includes(phone)) expect(cardAlt).toContain(`${t('en-GB', 'contact.phone')}: ${phone}`);
    const email = doc.meta.contact?.emails?.[0]?.address;
    if (email && !doc.meta.card.contact?.includes(email)) expect(cardAlt).toContain(`${t('en-GB', 'contact.email')}: ${email}`);
  });
});

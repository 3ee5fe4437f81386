/**
 * The product holds itself to the easy-read house rules it enforces on authors: the whole
 * text of every built easy-read page (the author's words and every word the product adds:
 * the introduction, the readers' check, the standing notice, contact labels, the picture
 * credit, links) passes the easy-read checker's wording rules (ER-2 sentence length, ER-7,
 * ER-8, ER-9, ER-11 with the edition's own glossary, ER-13). The easy-read PDF's text is
 * checked the same way, paragraph by paragraph from its tags.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEasyReadText, glossaryOf } from '../../src/checks/content/easy-read.ts';
import { chartersDir, loadAllCharters, loadAllEasyReads } from '../../src/model/load-charter.ts';
import { parseHtml, visibleText } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { structTree, textOf, toFile, walkStruct } from '../helpers/pdf.ts';

const charters = loadAllCharters(chartersDir());
const editions = loadAllEasyReads(charters, chartersDir());
/** Text a reader meets as prose: blocks of the page's main content, not file facts ("PDF, 12 pages, 345 KB"). */
const PROSE = 'main h1, main h2, main h3, main p, main li, main dt, main dd';

/**
 * The edition's glossary, and the organisation's name: a proper name the product prints as
 * the charter gives it ("Richmond Users Independent Living Scheme (RUILS)").
 */
const knownWords = (doc: (typeof editions)[number]) => [...glossaryOf(doc), ...doc.meta.organisation.split(/[\s()]+/).filter(Boolean)];

const errorsOf = (texts: string[], lang: string, glossary: string[], file: string) =>
  checkEasyReadText(texts, lang, glossary, file)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.rule}: ${finding.message} in "${texts[finding.line - 1] ?? ''}"`);

describe.each(editions.map((doc) => [doc.id, doc] as const))('the easy-read edition of %s', (id, doc) => {
  it('has a page whose every sentence keeps the house rules, the product’s own included', () => {
    const page = parseHtml(readFileSync(path.join(DIST, 'charters', id, 'easy-read', 'index.html'), 'utf8'));
    for (const details of page.querySelectorAll('.cc-downloads__details')) details.remove();
    const texts = page.querySelectorAll(PROSE).map((element) => visibleText(element).replace(/\s+/g, ' ').trim());
    expect(texts.length).toBeGreaterThan(10);
    expect(errorsOf(texts, doc.lang, knownWords(doc), `${id}/easy-read/index.html`)).toEqual([]);
  });

  it('has a PDF whose every sentence keeps the house rules too', () => {
    const file = toFile(readFileSync(path.join(DIST, 'charters', id, `${id}-easy-read.pdf`)));
    // One text per tagged paragraph, heading and list item body, as a screen reader gets them.
    const texts = [...walkStruct(structTree(file))]
      .filter((node) => /^(P|H[1-6]|LBody)$/.test(node.type))
      .map((node) => textOf(node).replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    expect(texts.length).toBeGreaterThan(10);
    expect(errorsOf(texts, doc.lang, knownWords(doc), `${id}-easy-read.pdf`)).toEqual([]);
  });
});

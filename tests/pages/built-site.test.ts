/**
 * Checks the real build in dist/ (npm test builds it first): structure, language, no
 * JavaScript, and every word of every charter's model on its page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartersDir, loadAllCharters, loadAllEasyReads } from '../../src/model/load-charter.ts';
import { loadSite } from '../../src/model/load-site.ts';
import { PICTURE_ATTRIBUTION } from '../../src/model/pictures.ts';
import { configuredSiteUrl } from '../../src/lib/site-url.ts';
import { cardContent, cardPageUrl, cardText } from '../../src/model/card-content.ts';
import { blocksText } from '../../src/model/text.ts';
import type { CharterDocument } from '../../src/model/types.ts';
import { OUTPUTS } from '../../src/outputs/registry.ts';
import type { Placement } from '../../src/outputs/types.ts';
import { builtPages, parseHtml, visibleText } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';

const pages = builtPages(DIST);
const docs = loadAllCharters(chartersDir());
const source = (id: string) => {
  const found = pages.find(([file]) => file === `charters/${id}/index.html`);
  if (!found) throw new Error(`${id} was not built`);
  return found[1];
};
const pageOf = (relative: string) => {
  const found = pages.find(([file]) => file === relative);
  if (!found) throw new Error(`${relative} was not built`);
  return parseHtml(found[1]);
};
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The file names the output registry places in one place for a charter (no seed has a translation). */
const placedFiles = (doc: CharterDocument, placement: Placement) => {
  const context = { site: loadSite(), siteUrl: 'https://charters.example.org', translationOf: () => undefined };
  return OUTPUTS.filter((format) => format.placement === placement && format.appliesTo(doc)).flatMap((format) =>
    format.files(doc, context).map((file) => file.fileName),
  );
};

describe('every built page', () => {
  it('includes the home page, a page and a print page per charter and the accessibility statement', () => {
    const files = pages.map(([file]) => file);
    expect(files).toContain('index.html');
    expect(files).toContain('accessibility/index.html');
    for (const doc of docs) expect(files).toContain(`charters/${doc.id}/index.html`);
    for (const doc of docs) expect(files).toContain(`charters/${doc.id}/print/index.html`);
  });

  describe.each(pages)('%s', (_file, source) => {
    const root = parseHtml(source);

    it('has exactly one h1, a lang, a title and a main landmark', () => {
      expect(root.querySelectorAll('h1')).toHaveLength(1);
      expect(root.querySelector('html')?.getAttribute('lang')).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
      expect(visibleText(root.querySelector('title')).length).toBeGreaterThan(0);
      expect(root.querySelectorAll('main')).toHaveLength(1);
    });

    it('ships no JavaScript', () => {
      expect(source).not.toMatch(/<script\b/i);
      expect(source).not.toMatch(/\son[a-z]+=/i);
      expect(source).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    });

    it('starts with a skip link to the main content (WCAG 2.4.1)', () => {
      const first = root.querySelector('body a');
      expect(first?.getAttribute('href')).toBe('#main-content');
      expect(root.querySelector('#main-content')?.tagName).toBe('MAIN');
    });

    it('never glues inline elements together (compressHTML)', () => {
      // Astro 7's 'jsx' mode turns "About</a>\n<span>us" into "About</a><span>us".
      expect(source).not.toMatch(/<\/(a|strong|em|span|abbr|b)><(a|strong|em|span|abbr|b)[\s>]/);
    });

    it('does not skip heading levels', () => {
      const levels = root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((heading) => Number(heading.tagName[1]));
      levels.forEach((level, index) => {
        if (index > 0) expect(level, `heading ${index}`).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
      });
    });

    it('has unique ids', () => {
      const ids = root.querySelectorAll('[id]').map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });
});

describe.each(docs.map((doc) => [doc.id, doc] as const))('charter page %s', (id, doc) => {
  const page = pageOf(`charters/${id}/index.html`);
  const mainText = normalise(visibleText(page.querySelector('main')));

  it('carries every paragraph, item and cell of its model', () => {
    for (const text of blocksText(doc.blocks)) expect(mainText).toContain(normalise(text));
  });

  it('uses the charter language and title', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(doc.lang);
    expect(visibleText(page.querySelector('h1'))).toBe(doc.title);
  });

  it('shows last-reviewed and next-review dates', () => {
    const facts = Object.fromEntries(
      page.querySelectorAll('.cc-facts__row').map((row) => [visibleText(row.querySelector('dt')), visibleText(row.querySelector('dd'))]),
    );
    expect(facts['Last reviewed']).toMatch(/^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}$|^Not stated in the charter$/);
    expect(facts['Next review']).toMatch(/^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}$|^Not stated in the charter$/);
  });

  it('offers other formats with a pre-filled email naming the charter', () => {
    const section = page.querySelector('#other-formats')?.parentNode;
    expect(visibleText(page.querySelector('#other-formats'))).toBe('Get this charter in another format');
    const link = section?.querySelectorAll('a').find((a) => a.getAttribute('href')?.startsWith('mailto:'));
    const href = link?.getAttribute('href') ?? '';
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toContain(doc.title);
    expect(url.searchParams.get('body')).toContain(`Charter: ${doc.title}`);
    expect(url.searchParams.get('body')).toContain('The format I need');
    // The request sentence spans two inline elements on separate lines in the component:
    // this fails if compressHTML deletes the space between them.
    expect(mainText).toContain('in another format (this opens an email to');
  });

  it('marks up phone numbers and emails as tel: and mailto: links', () => {
    for (const phone of doc.meta.contact?.phones ?? []) {
      const digits = phone.number.replace(/\D/g, '').replace(/^0/, '');
      // Every link to the number shows it whole; its spaces are no-break spaces so it never splits across lines.
      const links = page.querySelectorAll(`a[href="tel:+44${digits}"]`);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.text.replace(/\u00a0/g, ' ')).toBe(phone.number);
    }
    for (const email of doc.meta.contact?.emails ?? []) {
      expect(page.querySelector(`a[href="mailto:${email.address}"]`)).not.toBeNull();
    }
  });

  it('shows the charter card with alt text equal to the card text, its words, and its downloads with sizes', () => {
    // The back ends with this page's address, as published (src/outputs/formats/cards.ts).
    const text = cardText(cardContent(doc, loadSite(), cardPageUrl(doc.id, configuredSiteUrl())));
    const images = page.querySelectorAll('.cc-card img');
    expect(images.map((image) => image.getAttribute('alt'))).toEqual([text.front, text.back]);
    expect(images.map((image) => image.getAttribute('src'))).toEqual([
      `/charters/${id}/${id}-card-front.png`,
      `/charters/${id}/${id}-card-back.png`,
    ]);
    const card = normalise(visibleText(page.querySelector('.cc-card')));
    for (const promise of doc.meta.card.promises) expect(card).toContain(promise);
    // The public's files: the card's images, with their sizes. The printers' are on the print page.
    expect(page.querySelectorAll('.cc-card .cc-downloads__link').map((link) => link.getAttribute('href'))).toEqual(
      placedFiles(doc, 'card').map((name) => `/charters/${id}/${name}`),
    );
    expect(card).toMatch(/PNG, 85 × 55 mm at 300 ppi, \d+ KB/);
    expect(page.querySelector(`.cc-card a[href="/charters/${id}/print/"]`)?.text).toBe('the page for printing this charter');
  });

  it('offers no file for printers: those are on its print page', () => {
    const printFiles = placedFiles(doc, 'print');
    expect(printFiles).toEqual(expect.arrayContaining([`${id}-card-print.pdf`, `${id}-card-large-print.pdf`, `${id}-card-sheet.pdf`]));
    const links = page.querySelectorAll('a[href]').map((link) => link.getAttribute('href'));
    for (const name of printFiles) expect(links).not.toContain(`/charters/${id}/${name}`);
  });

  it('gives the card’s promises and how to get in touch before the full text', () => {
    const promises = page.querySelector('#summary-promises')?.parentNode;
    expect(visibleText(page.querySelector('#summary-promises'))).toBe('What you can expect');
    expect(promises?.querySelectorAll('li').map((item) => visibleText(item))).toEqual(cardContent(doc, loadSite()).front.promises);
    const fullText = promises?.querySelector('.cc-summary__more a')?.getAttribute('href') ?? '';
    expect(page.querySelector(fullText)).not.toBeNull();
    const contact = page.querySelector('#summary-contact')?.parentNode;
    expect(visibleText(page.querySelector('#summary-contact'))).toBe('How to contact us');
    // Both come after the facts and before the contents list and the charter's text.
    const order = ['class="cc-facts"', 'id="summary-promises"', 'id="summary-contact"', 'id="charter-text"'].map((mark) =>
      source(id).indexOf(mark),
    );
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const text = normalise(visibleText(contact));
    const { contact: details } = doc.meta;
    for (const phone of details?.phones ?? []) {
      const digits = phone.number.replace(/\D/g, '').replace(/^0/, '');
      expect(contact?.querySelector(`a[href="tel:+44${digits}"]`), phone.number).not.toBeNull();
    }
    for (const email of details?.emails ?? []) expect(contact?.querySelector(`a[href="mailto:${email.address}"]`)).not.toBeNull();
    if (!details?.phones?.length && !details?.emails?.length && !details?.textRelay) {
      // As the card's back: the charter gives none, so who can help instead is the site's publisher.
      expect(text).toContain(
        details ? 'This charter gives no phone number or email.' : 'This charter gives no phone number, email or address.',
      );
      expect(text).toContain(`${loadSite().operator} runs this website and can help.`);
      expect(contact?.querySelector(`a[href="mailto:${loadSite().contactEmail}"]`)).not.toBeNull();
      if (doc.meta.card.contact) expect(text).toContain(doc.meta.card.contact);
    } else {
      expect(contact?.querySelector('.cc-summary__more a')?.getAttribute('href')).toBe('#contact');
    }
  });

  it('has a contents list when it has more than three sections, ending with the contact section', () => {
    const contents = page.querySelector('nav.cc-contents');
    if (doc.sections.length > 3) {
      expect(contents?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
        ...doc.sections.map((s) => `#${s.id}`),
        ...(doc.hasContactBlock ? [] : ['#contact']),
      ]);
    } else {
      expect(contents).toBeNull();
    }
  });
});

const easyReads = loadAllEasyReads(docs, chartersDir());

describe.each(easyReads.map((doc) => [doc.id, doc] as const))('easy-read page %s', (id, doc) => {
  const page = pageOf(`charters/${id}/easy-read/index.html`);
  const mainText = normalise(visibleText(page.querySelector('main')));

  it('carries every sentence of its model', () => {
    for (const text of blocksText(doc.blocks)) expect(mainText).toContain(normalise(text));
  });

  it('gives every picture an empty alt: the sentences beside it say the same (one rule everywhere)', () => {
    const pictures = page.querySelectorAll('.cc-point img');
    expect(pictures.length).toBe(doc.blocks.filter((block) => block.type === 'point').length);
    for (const picture of pictures) {
      expect(picture.getAttribute('alt')).toBe('');
      expect(picture.getAttribute('src')).toMatch(/^\/pictures\/[a-z0-9-]+\.svg$/);
    }
  });

  it('links to the full charter, and the charter links back', () => {
    expect(page.querySelector(`main a[href="/charters/${id}/"]`)).not.toBeNull();
    expect(pageOf(`charters/${id}/index.html`).querySelector(`main a[href="/charters/${id}/easy-read/"]`)).not.toBeNull();
  });

  it('credits the pictures, says whether readers tested it, and offers the PDF with its size', () => {
    expect(mainText).toContain(PICTURE_ATTRIBUTION);
    expect(mainText).toContain(
      doc.easyRead?.testedWith
        ? 'People with learning disabilities checked this booklet'
        : 'People with learning disabilities have not checked this booklet yet.',
    );
    const download = page.querySelector(`a[href="/charters/${id}/${id}-easy-read.pdf"]`);
    expect(download).not.toBeNull();
    expect(mainText).toMatch(/PDF, \d+ pages, \d+ KB/);
  });

  it('has no provenance section when it was written for this site (no source of its own)', () => {
    expect(doc.easyRead?.source).toBeUndefined();
    expect(page.querySelector('.cc-about')).toBeNull();
  });
});

describe.each(docs.map((doc) => [doc.id, doc] as const))('print page %s', (id, doc) => {
  const page = pageOf(`charters/${id}/print/index.html`);

  it('is for staff, links the charter, and lists the files for printers with what each is for and how to print it', () => {
    expect(visibleText(page.querySelector('h1'))).toBe('Print this charter');
    expect(visibleText(page.querySelector('title'))).toBe(`Print this charter: ${doc.title} – ${loadSite().name}`);
    expect(page.querySelector(`main a[href="/charters/${id}/"]`)?.text).toBe(doc.title);
    const files = page.querySelectorAll('.cc-print-file');
    expect(files.map((file) => file.querySelector('a[download]')?.getAttribute('href'))).toEqual(
      placedFiles(doc, 'print').map((name) => `/charters/${id}/${name}`),
    );
    for (const file of files) {
      expect(visibleText(file.querySelector('.cc-downloads__details'))).toMatch(/^PDF.*, \d+(\.\d+)? (KB|MB)$/);
    }
    const sheet = files.find((file) => file.querySelector(`a[href="/charters/${id}/${id}-card-sheet.pdf"]`));
    expect(visibleText(sheet?.querySelector('h2'))).toBe('Sheet of 10 wallet cards to print on A4');
    expect(sheet?.querySelectorAll('ol li').map((step) => visibleText(step))).toEqual([
      'Print at 100 % (actual size). Do not choose “Fit to page” or “Shrink to fit”.',
      'Print on A4 card, double-sided, flipping on the long edge, so that each back lands behind its front.',
      'Print one sheet on paper first and hold it up to the light: each front should line up with its back.',
      'Cut from grey mark to grey mark across the sheet: the marks in the margins show where each card ends.',
    ]);
    const shop = files.find((file) => file.querySelector(`a[href="/charters/${id}/${id}-card-print.pdf"]`));
    expect(normalise(visibleText(shop))).toContain('Send this file to a print shop as it is.');
    expect(normalise(visibleText(shop))).toContain('cut to 85 × 55 mm on the crop marks');
  });

  it('is linked from the charter page', () => {
    expect(pageOf(`charters/${id}/index.html`).querySelector(`main a[href="/charters/${id}/print/"]`)).not.toBeNull();
  });
});

describe('seed charters keep their key sentences', () => {
  const textOf = (id: string) => normalise(visibleText(pageOf(`charters/${id}/index.html`).querySelector('main')));

  it.each([
    [
      'oxfordshire-care-and-support',
      [
        '“Remember that every person is an individual”',
        'Be punctual or let you know if we are going to be late.',
        'calling 01865 815906',
        'complaints@oxfordshire.gov.uk',
        'County Hall, New Road, Oxford OX1 1ND',
      ],
    ],
    [
      'norfolk-care-and-support',
      [
        'Make sure people working with you have been police checked',
        'Charge you for things you have not asked for',
        'You will never be left unsupported.',
        'We want to know if you have concerns: 0344 800 8020.',
      ],
    ],
    [
      'papworth-trust-care',
      [
        'respond to all initial service enquiries within 5 working days.',
        'How we will measure this:',
        'respond to stage 1 complaints within 10 working days.',
        'Consider feedback through our complements and complaints log',
      ],
    ],
    [
      'ruils-customer-care',
      [
        'Target 1: To answer all letters within 5 working days',
        'To answer calls within 5 rings.',
        'To achieve 80% customer satisfaction rating of all services.',
        "Act to alleviate people's loneliness and isolation",
        'December 2011',
      ],
    ],
    [
      'dundee-social-work-customer-care',
      [
        'Answer the phone within seven rings whenever possible.',
        'Report 578 - 2004 to the Social Work Committee, 23 August 2004',
        'Undertake reality research.',
        'It is apparent that achieving a Charter Mark award will take considerable time and effort.',
      ],
    ],
  ])('%s', (id, sentences) => {
    const text = textOf(id);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });

  it('publishes none of the Dundee committee report that is not the standards', () => {
    const text = textOf('dundee-social-work-customer-care');
    expect(text).not.toContain('FINANCIAL IMPLICATIONS');
    expect(text).not.toContain('LOCAL AGENDA 21');
  });
});

describe('home page', () => {
  const home = pageOf('index.html');

  it('lists every charter with its organisation and summary', () => {
    const text = normalise(visibleText(home.querySelector('main')));
    for (const doc of docs) {
      expect(home.querySelector(`a[href="/charters/${doc.id}/"]`)?.text).toBe(doc.title);
      expect(text).toContain(doc.meta.organisation);
      expect(text).toContain(normalise(doc.meta.summary));
    }
  });
});

describe('accessibility statement', () => {
  const statement = pageOf(path.join('accessibility', 'index.html'));

  it('has the sections of the GOV.UK model statement, in order', () => {
    const headings = statement.querySelectorAll('h2, h3').map((heading) => visibleText(heading));
    const required = [
      'How accessible this website is',
      'Feedback and contact information',
      'Reporting accessibility problems with this website',
      'Enforcement procedure',
      'Technical information about this website’s accessibility',
      'Compliance status',
      'Non-accessible content',
      'What we’re doing to improve accessibility',
      'Preparation of this accessibility statement',
    ];
    const positions = required.map((heading) => headings.indexOf(heading));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(headings),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('states a compliance status against WCAG 2.2 AA', () => {
    expect(visibleText(statement.querySelector('main'))).toMatch(
      /This website is (fully|partially|not) compliant with the Web Content Accessibility Guidelines version 2.2 AA standard/,
    );
  });

  it('states the last recorded check’s result and what it checked, with English plurals', () => {
    expect(visibleText(statement.querySelector('.cc-last-check'))).toMatch(
      /^This website was last checked automatically on \d{1,2} \w+ \d{4}\. No failures were found\. Checked: \d+ pages, \d+ PDFs, \d+ card files\.$/,
    );
  });
});

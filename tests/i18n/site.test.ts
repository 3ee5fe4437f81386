/**
 * The site's dictionaries (src/i18n/en-GB/site.ts, src/i18n/cy-GB/site.ts): Welsh plural forms
 * of every count the site writes, said as after the numeral; keys disjoint from the print
 * dictionary; every key used by the site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/i18n/en-GB/site.ts';
import { PRINT } from '../../src/i18n/en-GB/print.ts';
import { t, tParts, type MessageKey } from '../../src/i18n/index.ts';
import { ROOT } from '../helpers/paths.ts';

const COUNTS = [0, 1, 2, 3, 6, 20] as const;

describe('Welsh plurals of the site’s counts (CLDR: 0 zero, 1 one, 2 two, 3 few, 6 many, 20 other)', () => {
  it.each([
    // Tudalen (feminine): dim tudalen, un dudalen, dwy dudalen, tair tudalen, chwe thudalen, ugain tudalen.
    ['downloads.pdfPages', ['PDF, 0 tudalen', 'PDF, 1 dudalen', 'PDF, 2 dudalen', 'PDF, 3 tudalen', 'PDF, 6 thudalen', 'PDF, 20 tudalen']],
    // Diwrnod (masculine): dau ddiwrnod; tri and chwe leave d as it is.
    ['charter.formats.reply', [0, 1, 2, 3, 6, 20].map((n) => `Byddwn yn ateb o fewn ${n} ${n === 2 ? 'ddiwrnod' : 'diwrnod'} gwaith.`)],
    [
      'statement.feedback.response',
      [0, 1, 2, 3, 6, 20].map((n) => `Byddwn yn ystyried eich cais ac yn ymateb o fewn ${n} ${n === 2 ? 'ddiwrnod' : 'diwrnod'} gwaith.`),
    ],
    // Cerdyn (masculine): dau gerdyn, tri cherdyn, chwe cherdyn; one card "i'w argraffu", several "i'w hargraffu".
    [
      'downloads.cardSheet',
      [
        'Dalen o 0 cerdyn waled i’w hargraffu ar A4',
        'Dalen o 1 cerdyn waled i’w argraffu ar A4',
        'Dalen o 2 gerdyn waled i’w hargraffu ar A4',
        'Dalen o 3 cherdyn waled i’w hargraffu ar A4',
        'Dalen o 6 cherdyn waled i’w hargraffu ar A4',
        'Dalen o 20 cerdyn waled i’w hargraffu ar A4',
      ],
    ],
    // Beit (masculine): dau feit.
    ['downloads.size.bytes', ['0 beit', '1 beit', '2 feit', '3 beit', '6 beit', '20 beit']],
    ['statement.count.pages', ['0 tudalen', '1 dudalen', '2 dudalen', '3 tudalen', '6 thudalen', '20 tudalen']],
    // Ffeil (feminine) keeps ff- after every numeral.
    ['statement.count.cardFiles', [0, 1, 2, 3, 6, 20].map((n) => `${n} ffeil cerdyn`)],
    // Methiant (masculine): dau fethiant.
    ['statement.preparation.lastCheck.failed', [0, 1, 2, 3, 6, 20].map((n) => `Canfuwyd ${n} ${n === 2 ? 'fethiant' : 'methiant'}.`)],
  ] as const)('%s', (key, expected) => {
    expect(COUNTS.map((count) => t('cy-GB', key as MessageKey, { count }))).toEqual(expected);
  });

  it('names one success criterion as "maen prawf", more as "meini prawf"', () => {
    expect(t('cy-GB', 'statement.issue.fails', { count: 1, criteria: '1.4.3' })).toBe(
      'Mae hyn yn methu â bodloni maen prawf llwyddiant 1.4.3 WCAG 2.2.',
    );
    expect(t('cy-GB', 'statement.issue.fails', { count: 2, criteria: '1.4.3, 2.4.7' })).toBe(
      'Mae hyn yn methu â bodloni meini prawf llwyddiant 1.4.3, 2.4.7 WCAG 2.2.',
    );
  });
});

describe('English plurals of the same counts', () => {
  it.each([
    ['downloads.pdfPages', 'PDF, 1 page', 'PDF, 11 pages'],
    ['charter.formats.reply', 'We will reply within 1 working day.', 'We will reply within 5 working days.'],
    ['downloads.cardSheet', 'Sheet of 1 wallet card to print on A4', 'Sheet of 10 wallet cards to print on A4'],
    ['downloads.size.bytes', '1 byte', '900 bytes'],
    ['statement.count.pages', '1 page', '12 pages'],
    ['statement.count.pdfs', '1 PDF', '30 PDFs'],
    ['statement.preparation.lastCheck.failed', '1 failure was found.', '4 failures were found.'],
  ] as const)('%s', (key, one, other) => {
    expect(t('en-GB', key, { count: 1 })).toBe(one);
    expect(t('en-GB', key, { count: Number(/\d+/.exec(other)?.[0]) })).toBe(other);
  });
});

describe('sentences with a link keep the link inside the sentence, where each language puts it', () => {
  it('puts the standard before the guidelines in Welsh, after them in English', () => {
    expect(tParts('en-GB', 'statement.compliance.partially', ['wcagLink'])).toEqual([
      { text: 'This website is partially compliant with the ' },
      { slot: 'wcagLink' },
      { text: ' AA standard.' },
    ]);
    expect(tParts('cy-GB', 'statement.compliance.partially', ['wcagLink'])).toEqual([
      { text: 'Mae’r wefan hon yn cydymffurfio’n rhannol â safon AA ' },
      { slot: 'wcagLink' },
      { text: '.' },
    ]);
  });
});

describe('the site dictionary', () => {
  it('shares no key with the print dictionary (a shared key would silently replace one of them)', () => {
    expect(Object.keys(SITE).filter((key) => key in PRINT)).toEqual([]);
  });

  it('has no key the site never uses', () => {
    const sources: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
          // The dictionaries themselves do not count as uses.
          if (!['en-GB', 'cy-GB'].includes(entry.name)) walk(full);
        } else if (/\.(ts|astro)$/.test(entry.name)) sources.push(readFileSync(full, 'utf8'));
      }
    };
    walk(path.join(ROOT, 'src'));
    const code = sources.join('\n');
    expect(Object.keys(SITE).filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });
});

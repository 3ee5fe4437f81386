/**
 * The easy-read checker: each house rule caught on its own fixture (each must fail), and all
 * five hand-written editions pass with no errors.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEasyRead, checkEasyReadPages, checkEasyReadText, readingGrade, sentencesOf, type Finding } from '../../../src/checks/content/easy-read.ts';
import { chartersDir, loadAllCharters, loadAllEasyReads, loadCharterFile, loadEasyReadFile } from '../../../src/model/load-charter.ts';
import { EASY_READ, renderPdfWithInfo } from '../../../src/renderers/pdf/index.ts';
import { contentErrorOf } from '../../helpers/content-error.ts';
import { FIXTURES, ROOT } from '../../helpers/paths.ts';

const fixtureCharter = loadCharterFile(path.join(FIXTURES, 'valid/every-block-type/charter.mdx'));
const welshCharter = loadCharterFile(path.join(FIXTURES, 'welsh/siarter-gofal/charter.mdx'));
const charters = new Map([
  [fixtureCharter.id, fixtureCharter],
  [welshCharter.id, welshCharter],
]);
const fixture = (kind: 'valid' | 'invalid', name: string) => path.join(ROOT, 'tests/fixtures/easy-read', kind, `${name}.mdx`);
const load = (kind: 'valid' | 'invalid', name: string) => loadEasyReadFile(fixture(kind, name), charters);
const errorsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');

const loadError = (name: string): string => contentErrorOf(() => load('invalid', name), name);

describe('easy-read checker', () => {
  it('passes a good fixture with no errors', () => {
    expect(errorsOf(checkEasyRead(load('valid', 'good'), 'good.mdx'))).toEqual([]);
  });

  it.each([
    ['ER-2-long-sentence', 'ER-2', 'error', '17 words'],
    ['ER-3-two-clauses', 'ER-3', 'warning', 'may join two ideas'],
    ['ER-4-too-many-sentences', 'ER-4', 'error', '5 sentences'],
    ['ER-7-number-words', 'ER-7', 'error', '"five"'],
    ['ER-8-unexplained-acronym', 'ER-8', 'error', '"NHS"'],
    ['ER-8-abbreviation', 'ER-8', 'error', '"e.g."'],
    ['ER-9-contraction', 'ER-9', 'error', '"won\'t"'],
    ['ER-11-unexplained-hard-word', 'ER-11', 'error', '"assessment"'],
    ['ER-13-italics', 'ER-13', 'error', 'Italics'],
    ['ER-13-long-capitals', 'ER-13', 'error', '"ALWAYS"'],
  ])('catches %s at its line', (name, rule, severity, words) => {
    const findings = checkEasyRead(load('invalid', name), `fixtures/${name}.mdx`);
    const finding = findings.find((f) => f.rule === rule && f.severity === severity);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.message).toContain(words);
    // The point starts at line 10 of each fixture; its sentences follow.
    expect(finding?.line).toBeGreaterThanOrEqual(10);
  });

  it('rejects text outside a point (ER-6) with file:line', () => {
    expect(loadError('ER-6-text-without-picture')).toMatch(/ER-6-text-without-picture\.mdx:10:1 error: In easy read, every sentence goes in a <Point> beside its picture \(house rule ER-6\)/);
  });

  it('rejects a missing picture name and lists the nearest names', () => {
    const message = loadError('missing-picture-name');
    expect(message).toMatch(/missing-picture-name\.mdx:10:1 error: There is no picture called "telephon"\./);
    expect(message).toMatch(/Nearest names: telephone/);
  });

  it('rejects a charter reference that names no charter', () => {
    const message = loadError('dangling-charter-reference');
    expect(message).toMatch(/dangling-charter-reference\.mdx:2 error: There is no charter called "every-block-typ"\./);
    expect(message).toContain('every-block-type');
  });

  it('fails a booklet longer than 24 pages (ER-5), measured on the rendered PDF', async () => {
    const doc = load('invalid', 'ER-5-too-many-pages');
    const { pageCount } = await renderPdfWithInfo(doc, EASY_READ, { pageUrl: 'https://x.example/', formatRequest: { email: 'a@x.example' } });
    expect(pageCount).toBeGreaterThan(24);
    const [finding] = checkEasyReadPages('ER-5-too-many-pages.mdx', pageCount);
    expect(finding?.rule).toBe('ER-5');
    expect(finding?.severity).toBe('error');
    expect(checkEasyReadPages('x.mdx', 22)[0]?.severity).toBe('warning');
    expect(checkEasyReadPages('x.mdx', 12)).toEqual([]);
  });

  it('splits sentences where a reader would', () => {
    expect(sentencesOf('We will help. You can call 0344 800 8020. “Thank you!” Yes.')).toEqual(['We will help.', 'You can call 0344 800 8020.', '“Thank you!”', 'Yes.']);
  });
});

describe('the wording rules over text the product writes', () => {
  it('catch a sentence the product used to write on every easy-read page (26 words)', () => {
    const old = 'This is the easy read version of A customer charter for people who receive care and support from Oxfordshire County Council staff, from Oxfordshire County Council.';
    expect(checkEasyReadText([old], 'en-GB', [], 'page').map((finding) => finding.rule)).toContain('ER-2');
  });

  it('read addresses and postcodes as data, not as acronyms or hard words', () => {
    const texts = ['Post: County Hall, New Road, Oxford, OX1 1ND', 'It is also on the web at https://charters.example.org/charters/x/.', 'Email help@charter.example.org.'];
    expect(checkEasyReadText(texts, 'en-GB', [], 'page')).toEqual([]);
    expect(checkEasyReadText(['Our charter is here.'], 'en-GB', [], 'page').map((finding) => finding.rule)).toEqual(['ER-11']);
  });
});

describe('a Welsh easy-read edition', () => {
  it('passes with no errors', () => {
    const edition = loadEasyReadFile(path.join(FIXTURES, 'welsh/siarter-gofal/easy-read.mdx'), charters);
    expect(errorsOf(checkEasyRead(edition, 'easy-read.mdx'))).toEqual([]);
  });

  it.each([
    ['ER-7-welsh-number-words', 'ER-7', '"dau"'],
    ['ER-8-welsh-abbreviation', 'ER-8', '"e.e."'],
  ])('catches %s, a Welsh rule, at its line', (name, rule, words) => {
    const findings = checkEasyRead(load('invalid', name), `fixtures/${name}.mdx`);
    const finding = findings.find((f) => f.rule === rule && f.severity === 'error');
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.message).toContain(words);
    expect(finding?.line).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['ER-9-contraction', 'ER-9'],
    ['ER-11-unexplained-hard-word', 'ER-11'],
    ['ER-3-two-clauses', 'ER-3'],
  ])('does not apply the English word list of %s to Welsh text', (name, rule) => {
    const english = load('invalid', name);
    expect(checkEasyRead(english, 'en.mdx').some((finding) => finding.rule === rule)).toBe(true);
    expect(checkEasyRead({ ...english, lang: 'cy-GB' }, 'cy.mdx').some((finding) => finding.rule === rule)).toBe(false);
  });
});

describe('the five easy-read editions', () => {
  const seeds = loadAllCharters(chartersDir());
  const editions = loadAllEasyReads(seeds, chartersDir());

  it('exist for every charter', () => {
    expect(editions.map((doc) => doc.id).sort()).toEqual(seeds.map((doc) => doc.id).sort());
  });

  it.each(editions.map((doc) => [doc.id, doc] as const))('%s passes the checker with no errors', (id, doc) => {
    expect(errorsOf(checkEasyRead(doc, `${id}/easy-read.mdx`))).toEqual([]);
  });

  it.each(editions.map((doc) => [doc.id, doc] as const))('%s has a glossary and a way to get help', (_id, doc) => {
    expect(doc.blocks.some((block) => block.type === 'glossary')).toBe(true);
    const hasContact = doc.blocks.some((block) => block.type === 'point' && block.contact);
    expect(hasContact || !doc.meta.contact).toBe(true);
  });
});

describe('easy-read warnings that need a writer’s judgement', () => {
  it('flags a passive sentence (ER-10) but not feelings', () => {
    const doc = loadEasyReadFile(path.join(ROOT, 'tests/fixtures/easy-read/valid/good.mdx'), charters);
    const passive = { ...doc, blocks: [{ type: 'point' as const, line: 3, picture: { name: 'telephone', code: '260E' }, contact: false, content: [{ type: 'paragraph' as const, line: 4, content: [{ type: 'text' as const, value: 'Your letter was answered quickly. You are worried.' }] }] }] };
    const findings = checkEasyRead(passive, 'x.mdx').filter((finding) => finding.rule === 'ER-10');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('"was answered"');
  });

  it('warns when the reading grade is above 6 (ER-12)', () => {
    expect(readingGrade(['We will help you.', 'You can call us.'])).toBeLessThan(3);
    expect(readingGrade(['Organisational accountability necessitates comprehensive multidisciplinary consultation.'])).toBeGreaterThan(12);
  });
});

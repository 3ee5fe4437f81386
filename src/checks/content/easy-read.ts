import { formatProblem, type ContentProblem } from '../../model/content-error.ts';
import { inlineText } from '../../model/text.ts';
import type { CharterDocument, Inline, ParagraphBlock } from '../../model/types.ts';
import { allBlocks } from '../../model/walk.ts';
import { easyReadRulesFor, type EasyReadLanguageRules } from './easy-read-language.ts';

/**
 * The easy-read checker: house rules ER-1 … ER-15 (../shared/research/formats-standards.md
 * §2.2) that a machine can check, each finding located to a file and line. Errors fail the
 * build; warnings are printed for the writer to judge.
 */
export interface Finding extends ContentProblem {
  rule: `ER-${number}`;
  severity: 'error' | 'warning';
}

export const MAX_WORDS_PER_SENTENCE = 15; // ER-2 (GOV.UK 10–15; Photosymbols ≤ 15)
export const MAX_SENTENCES_PER_POINT = 4; // ER-4 (Photosymbols 4–5)
export const MAX_PAGES = 24; // ER-5 (GOV.UK: 24 pages or fewer)
export const WARN_PAGES = 20; // ER-5 (DH: more than 20 is too long)
export const MAX_GRADE = 6; // ER-12 (Norfolk CC: Hemingway grade 4–6); a heuristic, so a warning

/** Syllables by vowel groups, the usual Flesch–Kincaid approximation. */
function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!letters) return 0;
  const groups = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch–Kincaid grade level of a set of sentences (ER-12). */
export function readingGrade(sentences: readonly string[]): number {
  const words = sentences.flatMap(wordsOf);
  if (sentences.length === 0 || words.length === 0) return 0;
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}

const ACRONYM = /\b[A-Z][A-Z0-9]{1,6}\b/g;
const LONG_CAPITALS = /\b[A-Z]{5,}\b/g;

/** Splits text into sentences at . ! ? (and a closing quote) followed by a space and a capital, digit or quote. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["”’')]?)\s+(?=[A-Z0-9“"‘'(])/).map((sentence) => sentence.trim()).filter(Boolean);
}

export function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

function hasItalics(inlines: readonly Inline[]): boolean {
  return inlines.some((inline) => inline.type === 'emphasis' || ('children' in inline && hasItalics(inline.children)));
}

/** A hard word (or phrase) and its plurals, compiled once per word: a list's words are tested against every line. */
const hardWordPatterns = new Map<string, RegExp>();
function hardWordPattern(word: string): RegExp {
  let pattern = hardWordPatterns.get(word);
  if (!pattern) hardWordPatterns.set(word, (pattern = new RegExp(`\\b${word.replace(/ /g, '\\s+')}(?:s|es)?\\b`, 'i')));
  return pattern;
}

/**
 * House rules about the wording itself. An organisation's own booklet published word for
 * word (`source:`) is not rewritten to pass them, so they warn instead of failing there.
 */
const WORDING_RULES: readonly Finding['rule'][] = ['ER-2', 'ER-3', 'ER-4', 'ER-7', 'ER-8', 'ER-9', 'ER-10', 'ER-11', 'ER-12', 'ER-13'];
const FAITHFUL_NOTE = ' (A warning only: this booklet is published word for word from its source.)';

type AddFinding = (line: number, rule: Finding['rule'], severity: Finding['severity'], message: string) => void;

/** What the wording rules need: the language's rules, the glossary's words and where findings go. */
interface WordingContext {
  rules: EasyReadLanguageRules;
  defined: (word: string) => boolean;
  add: AddFinding;
  /** Each hard word's first line outside the glossary (ER-11 is judged once per document). */
  usedHardWords: Map<string, number>;
}

function definedIn(glossary: readonly string[]): (word: string) => boolean {
  const terms = glossary.map((term) => term.toLowerCase());
  return (word) => terms.some((term) => term === word.toLowerCase() || term.replace(/e?s$/, '') === word.toLowerCase().replace(/e?s$/, ''));
}

// Data, not words: web and email addresses and UK postcodes are read as they are written, so
// the word rules (acronyms, capitals, hard words) do not apply to them.
const DATA = /\b(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}(?:\/\S*)?|\S+@\S+|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g;

/** The rules on one text's wording (ER-2, 3, 7, 8, 9, 10, 13 capitals); returns its sentences. */
function checkWording(fullText: string, line: number, inGlossary: boolean, ctx: WordingContext): string[] {
  const { rules, defined, add } = ctx;
  const text = fullText.replace(DATA, ' ');
  const sentences = sentencesOf(fullText);
  for (const sentence of sentences) {
    const words = wordsOf(sentence).length;
    if (words > MAX_WORDS_PER_SENTENCE) add(line, 'ER-2', 'error', `This sentence has ${words} words; use at most ${MAX_WORDS_PER_SENTENCE} (aim for 10): "${sentence}"`);
    if (rules.secondClause?.test(sentence)) add(line, 'ER-3', 'warning', `This sentence may join two ideas; one idea per sentence is easier: "${sentence}"`);
    const passive = rules.passive?.exec(sentence);
    if (passive) add(line, 'ER-10', 'warning', `"${passive[0]}" may be passive; say who does it ("we will give you…"): "${sentence}"`);
  }
  const number = rules.numberWords?.exec(text);
  if (number) add(line, 'ER-7', 'error', `Write numbers as digits: "${number[0]}" → ${number[0].toLowerCase() === 'ten' ? '"10"' : 'digits'}.`);
  const contraction = rules.contraction?.exec(text);
  if (contraction) add(line, 'ER-9', 'error', `Write "${contraction[0]}" in full (for example "do not", "we will").`);
  const abbreviation = rules.abbreviation?.exec(text);
  if (abbreviation) add(line, 'ER-8', 'error', `Do not use the abbreviation "${abbreviation[1]}": write the words in full ("for example", "and so on").`);
  for (const [acronym] of text.matchAll(ACRONYM)) {
    if (/^[IVX]+$/.test(acronym) && acronym.length < 2) continue;
    if (!defined(acronym)) add(line, 'ER-8', 'error', `"${acronym}" is an abbreviation or acronym: write it in full, or explain it in the glossary (<Term word="${acronym}">).`);
  }
  for (const [capitals] of text.matchAll(LONG_CAPITALS)) {
    if (!defined(capitals)) add(line, 'ER-13', 'error', `"${capitals}" is in capitals, which are hard to read: write it in ordinary letters.`);
  }
  if (!inGlossary) {
    for (const word of rules.hardWords) if (!ctx.usedHardWords.has(word) && hardWordPattern(word).test(text)) ctx.usedHardWords.set(word, line);
  }
  return inGlossary ? [] : sentences;
}

/** ER-11: each hard word used outside the glossary must be explained in it. */
function checkHardWords(ctx: WordingContext): void {
  for (const [word, line] of ctx.usedHardWords) {
    if (!ctx.defined(word)) ctx.add(line, 'ER-11', 'error', `"${word}" is a hard word: explain it in the next sentence and in the glossary (<Term word="${word}">), or use an easier word.`);
  }
}

export function checkEasyRead(doc: CharterDocument, file: string): Finding[] {
  const findings: Finding[] = [];
  const faithful = Boolean(doc.easyRead?.source);
  const add: AddFinding = (line, rule, severity, message) =>
    findings.push(
      faithful && severity === 'error' && WORDING_RULES.includes(rule)
        ? { file, line, rule, severity: 'warning', message: `${message}${FAITHFUL_NOTE}` }
        : { file, line, rule, severity, message },
    );
  const rules = easyReadRulesFor(doc.lang);
  const ctx: WordingContext = { rules, defined: definedIn(glossaryOf(doc)), add, usedHardWords: new Map() };

  // Every paragraph outside the glossary is reader-facing text; the glossary is checked for length and style too.
  const paragraphs: { paragraph: ParagraphBlock; inGlossary: boolean }[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'point') {
      // A list inside a point counts as one sentence (ER-4); each item is checked as text below.
      const sentences = block.content.reduce((count, part) => count + (part.type === 'paragraph' ? sentencesOf(inlineText(part.content)).length : 1), 0);
      if (sentences > MAX_SENTENCES_PER_POINT) add(block.line, 'ER-4', 'error', `This point has ${sentences} sentences; use at most ${MAX_SENTENCES_PER_POINT}, or split it into two points with their own pictures.`);
      if (sentences === 0) add(block.line, 'ER-4', 'error', 'This point has no sentences.');
      if (!block.picture.name) add(block.line, 'ER-6', 'error', 'This point has no picture.');
      const texts = [...allBlocks(block.content)].filter((part): part is ParagraphBlock => part.type === 'paragraph');
      paragraphs.push(...texts.map((paragraph) => ({ paragraph, inGlossary: false })));
    } else if (block.type === 'glossary') {
      for (const term of block.terms) paragraphs.push(...term.content.map((paragraph) => ({ paragraph, inGlossary: true })));
    } else if (block.type === 'paragraph') {
      add(block.line, 'ER-6', 'error', 'This text has no picture: put it in a <Point picture="…">.');
      paragraphs.push({ paragraph: block, inGlossary: false });
    }
  }

  const allSentences: string[] = [];
  for (const { paragraph, inGlossary } of paragraphs) {
    if (hasItalics(paragraph.content)) add(paragraph.line, 'ER-13', 'error', 'Italics are hard to read: use bold for emphasis, or no emphasis.');
    allSentences.push(...checkWording(inlineText(paragraph.content), paragraph.line, inGlossary, ctx));
  }
  checkHardWords(ctx);
  const grade = rules.readingGrade ? readingGrade(allSentences) : 0;
  if (grade > MAX_GRADE) add(1, 'ER-12', 'warning', `The reading grade (Flesch–Kincaid) is ${grade.toFixed(1)}; aim for ${MAX_GRADE} or lower with shorter words and sentences.`);
  if (!doc.easyRead?.testedWith) add(1, 'ER-15', 'warning', 'Not yet tested with readers with learning disabilities; add testedWith: { group, date } once it has been.');
  return findings.sort((a, b) => a.line - b.line);
}

/** The words an easy-read edition's glossary explains. */
export function glossaryOf(doc: CharterDocument): string[] {
  return [...allBlocks(doc.blocks)].flatMap((block) => (block.type === 'glossary' ? block.terms.map((term) => term.word) : []));
}

/**
 * The wording rules over any text a reader meets in an easy-read page or PDF, such as the
 * product's own sentences around the author's (numbered from 1 in `texts`' order): the
 * product holds itself to the house rules it enforces on authors. `glossary` is the
 * edition's, so a word it explains may be used.
 */
export function checkEasyReadText(texts: readonly string[], lang: string, glossary: readonly string[], file: string): Finding[] {
  const findings: Finding[] = [];
  const ctx: WordingContext = {
    rules: easyReadRulesFor(lang),
    defined: definedIn(glossary),
    add: (line, rule, severity, message) => findings.push({ file, line, rule, severity, message }),
    usedHardWords: new Map(),
  };
  texts.forEach((text, index) => checkWording(text, index + 1, false, ctx));
  checkHardWords(ctx);
  return findings;
}

/** ER-5: the printed booklet's length. */
export function checkEasyReadPages(file: string, pageCount: number): Finding[] {
  if (pageCount > MAX_PAGES) return [{ file, line: 1, rule: 'ER-5', severity: 'error', message: `The easy-read PDF has ${pageCount} pages; keep it to ${MAX_PAGES} or fewer, or split it into parts.` }];
  if (pageCount > WARN_PAGES) return [{ file, line: 1, rule: 'ER-5', severity: 'warning', message: `The easy-read PDF has ${pageCount} pages; more than ${WARN_PAGES} is long for readers.` }];
  return [];
}

/** A finding as the lint prints it: `file:line severity ER-n: message`. */
export const formatFinding = (finding: Finding): string => formatProblem(finding);

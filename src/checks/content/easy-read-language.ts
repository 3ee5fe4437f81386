import { HARD_WORDS } from './hard-words.ts';

/**
 * The easy-read rules that depend on the edition's language. Sentence length, points,
 * pictures, capitals, acronyms and italics are checked in every language; a word-list or
 * grammar rule runs only where it was written for the language, so a Welsh edition is never
 * told off for an English pattern (Welsh Language Standards: the Welsh edition treated no less
 * favourably) and never passes a rule that was not really applied to it.
 */
export interface EasyReadLanguageRules {
  /** ER-7: numbers written as words. */
  numberWords?: RegExp;
  /** ER-9: contractions to write in full. */
  contraction?: RegExp;
  /** ER-8: abbreviations to write in full (the captured group is the abbreviation). */
  abbreviation?: RegExp;
  /** ER-10: passive verbs. */
  passive?: RegExp;
  /** ER-3: a second clause in a sentence. */
  secondClause?: RegExp;
  /** ER-11: words to explain or avoid. */
  hardWords: readonly string[];
  /** ER-12: Flesch–Kincaid is calibrated for English only. */
  readingGrade: boolean;
}

// ER-10: a form of "be" followed by a past participle ("is given", "were told").
// Words that look like participles but describe feelings ("if you are worried") are left out.
const ENGLISH_PASSIVE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?!(?:worried|pleased|interested|tired|scared|confused|bored|excited|married|upset)\b)(\w+ed|given|taken|written|chosen|spoken|broken|hidden|told|made|kept|sent|paid|seen|done|shown|known|held)\b/i;

const ENGLISH: EasyReadLanguageRules = {
  numberWords:
    /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b/i,
  contraction: /\b[a-z]+(?:n['’]t|['’](?:ll|re|ve|d|m))\b|\b(?:it|that|there|here|what|who|let|he|she|where|how)['’]s\b/i,
  abbreviation: /(?:^|[\s(])(e\.g\.?|eg\.?|i\.e\.?|etc\.?|approx\.?|tel\.|dept\.?|govt\.?|no\.(?=\s*\d))(?=[\s,.)]|$)/i,
  passive: ENGLISH_PASSIVE,
  // A conjunction inside the sentence followed by a new subject pronoun, a relative or causal
  // clause, or a semicolon. ("Or we will…" at the start is one clause.)
  secondClause: /;|(?<=\S\s+)(?:and|but|or|so)\s+(?:we|you|they|it|he|she|i)\b|\b(?:which|because|although|whereas)\b/i,
  hardWords: HARD_WORDS,
  readingGrade: true,
};

// Welsh numerals 2–20 as words, with their soft, aspirate and nasal mutations (dau → ddau,
// tri → dri/thri, pedwar → bedwar/phedwar, pump → bump/phump). "Deg" and "cant" are left
// out: "yn deg" (fairly) and "cant" (they may) are everyday words.
const WELSH_NUMBERS =
  /\b(dau|ddau|dwy|ddwy|tri|dri|thri|tair|dair|thair|pedwar|bedwar|phedwar|pedair|bedair|phedair|pump|bump|phump|chwech|saith|wyth|naw|ugain|mil|miliwn)\b/i;

const WELSH: EasyReadLanguageRules = {
  numberWords: WELSH_NUMBERS,
  // "e.e." (er enghraifft), "h.y." (hynny yw), "ayb" / "a.y.b." (ac yn y blaen).
  abbreviation: /(?:^|[\s(])(e\.e\.?|h\.y\.?|a\.y\.b\.?|ayb\.?)(?=[\s,.)]|$)/i,
  hardWords: [],
  readingGrade: false,
};

/** Rules only the language-neutral checks need: a language this product has no word lists for. */
const OTHER: EasyReadLanguageRules = { hardWords: [], readingGrade: false };

/** The language-specific rules for an edition in `lang` (a BCP 47 tag), by its primary language. */
export function easyReadRulesFor(lang: string): EasyReadLanguageRules {
  const primary = lang.split('-')[0]?.toLowerCase();
  if (primary === 'en') return ENGLISH;
  if (primary === 'cy') return WELSH;
  return OTHER;
}

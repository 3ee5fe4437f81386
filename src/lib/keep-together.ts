/**
 * Pieces of information that must never break across lines (UKAAF G003: "words and single
 * pieces of information are not split onto two lines unless unavoidable"): phone numbers,
 * dates, times, and a number with the word it counts ("5 working days" keeps "5 working").
 * Every format's line breaking uses this, so a phone number never splits on paper, on a card
 * or in a PDF.
 */
const NBSP = '\u00a0';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

const UNBREAKABLE = [
  /\b0\d{2,4}(?: \d{3,6}){1,2}\b/g,
  new RegExp(`\\b\\d{1,2} ${MONTH}(?: \\d{4})?\\b`, 'g'),
  new RegExp(`\\b${MONTH} \\d{4}\\b`, 'g'),
  /\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b/gi,
  /\b\d{1,3}%? (?=\p{L})/gu,
];

/** Replaces the spaces inside unbreakable pieces with no-break spaces (same length, same width). */
export function protectSpaces(text: string): string {
  // Each replacement swaps one space for one no-break space, so offsets into the text stay valid.
  let out = text;
  for (const pattern of UNBREAKABLE) out = out.replace(pattern, (match) => match.replaceAll(' ', NBSP));
  return out;
}

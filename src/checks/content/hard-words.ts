/**
 * The project's list of hard words for easy read (house rule ER-11, formats-standards §2.2):
 * a word on this list may be used only if the document's glossary explains it. Each entry is
 * matched as a whole word, case-insensitively, with a plural "s" or "es" allowed.
 * Add words here when readers' testing shows they are hard; keep each a word people meet in
 * charters.
 */
export const HARD_WORDS = [
  'abuse',
  'advocacy',
  'advocate',
  'assessment',
  'benchmark',
  'charter',
  'commissioner',
  'confidential',
  'confidentiality',
  'consultation',
  'dignity',
  'discrimination',
  'equality',
  'feedback',
  'identification',
  'independent',
  'induction loop',
  'interpreter',
  'medication',
  'monitoring',
  'occupational therapist',
  'personal data',
  'personalised',
  'policy',
  'procedure',
  'professional',
  'provider',
  'quality',
  'safeguarding',
  'standard',
  'support plan',
  'survey',
  'tenancy',
  'translator',
] as const;

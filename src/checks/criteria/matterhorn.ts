import type { MessageKey } from '../../i18n/index.ts';
import { scopeOf, type Evidence } from './evidence.ts';
import { numberFindings, type NumberedFinding } from './findings.ts';

/**
 * Checkpoints (failure conditions) of the Matterhorn Protocol 1.1 (PDF Association, 2021,
 * CC BY 4.0), the testing model of PDF/UA-1 (ISO 14289-1): their numbers, the failure
 * condition as the protocol words it, and the PDF/UA-1 clause. Only two kinds are listed:
 * those the PDF checks here test (src/checks/output/pdf.ts; `rules` are their rule ids), and
 * those that need a person's judgement ("human" in the protocol) for documents like ours.
 * The protocol's other machine checkpoints (role maps, artifacts inside content, Scope on
 * TH, annotation nesting, most font checks, …) are not tested here: that needs veraPDF or
 * PAC, and the report says so. Numbers confirmed against two independent implementations of
 * the protocol (cpdf's cpdfua.ml and a Rust catalogue of all 137 conditions); where they
 * could not both be confirmed, the checkpoint is left out.
 */
export interface MatterhornCheckpoint {
  /** The checkpoint's number, e.g. "14-003". */
  id: string;
  /** The failure condition, in the protocol's words (English). */
  condition: string;
  /** The PDF/UA-1 clause it tests, e.g. "7.4". */
  clause: string;
  /** The PDF checks' rules that fail when the condition is met (machine checkpoints). */
  rules: readonly string[];
  /** What our rule leaves out, when it tests only part of the condition (words in the dictionaries). */
  partly?: MessageKey;
}

/** Machine checkpoints the PDF checks test. */
export const MATTERHORN_TESTED: readonly MatterhornCheckpoint[] = [
  { id: '06-001', condition: 'Document does not contain an XMP metadata stream.', clause: '7.1', rules: ['pdf-xmp-pdfua'] },
  {
    id: '06-002',
    condition: 'The XMP metadata stream in the Catalog dictionary does not include the PDF/UA identifier.',
    clause: '5',
    rules: ['pdf-xmp-pdfua'],
  },
  {
    id: '07-001',
    condition: 'ViewerPreferences dictionary of the Catalog dictionary does not contain a DisplayDocTitle entry.',
    clause: '7.1',
    rules: ['pdf-display-title'],
  },
  {
    id: '07-002',
    condition: 'ViewerPreferences dictionary of the Catalog dictionary contains a DisplayDocTitle entry with a value of false.',
    clause: '7.1',
    rules: ['pdf-display-title'],
  },
  {
    id: '09-004',
    condition: 'A table-related structure element is used in a way that does not conform to the syntax defined in ISO 32000-1, Table 337.',
    clause: '7.2',
    rules: ['pdf-table-structure'],
    partly: 'report.matterhorn.partly.tables',
  },
  {
    id: '09-005',
    condition: 'A list-related structure element is used in a way that does not conform to Table 336 in ISO 32000-1.',
    clause: '7.2',
    rules: ['pdf-list-structure'],
    partly: 'report.matterhorn.partly.lists',
  },
  { id: '11-001', condition: 'Natural language for text in page content cannot be determined.', clause: '7.2', rules: ['pdf-lang'] },
  { id: '13-004', condition: '<Figure> tag alternative or replacement text missing.', clause: '7.3', rules: ['pdf-figure-alt'] },
  {
    id: '14-002',
    condition: 'Does use numbered headings, but the first heading tag is not <H1>.',
    clause: '7.4.2',
    rules: ['pdf-heading-order'],
  },
  {
    id: '14-003',
    condition: 'Numbered heading levels in descending sequence are skipped (Example: <H3> follows directly after <H1>).',
    clause: '7.4',
    rules: ['pdf-heading-order'],
  },
  {
    id: '28-012',
    condition: 'A link annotation does not include an alternate description in its Contents entry.',
    clause: '7.18.5',
    rules: ['pdf-link-contents'],
  },
  {
    id: '31-009',
    condition: 'For a font used by text intended to be rendered the font program is not embedded.',
    clause: '7.21.4.1',
    rules: ['pdf-font-embedded'],
  },
  {
    id: '31-027',
    condition:
      'A font dictionary does not contain the ToUnicode entry and none of the exceptions applies (standard encodings, glyph names in the Adobe Glyph List, Adobe CJK collections, non-symbolic TrueType).',
    clause: '7.21.7',
    rules: ['pdf-font-unicode'],
    partly: 'report.matterhorn.partly.toUnicode',
  },
];

/** Checkpoints the protocol leaves to a person, for documents with text, headings, lists, tables, links and figures. */
export const MATTERHORN_HUMAN: readonly Omit<MatterhornCheckpoint, 'rules'>[] = [
  { id: '01-001', condition: 'Artifact is tagged as real content.', clause: '7.1' },
  { id: '01-002', condition: 'Real content is marked as artifact.', clause: '7.1' },
  {
    id: '01-006',
    condition: 'The structure type and attributes of a structure element are not semantically appropriate for the structure element.',
    clause: '7.1',
  },
  {
    id: '04-001',
    condition:
      'Information is conveyed by contrast, color, format or layout, or some combination thereof but the content is not tagged to reflect all meaning conveyed by the use of contrast, color, format or layout, or some combination thereof.',
    clause: '7.1',
  },
  { id: '06-004', condition: 'dc:title does not clearly identify the document.', clause: '7.1' },
  { id: '09-001', condition: 'Tags are not in logical reading order.', clause: '7.2' },
  {
    id: '09-002',
    condition: 'Structure elements are nested in a semantically inappropriate manner (e.g., a table inside a heading).',
    clause: '7.2',
  },
  { id: '11-007', condition: 'Natural language is not appropriate.', clause: '7.2' },
  {
    id: '13-001',
    condition: 'Graphics objects other than text objects and artifacts are not tagged with a <Figure> tag.',
    clause: '7.3',
  },
  { id: '14-001', condition: 'Headings are not tagged.', clause: '7.4' },
  { id: '15-001', condition: 'A row has a header cell, but that header cell is not tagged as a header.', clause: '7.5' },
  { id: '15-002', condition: 'A column has a header cell, but that header cell is not tagged as a header.', clause: '7.5' },
  { id: '16-003', condition: 'Content is a list but is not tagged as a list.', clause: '7.6' },
  { id: '18-001', condition: 'Headers and footers are not marked as pagination artifacts.', clause: '7.8' },
];

/** The check kinds of tagged PDFs, which claim the PDF/UA-1 shape (print-only booklets are untagged by design). */
export const TAGGED_PDF_KINDS = ['pdf', 'card-pdf'];

export interface MatterhornResult {
  checkpoint: MatterhornCheckpoint;
  /** How many tagged PDFs the rules ran on. */
  files: number;
  failures: NumberedFinding[];
  accepted: NumberedFinding[];
  result: 'fail' | 'accepted' | 'pass';
}

/** Each tested checkpoint's result over the run's tagged PDFs. */
export function matterhornTable(evidence: Evidence, numbered: readonly NumberedFinding[] = numberFindings(evidence)): MatterhornResult[] {
  const tagged = (target: string) => TAGGED_PDF_KINDS.includes(scopeOf(evidence, target));
  const files = (evidence.checked.files ?? []).filter((file) => TAGGED_PDF_KINDS.includes(file.check ?? '')).length;
  return MATTERHORN_TESTED.map((checkpoint) => {
    const about = numbered.filter(
      (entry) => entry.finding.severity === 'error' && checkpoint.rules.includes(entry.finding.rule) && tagged(entry.finding.target),
    );
    const failures = about.filter((entry) => !entry.accepted);
    const accepted = about.filter((entry) => entry.accepted);
    return { checkpoint, files, failures, accepted, result: failures.length > 0 ? 'fail' : accepted.length > 0 ? 'accepted' : 'pass' };
  });
}

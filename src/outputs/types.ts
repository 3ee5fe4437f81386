import type { UiLanguage } from '../i18n/index.ts';
import type { CharterDocument } from '../model/types.ts';
import type { Site } from '../schemas/site.ts';

/** What every format needs to know about the site it is published on. */
export interface PublishContext {
  site: Site;
  /** The site's address (canonical URLs printed in PDFs). */
  siteUrl: URL | string;
  /**
   * The charter's translation: the charter its `translation:` names, when that one names it
   * back (the content check fails the build on any other), else undefined. For formats that
   * set both languages of a pair side by side (the bilingual card); `files()` gets one
   * document, so this is how it reaches the other.
   */
  translationOf: (doc: CharterDocument) => CharterDocument | undefined;
}

/**
 * Words a page shows about a file, in the page's interface language (`t(lang, key)` from
 * src/i18n/): a Welsh charter's page labels its files in Welsh.
 */
export type LocalText = (lang: UiLanguage) => string;

/**
 * Where a file is offered: on the charter page in "Get this charter in another format", or
 * beside the card (files the public wants), or on the charter's "Print this charter" page
 * for staff (files for printers: bleed and crop marks, sheets, booklets).
 */
export type Placement = 'formats' | 'card' | 'print';

/** A rendered file: its bytes and what the page says about it besides its size. */
export interface RenderedFile {
  bytes: Uint8Array;
  /** Facts shown beside the download link, before the size, e.g. "PDF, 11 pages". */
  facts: LocalText;
  /** For an image whose words depend on its layout (a card back with no room for the address): its alt text as drawn, instead of the spec's. */
  alt?: string;
  /** For a card image: the sha256 of its pixels as drawn, 8-bit RGBA (the manifest's card pixel hash). */
  pixelSha256?: string;
}

/**
 * What `npm run check` should verify of one published file, written to
 * `checks-manifest.json`. `check` names the check kind (src/checks/output/check-kinds.ts);
 * the other fields are that kind's expectations. Plain JSON: the checker reads the manifest
 * and never imports this registry, so a deployed folder can be checked without the source.
 */
export interface FileExpectations {
  /** The check kind that verifies this file, e.g. "pdf", "card-png", "card-pdf", "text". */
  check: string;
  /** The language the file must declare (BCP 47). */
  lang: string;
  /** The smallest text size allowed, in pt (PDFs). */
  minTextSize?: number;
  /** The text the file must carry, in order (block by block). */
  text?: string[];
  /** The language (BCP 47) of each run of `text`, in the same order, for checks that read each language its own way (BRF). */
  textLangs?: string[];
  /** BRF: the liblouis table each language of `textLangs` was brailled with, e.g. { "cy-GB": "cy-cy-g2.ctb" }. */
  brailleTables?: Record<string, string>;
  /** PNG: pixel size. */
  pixels?: { width: number; height: number };
  /** Print PDF: trim size and bleed, in mm. */
  trimMm?: [number, number];
  bleedMm?: number;
}

/**
 * For staff, beside a file on the "Print this charter" page (placement 'print'): what the file
 * is for and how to print it, step by step, in the page's interface language.
 */
export interface PrintingNotes {
  /** What the file is for, e.g. "For a print shop: …". */
  purpose: LocalText;
  /** How to print it, one step each, in order. */
  steps: LocalText[];
}

/** One file a format makes from one document. */
export interface OutputFileSpec {
  /** The file's name, unique within the charter's folder, e.g. "x-large-print.pdf". */
  fileName: string;
  /** What it is, as the download link says. */
  label: LocalText;
  /** Its media type, served as Content-Type. */
  mediaType: string;
  /** For an image the page shows: its alt text. */
  alt?: string;
  /** For a file on the print page: what it is for and how to print it. */
  printing?: PrintingNotes;
  /** Makes the bytes. Called once per build; the page and the route share the result. */
  render: () => Promise<RenderedFile>;
  /** What the checker should find in it. */
  expect: FileExpectations;
}

/**
 * An output format: which documents it is made from and the files it makes. Adding a format
 * is a renderer folder, one OutputFormat in src/outputs/formats/, one line in OUTPUTS
 * (src/outputs/registry.ts), its words in each dictionary (src/i18n/<language>/site.ts), and a check
 * kind: routes, download links, the checks manifest and the report's per-format summary all
 * come from OUTPUTS.
 */
export interface OutputFormat {
  /** Stable id, used in the manifest and the report, e.g. "large-print-pdf". */
  id: string;
  /** What the report calls its files, e.g. "Large-print PDFs" (the report is in English: `t('en-GB', …)`). */
  label: string;
  /** The extension of every file it makes, without the dot: each gets a route /charters/[slug]/[file].<extension>. */
  extension: string;
  /** Where the charter page offers its files. */
  placement: Placement;
  /** Whether it is made from this document (a charter or an easy-read edition). */
  appliesTo: (doc: CharterDocument) => boolean;
  /** The files it makes from one document. */
  files: (doc: CharterDocument, context: PublishContext) => OutputFileSpec[];
}

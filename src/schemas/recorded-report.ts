import { z } from 'astro/zod';

/**
 * One finding of a recorded check run. Loose, not strict: `npm run check -- --record` writes
 * this file, not an author, and a newer checker may add fields (the engines that also found
 * it, an XPath); the reader takes what it needs and keeps the rest.
 */
export const RecordedFindingSchema = z.looseObject({
  /** "web" for pages; for files, the output format's id. */
  format: z.string(),
  /** The tool that found it, e.g. "axe", "pa11y", "pdf". */
  tool: z.string(),
  /** The page or file, from the site's root. */
  target: z.string(),
  /** The rule's id, e.g. "color-contrast". */
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  /** WCAG success criteria it maps to; empty for best practice. */
  wcag: z.array(z.string()),
  /** PDF/UA-1 clause, for PDF rules. */
  pdfua: z.string().optional(),
  /** What is wrong, as the tool says it (English). */
  message: z.string(),
  /** The element or object concerned. */
  element: z.string().optional(),
  /** Where to read about the rule. */
  help: z.string().optional(),
  /** Other engines that found the same element and criterion, as "tool rule". */
  alsoFoundBy: z.array(z.string()).optional(),
  /** The reviewed baseline's acceptance: who, when, why, and until when. */
  accepted: z
    .looseObject({
      /** Why it was accepted. */
      reason: z.string(),
      /** Who accepted it. */
      reviewer: z.string(),
      /** When (YYYY-MM-DD). */
      date: z.string(),
      /** When the acceptance ends: the fix is due by then. */
      expires: z.string().optional(),
    })
    .optional(),
});

/** One automated rule the run applied, and what it ran on (src/checks/output/rule-catalogue.ts). */
export const RecordedRuleSchema = z.looseObject({
  /** The tool, as findings name it. */
  tool: z.string(),
  /** The rule's id (for HTML_CodeSniffer, the sniff its codes start with). */
  rule: z.string(),
  /** The WCAG success criteria it tests. */
  wcag: z.array(z.string()),
  /** "page" for every web page, or the check kinds of the files it reads. */
  on: z.array(z.string()),
});

/**
 * `content/accessibility-report.json`: the full evidence of the last complete check run,
 * saved by `npm run check -- --record` with paths from the site's root and no folder of the
 * machine it ran on. The build publishes it as the auditor's report (/accessibility/report/)
 * and the accessibility statement takes its date and counts from it.
 */
export const RecordedReportSchema = z.looseObject({
  /** When the run finished (ISO 8601, UTC). */
  date: z.iso.datetime({ error: 'The recorded report needs the date and time of its run (ISO 8601).' }),
  /** Whether the run passed: every check ran, and no failure but those the baseline accepts. */
  passed: z.boolean(),
  /** What was checked. */
  checked: z.looseObject({
    /** Web pages, by path. */
    pages: z.array(z.string()),
    /** Files checked as PDFs. */
    pdfs: z.array(z.string()),
    /** Files checked as cards. */
    cards: z.array(z.string()),
    /** Every file checked, with its output format and check kind. */
    files: z
      .array(
        z.looseObject({
          /** The file's path from the site's root. */
          file: z.string(),
          /** Its output format's id. */
          format: z.string(),
          /** The check kind that verified it ("pdf", "card-png", …). */
          check: z.string().optional(),
        }),
      )
      .optional(),
  }),
  /** Output formats by id, with the names the manifest gives them. */
  formats: z.record(z.string(), z.string()).optional(),
  /** Translated pairs of pages and whether the build checked their parity. */
  translations: z
    .array(
      z.looseObject({
        /** The two pages. */
        pages: z.tuple([z.string(), z.string()]),
        /** Their languages. */
        langs: z.tuple([z.string(), z.string()]),
        /** Whether parity was checked. */
        parity: z.enum(['checked', 'not-required']),
      }),
    )
    .optional(),
  /** The tools that ran, with their versions and what they checked. */
  tools: z.array(
    z.looseObject({
      /** The tool's name. */
      name: z.string(),
      /** Its version. */
      version: z.string(),
      /** What it checked, in words. */
      checks: z.string(),
    }),
  ),
  /** Every automated rule the run applied, with the criteria it tests. */
  rules: z.array(RecordedRuleSchema).optional(),
  /** Findings that count (failures and warnings). */
  findings: z.array(RecordedFindingSchema),
  /** Findings the reviewed baseline accepted. */
  accepted: z.array(RecordedFindingSchema).optional(),
  /** Checks that could not run (a recorded run has none: an incomplete run is not recorded). */
  incomplete: z.array(z.looseObject({ tool: z.string(), target: z.string(), reason: z.string() })).optional(),
});

export type RecordedReport = z.output<typeof RecordedReportSchema>;

import { z } from 'astro/zod';
import { PartialDateSchema } from './partial-date.ts';

/**
 * Facts of the committee report that adopted a charter, for charters published inside a
 * council report. The report's own text (purpose, finance, consultation) is not the
 * charter and is not published; these facts are kept so readers can trace the decision.
 */
export const CommitteeReportSchema = z.strictObject({
  /** The committee the report went to. @example "Social Work Committee" */
  committee: z.string().min(1),
  /** The date of the committee meeting. @example "2004-08-23" */
  meetingDate: PartialDateSchema,
  /** The report's reference number as printed. @example "578 - 2004" */
  number: z.string().min(1),
  /** What the report is on, as printed. @example "Social Work Customer Care Standards" */
  subject: z.string().min(1).optional(),
  /** Who signed the report. @example "Alan G Baird" */
  author: z.string().min(1).optional(),
  /** The signatory's role. @example "Director of Social Work" */
  authorRole: z.string().min(1).optional(),
  /** The date the report was signed. @example "2004-08-12" */
  reportDate: PartialDateSchema.optional(),
});

export type CommitteeReport = z.output<typeof CommitteeReportSchema>;

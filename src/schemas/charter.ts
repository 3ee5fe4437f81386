import { z } from 'astro/zod';
import { CardSchema } from './card.ts';
import { CharterDatesSchema } from './charter-dates.ts';
import { CharterStatusSchema } from './charter-status.ts';
import { CommitteeReportSchema } from './committee-report.ts';
import { ContactSchema } from './contact.ts';
import { LanguageTagSchema } from './language-tag.ts';
import { EditorialNotesSchema, SourceSchema } from './source.ts';

/**
 * The frontmatter of `content/charters/<slug>/charter.mdx`. Strict: an unknown key is an
 * error, because a misspelt key (`nextreview`) would otherwise vanish silently.
 * Every field here is documented for authors in `content/README.md`.
 */
export const CharterFrontmatterSchema = z.strictObject({
  /** The charter's title, shown as the page's only `<h1>`. @example "Customer Care Standards" */
  title: z.string({ error: 'Every charter needs a title, for example: title: "Our customer charter".' }).min(1),
  /** The organisation that makes the promises. @example "Oxfordshire County Council" */
  organisation: z.string({ error: 'Name the organisation that makes the promises: organisation: "…".' }).min(1),
  /** The department or service within the organisation, if the charter covers only one. @example "Social Work Department" */
  service: z.string().min(1).optional(),
  /** The charter's language as a BCP 47 tag. @example "en-GB" */
  language: LanguageTagSchema,
  /**
   * One or two plain sentences saying what the charter is and who it is for; shown on the
   * home page and used as the page description.
   */
  summary: z
    .string({ error: 'Add a summary: one or two plain sentences saying what the charter is.' })
    .min(20, { error: 'The summary should be one or two full sentences (at least 20 characters).' })
    .max(300, { error: 'Keep the summary to one or two sentences (at most 300 characters).' }),
  /** Who the charter is for, in plain words. @example "People who receive care and support, their families and carers" */
  audience: z.string({ error: 'Say who the charter is for: audience: "…".' }).min(1),
  /**
   * The folder name of this charter's translation into the site's other language (a Welsh
   * charter names its English original, and the English one names the Welsh). Both must
   * name each other. Pages link each other with a language switch.
   * @example "gofal-cwsmeriaid"
   */
  translation: z.string().min(1).optional(),
  /**
   * Whether the charter is still in force: `current` (the default), `under-review`,
   * `superseded` (with `replacedBy`) or `withdrawn` (with an optional `date`). Every state
   * but `current` is shown on the page, the PDFs and the home page (src/model/standing.ts).
   */
  status: CharterStatusSchema.prefault('current'),
  /** Adoption, publication and review dates, as far as they are known. */
  dates: CharterDatesSchema.prefault({}),
  /** How to contact the organisation, as given in the charter. */
  contact: ContactSchema.optional(),
  /**
   * Where to send requests for another format (large print, easy read, Braille, audio, BSL,
   * another language) if not the first email in `contact`. The Accessible Information
   * Standard (DCB1605) requires organisations to meet such requests.
   */
  formatRequestEmail: z.email().optional(),
  /** The wallet card summary of the charter. */
  card: CardSchema,
  /** For charters adopted through a council committee: the report's facts. */
  report: CommitteeReportSchema.optional(),
  /** Where the text came from. */
  source: SourceSchema,
  /** Every fix made to the source text (extraction damage only), one sentence each. */
  editorialNotes: EditorialNotesSchema.prefault([]),
});

export type CharterFrontmatter = z.output<typeof CharterFrontmatterSchema>;
export type CharterFrontmatterInput = z.input<typeof CharterFrontmatterSchema>;

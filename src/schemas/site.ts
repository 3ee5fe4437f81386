import { z } from 'astro/zod';
import { UkPhoneSchema } from './contact.ts';
import { PartialDateSchema } from './partial-date.ts';

/** One known accessibility problem, listed in the accessibility statement. */
export const KnownIssueSchema = z.strictObject({
  /** What fails, in words a user can act on. */
  description: z.string().min(1),
  /** The WCAG 2.2 success criterion it fails. @example "1.4.3" */
  wcag: z.string().regex(/^\d\.\d{1,2}\.\d{1,2}$/, { error: 'Give the WCAG success criterion number, for example "1.4.3".' }),
  /** When it will be fixed. @example "2027-03" */
  fixBy: PartialDateSchema.optional(),
  /** The same problem in Welsh, for the Welsh statement; needed when `languages` includes cy-GB. */
  cy: z
    .strictObject({
      /** `description` in Welsh. */
      description: z.string().min(1),
    })
    .optional(),
});

/**
 * When the statement's known gaps will be closed (GOV.UK sample statement: each problem with
 * the date it will be fixed by). The product knows these gaps itself and the statement lists
 * each one that applies; the operator sets the dates.
 */
export const KnownGapsSchema = z.strictObject({
  /** By when the PDFs will have been checked with a PDF/UA validator (veraPDF or PAC) and a screen reader. @example "2027-03" */
  pdfValidation: PartialDateSchema.optional(),
  /** By when every easy read edition will have been tested with readers with learning disabilities. @example "2027-06" */
  easyReadTesting: PartialDateSchema.optional(),
  /** By when the card pictures (pictures of text, WCAG 1.4.5) will have been reviewed: replaced by text, or kept as essential. @example "2027-06" */
  cardImagesOfText: PartialDateSchema.optional(),
});

/** The accessibility statement's contact facts and plans beyond the fields above. */
export const StatementSettingsSchema = z.strictObject({
  /**
   * A phone number for format requests and accessibility problems, as it is dialled (GOV.UK
   * sample statement: "call [phone number]"). Leave it out if there is no phone line.
   * @example "01865 815906"
   */
  phone: UkPhoneSchema.optional(),
  /** Whether callers who cannot hear or speak on the phone can reach `phone` through Relay UK (18001, then the number). */
  relayUk: z.boolean().prefault(false),
  /** When each known gap will be closed. */
  knownGaps: KnownGapsSchema.prefault({}),
});

/**
 * The site's own prose in Welsh, for its Welsh pages (home page, accessibility statement,
 * footer): each field is the Welsh of the English field of the same name. Needed when
 * `languages` includes cy-GB (Welsh Language Standards: Welsh treated no less favourably
 * than English); the content check names what is missing.
 */
export const SiteWelshSchema = z.strictObject({
  /** The site's name in Welsh, shown in the header and page titles. @example "Siarteri gofal a chymorth" */
  name: z.string().min(1),
  /** The organisation that runs the website, as it names itself in Welsh. */
  operator: z.string().min(1),
  /** `complianceNote` in Welsh; needed when `complianceNote` is given. */
  complianceNote: z.string().min(1).optional(),
  /** `testedBy` in Welsh. */
  testedBy: z.string().min(1),
});

/**
 * Settings for the whole site (`content/site.yaml`): who runs it and the facts of its
 * accessibility statement (GOV.UK sample statement; SI 2018/952 reg. 8).
 */
export const SiteSchema = z
  .strictObject({
    /** The site's name, shown in the header and page titles. */
    name: z.string().min(1),
    /** The organisation that runs this website (not necessarily each charter's author). */
    operator: z.string().min(1),
    /**
     * The language of the prose fields here and of the site's own pages at the site's root
     * (`/`, `/accessibility/`). A bilingual site writes them in English (en-GB) and gives the
     * Welsh in `cy`; its Welsh pages are under `/cy/`. @example "en-GB"
     */
    language: z.string().min(2),
    /**
     * The interface languages the site publishes in. With both, every page of a translated
     * charter links its pair. @example ["en-GB", "cy-GB"]
     */
    languages: z
      .array(z.enum(['en-GB', 'cy-GB']))
      .min(1)
      .prefault(['en-GB']),
    /**
     * Which language comes first where both are shown (language switch, bilingual cards).
     * Some Welsh bodies put Welsh first. Defaults to the first of `languages`.
     */
    firstLanguage: z.enum(['en-GB', 'cy-GB']).optional(),
    /**
     * "required": the build fails when a charter in one of `languages` has no translation into
     * the others, or when a pair differs in structure, phone numbers, emails or dates (Welsh
     * Language Standards: Welsh no less favourably than English).
     */
    parity: z.enum(['required', 'not-required']).prefault('not-required'),
    /**
     * The register of charters (src/outputs/register.ts): the home page lists every charter up
     * to `listOnHomeUpTo`; a site with more lists them by organisation instead, on A–Z pages.
     */
    register: z
      .strictObject({
        /** The most charters the home page lists; with more, it links the A–Z of organisations. @example 30 */
        listOnHomeUpTo: z.int().nonnegative().prefault(30),
        /** The most organisations a letter's page, or charters an organisation's page, lists before going on to a next page. @example 50 */
        pageSize: z.int().positive().prefault(50),
      })
      .prefault({}),
    /** Who to email about the website, its accessibility, or to ask for another format when a charter gives no email. */
    contactEmail: z.email(),
    /** How many working days the operator takes to answer a request. @example 5 */
    responseDays: z.int().positive(),
    /** One of the three statuses allowed by the model statement. */
    complianceStatus: z.enum(['fully', 'partially', 'not']),
    /** Why the status is not "fully", in plain words, when there is no specific failure to list. */
    complianceNote: z.string().min(1).optional(),
    /** Known problems, most important first. Must be empty when complianceStatus is "fully". */
    knownIssues: z.array(KnownIssueSchema).prefault([]),
    /** When the statement was first prepared. */
    statementPrepared: PartialDateSchema,
    /** When the statement was last reviewed. */
    statementReviewed: PartialDateSchema,
    /** How the site was tested, and by whom. */
    testedBy: z.string().min(1),
    /** The statement's phone line and the dates its known gaps will be closed by. */
    statement: StatementSettingsSchema.prefault({}),
    /**
     * The prose above in Welsh (`name`, `operator`, `complianceNote`, `testedBy`), for the
     * site's Welsh pages. Needed when `languages` includes cy-GB; the other fields are in `language`.
     */
    cy: SiteWelshSchema.optional(),
  })
  .refine((site) => site.complianceStatus !== 'fully' || site.knownIssues.length === 0, {
    error: 'complianceStatus cannot be "fully" while knownIssues lists problems.',
    path: ['complianceStatus'],
  });

export type Site = z.output<typeof SiteSchema>;
export type SiteWelsh = z.output<typeof SiteWelshSchema>;
export type KnownIssue = z.output<typeof KnownIssueSchema>;
export type KnownGaps = z.output<typeof KnownGapsSchema>;

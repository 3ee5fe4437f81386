import { assertNever } from '../lib/assert-never.ts';
import { formatPartialDate } from '../i18n/dates.ts';
import { tParts, uiLanguageFor, type MessageKey, type MessageParams, type UiLanguage } from '../i18n/index.ts';
import type { CharterFrontmatter } from '../schemas/charter.ts';
import type { Site } from '../schemas/site.ts';
import { hasEnded } from './charter-date.ts';

/**
 * Whether a charter can be relied on: its `status`, or `overdue` when it is `current` but its
 * next review date is over. A superseded, withdrawn or under-review charter says so instead of
 * being overdue: its status already tells the reader more.
 */
export type Standing = 'current' | 'overdue' | 'under-review' | 'superseded' | 'withdrawn';

export function charterStanding(meta: Pick<CharterFrontmatter, 'status' | 'dates'>, today: string): Standing {
  if (meta.status.state !== 'current') return meta.status.state;
  const { nextReview } = meta.dates;
  return nextReview && hasEnded(nextReview, today) ? 'overdue' : 'current';
}

/** A piece of a notice: words, or something each format draws its own way (a link, a number). */
export type NoticePart =
  | { kind: 'text'; text: string }
  /** The charter that replaces this one: its title, in its own language, linking its page. */
  | { kind: 'charter'; title: string; lang: string; href: string }
  | { kind: 'email'; address: string }
  | { kind: 'phone'; number: string };

/**
 * A plain notice that a charter is not simply current, in the interface language of the
 * charter's language. Format-neutral: the page, the PDFs and the home page draw the same
 * parts, so they say the same words.
 */
export interface StandingNotice {
  standing: Exclude<Standing, 'current'>;
  /** The interface language its words are in (`uiLanguageFor` the charter's language). */
  lang: UiLanguage;
  /** What the charter's standing is: the sentences the home page's listing shows too. */
  summary: NoticePart[];
  /** What to do about it (how to check an overdue charter; why an old one is still published). */
  detail: NoticePart[];
}

/** What a notice needs besides the charter. */
export interface StandingOptions {
  /** The build date, `YYYY-MM-DD` (src/model/build-date.ts). */
  today: string;
  /** The website team, for an overdue charter that gives no email or phone (content/site.yaml). */
  site: Pick<Site, 'operator' | 'contactEmail' | 'cy'>;
  /** The charter a superseded one names in `replacedBy`, with the address of its page in this format. */
  replacement?: { title: string; lang: string; href: string } | undefined;
}

/** Which sentence a partial date takes: "in 2011", "in December 2011", "on 5 March 2024". */
function precision(value: string): 'year' | 'month' | 'day' {
  const parts = value.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** A dictionary sentence as notice parts, its slots filled with the parts given for them. */
function sentence(lang: UiLanguage, key: MessageKey, slots: Record<string, NoticePart>, params: MessageParams = {}): NoticePart[] {
  return tParts(lang, key, Object.keys(slots), params).map((part) => {
    if ('text' in part) return { kind: 'text', text: part.text };
    const slot = slots[part.slot];
    if (!slot) throw new Error(`No part for {${part.slot}} in "${key}".`);
    return slot;
  });
}

/**
 * How to check whether an overdue charter still applies: its organisation's format-request
 * email (as format-request.ts picks it) and first phone number, else the website team.
 */
function checkSentence(lang: UiLanguage, meta: CharterFrontmatter, site: StandingOptions['site']): NoticePart[] {
  const email = meta.formatRequestEmail ?? meta.contact?.emails?.[0]?.address;
  const phone = meta.contact?.phones?.[0]?.number;
  const organisation = meta.organisation;
  const emailPart: NoticePart | undefined = email ? { kind: 'email', address: email } : undefined;
  const phonePart: NoticePart | undefined = phone ? { kind: 'phone', number: phone } : undefined;
  if (emailPart && phonePart) return sentence(lang, 'notice.check.emailOrPhone', { email: emailPart, phone: phonePart }, { organisation });
  if (emailPart) return sentence(lang, 'notice.check.email', { email: emailPart }, { organisation });
  if (phonePart) return sentence(lang, 'notice.check.phone', { phone: phonePart }, { organisation });
  const operator = lang === 'cy-GB' ? (site.cy?.operator ?? site.operator) : site.operator;
  return sentence(lang, 'notice.check.site', { email: { kind: 'email', address: site.contactEmail } }, { operator });
}

const STILL_AVAILABLE = (lang: UiLanguage): NoticePart[] => sentence(lang, 'notice.stillAvailable', {});

/**
 * The notice a charter (or its easy-read edition, which carries the charter's frontmatter)
 * shows after its title, or none when it is current. Superseded and withdrawn charters stay
 * published and say so; an overdue one says when its review was due and how to check it.
 */
export function standingNotice(doc: { lang: string; meta: CharterFrontmatter }, options: StandingOptions): StandingNotice | undefined {
  const lang = uiLanguageFor(doc.lang);
  const { meta } = doc;
  const notice = (standing: StandingNotice['standing'], summary: NoticePart[], detail: NoticePart[] = []): StandingNotice => ({
    standing,
    lang,
    summary,
    detail,
  });
  switch (meta.status.state) {
    case 'under-review':
      return notice('under-review', sentence(lang, 'notice.underReview', {}));
    case 'superseded': {
      const { replacement } = options;
      // The content check refuses a replacedBy that names no published charter, before any build.
      if (!replacement) throw new Error(`The charter replacing this one ("${meta.status.replacedBy}") was not given.`);
      return notice(
        'superseded',
        sentence(lang, 'notice.superseded', { replacement: { kind: 'charter', ...replacement } }),
        STILL_AVAILABLE(lang),
      );
    }
    case 'withdrawn': {
      const { date } = meta.status;
      const summary = date
        ? sentence(lang, `notice.withdrawn.${precision(date)}`, {}, { date: formatPartialDate(date, lang) })
        : sentence(lang, 'notice.withdrawn', {});
      return notice('withdrawn', summary, STILL_AVAILABLE(lang));
    }
    case 'current': {
      const due = meta.dates.nextReview;
      if (!due || charterStanding(meta, options.today) !== 'overdue') return undefined;
      const summary = sentence(lang, `notice.overdue.${precision(due)}`, {}, { due: formatPartialDate(due, lang) });
      return notice('overdue', summary, checkSentence(lang, meta, options.site));
    }
    default:
      return assertNever(meta.status, 'charter status');
  }
}

/**
 * A notice's parts as plain text, as read on screen or, `printed`, as on paper (where the
 * replacement's web address is written out after its title, as print does for every link).
 */
export function noticeText(parts: readonly NoticePart[], options: { printed?: boolean } = {}): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return part.text;
        case 'charter':
          return options.printed ? `${part.title} (${part.href})` : part.title;
        case 'email':
          return part.address;
        case 'phone':
          return part.number;
        default:
          return assertNever(part, 'notice part');
      }
    })
    .join('');
}

/** The whole notice as one text: its summary, then its detail. */
export function fullNoticeText(notice: StandingNotice, options: { printed?: boolean } = {}): string {
  return [notice.summary, notice.detail]
    .map((parts) => noticeText(parts, options))
    .filter(Boolean)
    .join(' ');
}

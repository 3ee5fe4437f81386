import { t, uiLanguageFor } from '../i18n/index.ts';
import type { Site } from '../schemas/site.ts';
import type { CharterDocument } from './types.ts';

/**
 * The "ask for another format" request for a charter: a pre-filled email naming the charter
 * and leaving the format for the reader to choose, as GOV.UK does for its publications.
 * The Accessible Information Standard (DCB1605) requires organisations to meet such requests.
 */
export interface FormatRequest {
  /** Where the request goes. */
  email: string;
  /** True when the address is the charter organisation's own; false when it is the site's fallback. */
  isOrganisationEmail: boolean;
  subject: string;
  body: string;
}

/** The request, worded in the interface language of the charter's language (a Welsh charter's request is in Welsh). */
export function formatRequestFor(doc: CharterDocument, site: Site, pageUrl: string): FormatRequest {
  const ui = uiLanguageFor(doc.lang);
  const ownEmail = doc.meta.formatRequestEmail ?? doc.meta.contact?.emails?.[0]?.address;
  return {
    email: ownEmail ?? site.contactEmail,
    isOrganisationEmail: ownEmail !== undefined,
    subject: t(ui, 'request.subject', { title: doc.title }),
    body: t(ui, 'request.body', { title: doc.title, organisation: doc.meta.organisation, webPage: pageUrl }),
  };
}

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

export function formatRequestFor(doc: CharterDocument, site: Site, pageUrl: string): FormatRequest {
  const ownEmail = doc.meta.formatRequestEmail ?? doc.meta.contact?.emails?.[0]?.address;
  return {
    email: ownEmail ?? site.contactEmail,
    isOrganisationEmail: ownEmail !== undefined,
    subject: `Request for an accessible format: ${doc.title}`,
    body: [
      'Please send me this charter in another format.',
      '',
      `Charter: ${doc.title}`,
      `Organisation: ${doc.meta.organisation}`,
      `Web page: ${pageUrl}`,
      '',
      'The format I need (for example large print, easy read, Braille, audio, British Sign Language, or another language):',
      '',
      'Assistive technology I use, if any:',
      '',
      'My name, and how you can contact me:',
      '',
    ].join('\n'),
  };
}

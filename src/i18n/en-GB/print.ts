import type { Message } from '../types.ts';

/**
 * Words the product writes into files and shared text: PDF furniture (first page, page
 * numbers, contact section), card furniture, contact labels, the format-request email, alt
 * texts it composes. Style: GOV.UK style guide; UKAAF for print.
 *
 * Whole sentences with `{placeholders}`, never fragments joined in code: other languages
 * order words differently. A placeholder that is drawn differently from the words around it
 * (a link, a bold phone number) is cut out with `tParts()`, never by splitting the sentence.
 */
export const PRINT = {
  // PDF editions: names as they appear inside sentences and titles (from the PDF profile ids).
  'pdf.edition.large-print': 'large print',
  'pdf.edition.clear-print': 'clear print',
  'pdf.edition.easy-read': 'easy read',
  /** The PDF's document title (viewer title bar, XMP dc:title). */
  'pdf.documentTitle': '{title} ({edition})',
  /** Page numbers, bottom right of every page (an artifact). */
  'pdf.pageNumber': 'Page {page} of {pages}',

  // PDF page 1: a full charter.
  'pdf.firstPage.dates': 'Last reviewed: {lastReviewed}. Next review: {nextReview}.',
  'pdf.firstPage.dateNotStated': 'not stated',
  'pdf.firstPage.edition.large-print': 'This is the large print edition.',
  'pdf.firstPage.edition.clear-print': 'This is the clear print edition.',
  'pdf.firstPage.edition.easy-read': 'This is the easy read edition.',
  /** {edition} is one of the sentences above; {email}, {phone} and {webPage} are drawn as links or in bold. */
  'pdf.firstPage.formats':
    '{edition} To get this charter in another format, such as easy read, Braille, audio or another language, email {email} or phone {phone}. It is also on the web at {webPage}',
  'pdf.firstPage.formatsByEmail':
    '{edition} To get this charter in another format, such as easy read, Braille, audio or another language, email {email}. It is also on the web at {webPage}',

  // PDF page 1: an easy-read booklet.
  'pdf.easyRead.from': 'An easy read booklet from {organisation}.',
  'pdf.easyRead.checked': 'People with learning disabilities checked this booklet: {group}, {date}.',
  'pdf.easyRead.notChecked': 'People with learning disabilities have not checked this booklet yet.',
  'pdf.easyRead.formats': 'To get this booklet in another way, email {email} or phone {phone}. It is also on the web at {webPage}',
  'pdf.easyRead.formatsByEmail': 'To get this booklet in another way, email {email}. It is also on the web at {webPage}',

  // PDF links: what a screen reader announces for a link (/Contents).
  'pdf.link.email': 'Email {email}',
  'pdf.link.webPage': 'Web page: {url}',

  /** A contact row, "Phone: 0300 123 4567": the words before {value} are the bold label; also the row's link text. */
  'pdf.contact.row': '{label}: {value}',
  /** The closing section of a charter whose text does not place its contact details (an H2 and a bookmark). */
  'pdf.contact.heading': 'Contact {organisation}',

  // Contact details, as labelled rows in every format (src/model/contact-rows.ts).
  'contact.phone': 'Phone',
  'contact.phoneLabelled': 'Phone ({label})',
  'contact.textRelay': 'Text relay',
  'contact.bsl': 'British Sign Language',
  'contact.email': 'Email',
  'contact.emailLabelled': 'Email ({label})',
  'contact.post': 'Post',
  'contact.postLabelled': 'Post ({label})',
  'contact.hours': 'Opening hours',
  'contact.website': 'Website',

  // Charter cards (src/model/card-content.ts): the back, and the alt text of each side.
  'card.back.heading': 'How to contact us',
  'card.back.phone': 'Phone: {number}',
  'card.back.textRelay': 'Text relay: {number}',
  'card.back.email': 'Email: {address}',
  'card.back.formats': 'Large print, easy read and other formats: please ask us.',
  /** Both languages' words side by side on the bilingual card, first language first: labels ("Ffôn / Phone") and its title. */
  'card.bilingual.join': '{first} / {second}',
  'card.text.front': 'Front of card: {text}',
  'card.text.back': 'Back of card: {text}',
  // Card PDFs: document titles and the A4 sheet's printing notes.
  'card.print.title.wallet': '{title}: wallet card for printing',
  'card.print.title.large-print': '{title}: large print card (a6) for printing',
  'card.print.title.bilingual': '{title}: bilingual large print card (A6) for printing',
  'card.sheet.title': { one: '{title}: sheet of {count} wallet card', other: '{title}: sheet of {count} wallet cards' },
  'card.sheet.note.front': 'Print at 100 % (actual size) on A4. Do not scale or fit to page. Page 1: fronts.',
  'card.sheet.note.back': 'Page 2: backs. Print on the reverse of page 1, flipping on the long edge.',

  // The "ask for another format" email (src/model/format-request.ts).
  'request.subject': 'Request for an accessible format: {title}',
  'request.body':
    'Please send me this charter in another format.\n\nCharter: {title}\nOrganisation: {organisation}\nWeb page: {webPage}\n\nThe format I need (for example large print, easy read, Braille, audio, British Sign Language, or another language):\n\nAssistive technology I use, if any:\n\nMy name, and how you can contact me:\n',

  // Words the model supplies when the author gives none (src/model/from-mdast.ts).
  'charter.commitments.intro': 'We will:',
  'charter.targets.intro': 'Targets:',
  'charter.measures.intro': 'How we will measure this:',
  'easyRead.glossary.heading': 'Hard words',

  /** The easy-read pictures' licence (OpenMoji, CC BY-SA 4.0) requires attribution. */
  'pictures.credit': 'Pictures: OpenMoji, the open-source emoji and icon project, licensed CC BY-SA 4.0 (openmoji.org).',
} satisfies Record<string, Message>;

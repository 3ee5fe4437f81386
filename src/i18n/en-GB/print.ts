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
  /** The review dates line: the same labels and values as the page's facts (dates.*). */
  'pdf.firstPage.dates': '{lastReviewedLabel}: {lastReviewed}. {nextReviewLabel}: {nextReview}.',
  // Review dates, one wording on the page's facts and the PDFs' page 1.
  'dates.lastReviewed': 'Last reviewed',
  'dates.nextReview': 'Next review',
  'dates.notStated': 'Not stated in the charter',
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

  // Standing notices (src/model/standing.ts): the same words after a charter's title on its
  // page and its PDFs' page 1, beside its card, and (the first sentences) in the home page's
  // listing. Dates are as precise as the charter gives them ("in 2011", "in December 2011",
  // "on 5 March 2024"), so each precision has its own sentence: other languages differ there.
  'notice.overdue.year': 'This charter was due for review in {due}. It may be out of date.',
  'notice.overdue.month': 'This charter was due for review in {due}. It may be out of date.',
  'notice.overdue.day': 'This charter was due for review on {due}. It may be out of date.',
  /** How to check an overdue charter: {email} is drawn as a link and {phone} as each format draws phone numbers. */
  'notice.check.emailOrPhone': 'To check it is still current, contact {organisation}: email {email} or phone {phone}.',
  'notice.check.email': 'To check it is still current, contact {organisation}: email {email}.',
  'notice.check.phone': 'To check it is still current, contact {organisation}: phone {phone}.',
  /** The charter gives no email or phone: the website team's (content/site.yaml). {operator} starts a sentence. */
  'notice.check.site': 'To check it is still current, email {email}. {operator} runs this website and can help.',
  'notice.underReview': 'This charter is being reviewed. It still applies during the review.',
  /** {replacement} is the title of the charter that replaces it, drawn as a link. */
  'notice.superseded': 'This charter has been replaced by {replacement}. It no longer applies.',
  'notice.withdrawn': 'This charter has been withdrawn. It no longer applies.',
  'notice.withdrawn.year': 'This charter was withdrawn in {date}. It no longer applies.',
  'notice.withdrawn.month': 'This charter was withdrawn in {date}. It no longer applies.',
  'notice.withdrawn.day': 'This charter was withdrawn on {date}. It no longer applies.',
  /** After a superseded or withdrawn charter's notice: why it is still published. */
  'notice.stillAvailable': 'It is still available for reference.',

  // PDF links: what a screen reader announces for a link (/Contents).
  'pdf.link.email': 'Email {email}',
  'pdf.link.webPage': 'Web page: {url}',

  /** A contact row, "Phone: 0300 123 4567": the words before {value} are the bold label; also the row's link text. */
  'contact.row': '{label}: {value}',
  /**
   * One cell of a table set as labelled rows when its columns are too narrow for its words
   * (src/renderers/pdf/layout/flow/tables.ts): "{header}" is the cell's column header, in bold.
   */
  'pdf.table.cell': '{header}: {value}',
  /**
   * The contact section of a charter whose text does not place its contact details: the
   * page's h2 and the PDFs' H2 and bookmark, one wording (contactHeading in contact-rows.ts).
   */
  'contact.heading': 'Contact {organisation}',

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
  'card.back.formats': 'Large print, easy read and other formats: please ask us.',
  'card.back.formatsByEmail': 'Large print, easy read and other formats: email {email}',
  /** The charter's page, last on the back; {address} is written without https:// so it is short to type (a QR code to it follows on cards with room). */
  'card.back.address': 'Full charter: {address}',
  // The back of a card whose charter gives no phone, text relay or email: the site's contact
  // (content/site.yaml), labelled as the publisher's, never an invented contact line; the
  // site's email follows as the card's email channel. {operator} starts a sentence, as
  // site.yaml's guide asks operators to be named.
  'card.back.site.heading': 'Need help?',
  'card.back.site.noContact': 'This charter gives no contact details. {operator} can help.',
  'card.back.site.noPhoneOrEmail': 'This charter gives no phone number or email. {operator} can help.',
  'card.back.site.formats': 'They can send it in large print, easy read or another format.',
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
  /**
   * The clear-print A5 booklet's document title (src/renderers/pdf/booklet.ts): an imposed
   * file for printers, untagged, so its title says it is not for reading on screen.
   */
  'pdf.booklet.title': '{title}: clear print A5 booklet, for printing only',

  // The Braille-ready file (src/renderers/braille/): its title page and contents page.
  'brf.titlePage.edition': 'Braille edition',
  /** The braille code of each language in the file, under "Braille edition" (src/renderers/braille/tables.ts). */
  'brf.code.ueb': 'Unified English Braille, grade 2 (contracted)',
  'brf.code.welsh': 'Welsh braille, grade 2 (contracted)',
  /** Last on the title page: the file is not a transcriber's proof-read edition, and how to ask for one. */
  'brf.titlePage.note':
    'This braille file was made by computer from the charter’s text. A braille transcriber has not checked it. To ask for a copy checked by a transcriber, or for another format, email {email} or phone {phone}.',
  'brf.titlePage.noteByEmail':
    'This braille file was made by computer from the charter’s text. A braille transcriber has not checked it. To ask for a copy checked by a transcriber, or for another format, email {email}.',
  'brf.contents': 'Contents',

  // The "ask for another format" email (src/model/format-request.ts).
  'request.subject': 'Request for an accessible format: {title}',
  'request.body':
    'Please send me this charter in another format.\n\nCharter: {title}\nOrganisation: {organisation}\nWeb page: {webPage}\n\nThe format I need (for example large print, easy read, Braille, audio, British Sign Language, or another language):\n\nAssistive technology I use, if any:\n\nMy name, and how you can contact me:\n',

  // Words the model supplies when the author gives none (src/model/from-mdast.ts).
  'charter.commitments.intro': 'We will:',
  'charter.targets.intro': 'Targets:',
  'charter.measures.intro': 'How we will measure this:',
  'easyRead.glossary.heading': 'Hard words',

  /**
   * The easy-read pictures' licence (OpenMoji, CC BY-SA 4.0) requires attribution: the
   * maker, the source and the licence's address. In easy words, with no acronym, because it
   * is printed in every easy-read edition (house rules ER-2, ER-8).
   */
  'pictures.credit':
    'The pictures are by OpenMoji, openmoji.org. Anyone may use them under this licence: creativecommons.org/licenses/by-sa/4.0.',
} satisfies Record<string, Message>;

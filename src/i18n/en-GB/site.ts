import type { Message } from '../types.ts';

/**
 * The website's own words in British English: header, footer, home page, charter and
 * easy-read pages, downloads, the "another format" request, the accessibility statement, 404.
 * Style: GOV.UK style guide (plain English, sentence case).
 *
 * Whole sentences with `{placeholders}`, never fragments joined in code: Welsh orders words
 * differently. A placeholder drawn as an element (a link) is cut out with `tParts()`; its
 * link text, when it is words rather than data, is the key named beside it. Keys are
 * disjoint from ./print.ts (tested).
 */
export const SITE = {
  // Every page: the layout, header and footer (src/layouts/, src/components/page/).
  'site.name': 'Care and support charters',
  /** The page's <title>: its own title, then the site's name. */
  'site.pageTitle': '{title} – {siteName}',
  'site.skipLink': 'Skip to main content',
  /** aria-label of the header navigation. */
  'site.nav.label': 'Site',
  'site.nav.allCharters': 'All charters',
  'site.nav.accessibility': 'Accessibility',
  /** Visually hidden heading of the footer links. */
  'site.footer.heading': 'Support links',
  'site.footer.accessibility': 'Accessibility statement',
  'site.footer.contact': 'Contact the website team',
  /** Subject of the footer's email link. */
  'site.footer.contactSubject': 'About the charters website',
  'site.footer.sitemap': 'Site map (XML)',
  'site.footer.about':
    'This website is run by {operator}. Text is set in Atkinson Hyperlegible Next, a typeface designed by the Braille Institute for readers with low vision.',

  // Home page (src/pages/index.astro).
  'home.description': 'What you can expect from care and support services: their charters, in formats you can use.',
  'home.lead':
    'A charter says what you can expect from a service: how you will be treated, how quickly you will get an answer, and how to complain. Each charter here can be read on the page, and you can ask for it in another format.',
  'home.heading': 'All charters',
  'home.easyReadLink': 'Easy read version: {title}',

  // 404 (src/pages/404.astro).
  'notFound.title': 'Page not found',
  'notFound.description': 'This page could not be found.',
  'notFound.help': 'If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.',
  'notFound.allCharters': 'See all charters',

  // Charter page: under the title (src/pages/charters/[slug].astro, CharterFacts).
  'charter.jump.easyRead': 'Read the easy read version, with pictures',
  'charter.facts.from': 'From',
  /** The "From" value when the charter names its service. */
  'charter.facts.fromService': '{organisation}, {service}',
  'charter.facts.for': 'For',
  'charter.facts.adopted': 'Adopted',
  'charter.facts.published': 'Published',
  'charter.facts.agreedThrough': 'Agreed through',
  'charter.facts.report': 'Report {number} to the {committee}, {date}',
  'charter.contents': 'Contents',
  // Right after the facts, before the full text (PromisesSummary, ContactSummary): the card's
  // promises and how to get in touch, so nobody has to scroll past the whole charter for them.
  'charter.expect.heading': 'What you can expect',
  /** Link to the contents list (or the first section) of the full text below. */
  'charter.expect.fullText': 'Read the full charter',
  'charter.reach.heading': 'How to contact us',
  /** Link to the contact section at the end of the page. */
  'charter.reach.all': 'All contact details',
  // Said when the charter gives no phone or email: who can help instead is the site's publisher, as on the card.
  'charter.reach.none': 'This charter gives no phone number, email or address.',
  'charter.reach.noPhoneOrEmail': 'This charter gives no phone number or email.',
  /** {operator} is the site's publisher (site.yaml); its email follows as a contact row. */
  'charter.reach.site': '{operator} runs this website and can help.',

  // "Get this charter in another format" (OtherFormats); the heading is also the jump link.
  'charter.formats.heading': 'Get this charter in another format',
  'charter.formats.easyRead': 'Easy read version on this website',
  'charter.formats.download': 'Download',
  // Said only when there is no easy read: the page states what exists and how to ask for the rest.
  'charter.formats.noEasyRead': 'There is no easy read version of this charter. You can ask for one below.',
  /** {cardLink} is a link whose text is `charter.formats.cardLink`. */
  'charter.formats.cardBelow': '{cardLink} (a wallet card with the main promises) is below.',
  'charter.formats.cardLink': 'The charter card',
  'charter.formats.askHeading': 'Ask for another format',
  'charter.formats.askIntro':
    'You can ask for this charter in any format you need, including large print, easy read, Braille, audio, British Sign Language or another language.',
  'charter.formats.askLink': 'Ask for “{title}” in another format',
  'charter.formats.askNoteOrganisation': '(this opens an email to {organisation}, at {email})',
  'charter.formats.askNoteSite': '(this opens an email to the team that runs this website, at {email})',
  /** {phone} is the number as a tel: link. */
  'charter.formats.phone': 'Or phone {phone}.',
  'charter.formats.reply': { one: 'We will reply within {count} working day.', other: 'We will reply within {count} working days.' },

  'charter.contact.none':
    'This charter does not give a phone number, email or address. Ask the staff who support you, or use the request link below and we will pass your message on.',

  // The charter card on the page (CharterCard).
  'charter.card.heading': 'Charter card',
  'charter.card.intro': 'A wallet-sized card with the main promises and how to contact us. Staff can print it and give it to people.',
  'charter.card.download': 'Download the card',
  'charter.card.text': 'Text of the card',
  'charter.card.front': 'Front',
  'charter.card.back': 'Back',
  /** {printLink} is 'charter.card.printLink' as a link to the charter's print page. */
  'charter.card.printing': 'Staff who print cards to give to people: the files, and how to print them, are on {printLink}.',
  'charter.card.printLink': 'the page for printing this charter',

  // Provenance (AboutThisCharter).
  'charter.about.heading': 'About this page',
  'charter.about.source': 'This page publishes the charter “{title}”.',
  /** An organisation's own easy-read booklet, published word for word. */
  'charter.about.easyReadSource': 'This page publishes the easy read booklet “{title}”, word for word.',
  'charter.about.original': 'The original document',
  /**
   * For a charter adopted through a committee report. {subject}, {author}, {role} and {dated}
   * are the clauses below, or empty when the report does not give them; each language places
   * them in its own sentence.
   */
  'charter.about.report': 'The charter was appended to report {number}{subject}, to the {committee} on {date}{author}{role}{dated}.',
  'charter.about.report.subject': ', “{subject}”',
  'charter.about.report.author': ', by {author}',
  'charter.about.report.role': ', {role}',
  'charter.about.report.dated': ', dated {date}',
  'charter.about.corrected': 'We corrected only damage from copying the text, never its meaning:',
  'charter.about.asWritten': 'The text is published exactly as written.',

  // Easy-read page (src/pages/charters/[slug]/easy-read.astro). Its own words keep the house
  // rules it enforces on authors: at most 15 words a sentence, no hard words ("charter" is one).
  'easyRead.from': 'This booklet is from {organisation}.',
  /** {charterLink} is 'easyRead.charterLink' as a link to the full charter. */
  'easyRead.versionOf': 'It is the easy read version of {charterLink}.',
  'easyRead.charterLink': 'a longer list of promises',
  'easyRead.checked': 'People with learning disabilities checked this booklet: {group}, {date}.',
  'easyRead.notChecked': 'People with learning disabilities have not checked this booklet yet.',
  'easyRead.download': 'Download this easy read booklet',
  'easyRead.fullCharter': 'Read the full list of promises',

  // Downloads: link text and the facts beside each link (src/outputs/).
  /** Beside a download link: what the file is (facts below), then its size. */
  'downloads.details': '{facts}, {size}',
  'downloads.largePrint': 'Large print ({size} point text)',
  'downloads.clearPrint': 'Clear print ({size} point text)',
  /** The easy-read PDF's link. */
  'downloads.easyRead': 'Easy read, with pictures',
  'downloads.pdfPages': { one: 'PDF, {count} page', other: 'PDF, {count} pages' },
  'downloads.cardFront': 'Card front',
  'downloads.cardBack': 'Card back',
  'downloads.cardPng.facts': 'PNG, {width} × {height} mm at {ppi} ppi',
  'downloads.cardPrint': 'Wallet card for a print shop',
  'downloads.cardPrint.facts': 'PDF, {width} × {height} mm, {bleed} mm bleed, crop marks',
  'downloads.cardLargePrint': 'Large print card',
  'downloads.cardLargePrint.facts': 'PDF, A6, {size} point text, {bleed} mm bleed, crop marks',
  'downloads.cardBilingual': 'Bilingual large print card',
  'downloads.cardBilingual.facts': 'PDF, A6, {size} point text in both languages, {bleed} mm bleed, crop marks',
  'downloads.cardSheet': { one: 'Sheet of {count} wallet card to print on A4', other: 'Sheet of {count} wallet cards to print on A4' },
  'downloads.cardSheet.facts': 'PDF, print at 100 %, fronts and backs',
  // For staff on the print page: what each printers' file is for and how to print it, a step a message.
  'downloads.print.actualSize': 'Print at 100 % (actual size). Do not choose “Fit to page” or “Shrink to fit”.',
  'downloads.print.a4Duplex': 'Print on A4 card, double-sided, flipping on the long edge: page 1 is the front and page 2 the back.',
  'downloads.print.cropMarks': 'Cut along the crop marks: the short lines at each corner show where the card ends.',
  'downloads.print.printShop': 'Or send the file to a print shop as it is: it has {bleed} mm bleed and crop marks.',
  'downloads.cardPrint.purpose': 'For a print shop, to order wallet cards: the front and back, with bleed and crop marks.',
  'downloads.cardPrint.send': 'Send this file to a print shop as it is. Do not change its size.',
  'downloads.cardPrint.order': 'Ask for double-sided cards on thick card, cut to {width} × {height} mm on the crop marks.',
  'downloads.cardPrint.proof': 'Ask to see a proof before they print them all.',
  'downloads.cardLargePrint.purpose': 'An A6 card with the same words in large print, for people who need bigger text.',
  'downloads.cardBilingual.purpose': 'The A6 large print card with both languages on each side.',
  'downloads.cardSheet.purpose': 'For an office printer: wallet cards on A4 to cut out, fronts on page 1 and backs on page 2.',
  'downloads.cardSheet.duplex': 'Print on A4 card, double-sided, flipping on the long edge, so that each back lands behind its front.',
  'downloads.cardSheet.test': 'Print one sheet on paper first and hold it up to the light: each front should line up with its back.',
  'downloads.cardSheet.cut': 'Cut from grey mark to grey mark across the sheet: the marks in the margins show where each card ends.',
  /** The clear-print A5 booklet (placement 'print': for staff to print and fold; untagged, so its facts send readers to the clear print PDF). */
  'downloads.clearPrintBooklet': 'Clear print A5 booklet ({size} point text)',
  'downloads.clearPrintBooklet.facts': {
    one: 'PDF for printing only: read the clear print PDF on screen. {count} sheet of A4: print on both sides (flip on short edge) and fold to A5',
    other:
      'PDF for printing only: read the clear print PDF on screen. {count} sheets of A4: print on both sides (flip on short edge) and fold to A5',
  },
  'downloads.clearPrintBooklet.purpose':
    'For an office printer: the clear print charter as an A5 booklet, printed on A4 paper and folded. On screen, use the clear print PDF.',
  'downloads.clearPrintBooklet.duplex':
    'Print on A4 paper, double-sided, flipping on the short edge. Do not choose the printer’s own “booklet” setting: the file is already in booklet order.',
  'downloads.clearPrintBooklet.fold': 'Keep the sheets in the order they come out, fold the pile in half and staple twice along the fold.',
  'downloads.clearPrintBooklet.check': 'Check the first copy: the page numbers should run in order, on the outer edge of each page.',
  /** File sizes as GOV.UK shows them (1 KB = 1,024 bytes). */
  'downloads.size.bytes': { one: '{count} byte', other: '{count} bytes' },
  'downloads.size.kb': '{size} KB',
  'downloads.size.mb': '{size} MB',
  /** The Braille-ready file (src/outputs/formats/braille.ts) and its facts: braille pages (40 cells × 25 lines), the title page counted. */
  'downloads.brf': 'Braille-ready file (BRF) for braille embossers and displays',
  'downloads.brf.facts': { one: 'BRF, {count} braille page', other: 'BRF, {count} braille pages' },

  // What the checks manifest and the auditor's report call each format's files.
  'outputs.largePrintPdf': 'Large-print PDFs',
  'outputs.clearPrintPdf': 'Clear-print PDFs',
  'outputs.easyReadPdf': 'Easy-read PDFs',
  'outputs.cardPng': 'Card images (PNG)',
  'outputs.cardPrintPdf': 'Wallet card print PDFs',
  'outputs.cardLargePrintPdf': 'Large-print card PDFs',
  'outputs.cardBilingualPdf': 'Bilingual large-print card PDFs',
  'outputs.cardSheetPdf': 'A4 card sheet PDFs',
  'outputs.clearPrintBookletPdf': 'Clear-print A5 booklet PDFs (for printing only)',
  'outputs.brf': 'Braille-ready files (BRF)',

  // "Print this charter", for staff (src/pages/charters/[slug]/print.astro): the files for
  // printers from the output registry (placement 'print'), each with what it is for and how to print it.
  /** The page's <title> and description; {title} is the charter's. */
  'printPage.title': 'Print this charter: {title}',
  'printPage.description': 'Files for printing the charter “{title}” and its card, and how to print each one.',
  'printPage.heading': 'Print this charter',
  'printPage.lead': 'For staff who print this charter’s card to give to people. Each file says what it is for and how to print it.',
  /** {charterLink} is the charter's title as a link to its page. */
  'printPage.charter': 'The charter: {charterLink}',
  /** {charterPageLink} is 'printPage.charterPageLink' as a link to the charter's page. */
  'printPage.readers': 'People who use the service can download the charter in other formats from {charterPageLink}.',
  'printPage.charterPageLink': 'the charter’s page',
  'printPage.howTo': 'How to print',
  'printPage.none': 'This charter has no files for printers.',

  // Accessibility statement (src/pages/accessibility.astro), in the order of the GOV.UK sample statement.
  'statement.title': 'Accessibility statement',
  'statement.description': 'How accessible {siteName} is, and how to ask for another format or report a problem.',
  'statement.heading': 'Accessibility statement for {siteName}',
  /** {siteLink} is the site's address as a link. */
  'statement.appliesTo': 'This accessibility statement applies to the website at {siteLink}, including every charter page on it.',
  'statement.runBy':
    'This website is run by {operator}. We want as many people as possible to be able to use this website. For example, that means you should be able to:',
  'statement.able.colours': 'change colours, contrast levels and fonts using browser or device settings',
  'statement.able.zoom': 'zoom in up to 400% without the text spilling off the screen',
  'statement.able.keyboard': 'navigate the whole website using just a keyboard or speech recognition software',
  'statement.able.screenReader':
    'listen to the whole website using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)',
  'statement.able.noJavaScript': 'use the website without JavaScript: it has none',
  'statement.simpleText':
    'We have also made the text of this website as simple as possible to understand. The charters themselves are published in the words their organisations wrote.',
  /** {abilityNetLink} is a link whose text is `statement.abilityNet.link`. */
  'statement.abilityNet': '{abilityNetLink} if you have a disability.',
  'statement.abilityNet.link': 'AbilityNet has advice on making your device easier to use',
  'statement.howAccessible.heading': 'How accessible this website is',
  'statement.howAccessible.knownIssues': 'We know some parts of this website are not fully accessible:',
  'statement.howAccessible.noIssues':
    'We do not know of any part of this website that you cannot use. Some charters were written many years ago and use long sentences; easy read editions are being written, and you can ask for one now.',
  'statement.feedback.heading': 'Feedback and contact information',
  /** {emailLink} is a mailto: link whose text is `statement.emailLink`. */
  'statement.feedback.formats':
    'If you need a charter in a different format like large print, easy read, an audio recording, Braille or another language, use the “Ask for this charter in another format” link on the charter’s page, or {emailLink}.',
  'statement.emailLink': 'email {email}',
  'statement.emailSubject': 'Accessibility of the charters website',
  'statement.feedback.response': {
    one: 'We’ll consider your request and get back to you in {count} working day.',
    other: 'We’ll consider your request and get back to you in {count} working days.',
  },
  'statement.reporting.heading': 'Reporting accessibility problems with this website',
  'statement.reporting.text':
    'We’re always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we’re not meeting accessibility requirements, {emailLink}.',
  'statement.enforcement.heading': 'Enforcement procedure',
  /** {eassLink} is a link whose text is `statement.enforcement.eassLink`. */
  'statement.enforcement.ehrc':
    'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the “accessibility regulations”). If you’re not happy with how we respond to your complaint, {eassLink}.',
  'statement.enforcement.eassLink': 'contact the Equality Advisory and Support Service (EASS)',
  /** {ecniLink} is a link whose text is `statement.enforcement.ecniLink`. */
  'statement.enforcement.ni':
    'If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the {ecniLink}.',
  'statement.enforcement.ecniLink': 'Equality Commission for Northern Ireland',
  'statement.technical.heading': 'Technical information about this website’s accessibility',
  'statement.technical.commitment':
    '{operator} is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.',
  'statement.compliance.heading': 'Compliance status',
  /** {wcagLink} is a link whose text is `statement.compliance.wcagLink`. */
  'statement.compliance.fully': 'This website is fully compliant with the {wcagLink} AA standard.',
  'statement.compliance.partially': 'This website is partially compliant with the {wcagLink} AA standard.',
  'statement.compliance.not': 'This website is not compliant with the {wcagLink} AA standard.',
  'statement.compliance.fullyWithIssues':
    'This website is fully compliant with the {wcagLink} AA standard, due to the non-compliances listed below.',
  'statement.compliance.partiallyWithIssues':
    'This website is partially compliant with the {wcagLink} AA standard, due to the non-compliances listed below.',
  'statement.compliance.notWithIssues':
    'This website is not compliant with the {wcagLink} AA standard, due to the non-compliances listed below.',
  'statement.compliance.wcagLink': 'Web Content Accessibility Guidelines version 2.2',
  'statement.nonAccessible.heading': 'Non-accessible content',
  'statement.nonCompliance.heading': 'Non-compliance with the accessibility regulations',
  /** A known issue found by the automated checks, and where. */
  'statement.issue.where': '{description} ({where})',
  /** {criteria}: the success criteria's numbers, e.g. "1.4.3" or "1.4.3, 2.4.7"; count is how many. */
  'statement.issue.fails': {
    one: 'This fails WCAG 2.2 success criterion {criteria}.',
    other: 'This fails WCAG 2.2 success criteria {criteria}.',
  },
  'statement.issue.fixBy': 'We plan to fix this by {date}.',
  'statement.nonCompliance.none': 'We do not know of any content that fails the accessibility regulations.',
  'statement.burden.heading': 'Disproportionate burden',
  'statement.burden.text': 'We are not claiming that any accessibility fix would be a disproportionate burden.',
  'statement.outOfScope.heading': 'Content that’s not within the scope of the accessibility regulations',
  'statement.outOfScope.text': 'None: every page and document on this website is made to meet the regulations.',
  'statement.improving.heading': 'What we’re doing to improve accessibility',
  'statement.improving.checks':
    'Every change is checked automatically before it is published: axe-core and Pa11y on every page, and checks of every PDF and card. A change that fails is not published.',
  'statement.improving.plans':
    'We will have the PDFs checked with a PDF/UA validator (PAC or veraPDF) and the easy read editions tested with people with learning disabilities.',
  'statement.preparation.heading': 'Preparation of this accessibility statement',
  'statement.preparation.dates': 'This statement was prepared on {prepared}. It was last reviewed on {reviewed}.',
  'statement.preparation.testedBy': 'This website was tested by {testedBy}. Every page, PDF and card was tested.',
  'statement.preparation.lastCheck':
    'This website was last checked automatically on {date}. {result} Checked: {pages}, {pdfs}, {cardFiles}.',
  'statement.preparation.lastCheck.passed': 'No failures were found.',
  'statement.preparation.lastCheck.failed': { one: '{count} failure was found.', other: '{count} failures were found.' },
  'statement.count.pages': { one: '{count} page', other: '{count} pages' },
  'statement.count.pdfs': { one: '{count} PDF', other: '{count} PDFs' },
  'statement.count.cardFiles': { one: '{count} card file', other: '{count} card files' },
  'statement.preparation.noCheck': 'No automated check run has been recorded yet.',
  // From evidence (src/outputs/statement-evidence.ts): the recorded report, the reviewed
  // baseline, the manual-check record and the gaps the product knows of itself.
  'statement.nonAccessible.intro': 'The content listed below is non-accessible for the following reasons.',
  /** {reason} is the reviewer's note from the baseline, in its own language. */
  'statement.issue.reason': 'Our review: {reason}',
  'statement.issue.noFixDate': 'We have not set a date to fix this yet.',
  'statement.gap.mayFail': {
    one: 'This may fail WCAG 2.2 success criterion {criteria}.',
    other: 'This may fail WCAG 2.2 success criteria {criteria}.',
  },
  'statement.gap.beyondAa': 'This is about WCAG 2.2 success criterion {criteria}, at level AAA, which the regulations do not require.',
  'statement.gap.pdfua':
    'Our PDFs are tagged for screen readers and automated checks test their tags, but they have not yet been checked with a PDF/UA validator (veraPDF or PAC) or read through with a screen reader, so some may not read correctly with assistive technology.',
  'statement.gap.easyRead':
    'Our easy read editions have not yet been tested with people with learning disabilities. Each easy read page says whether it has been checked.',
  /** {label} is the heading of the card's text on the charter page ('charter.card.text'). */
  'statement.gap.cardImages':
    'The charter cards are shown on each charter’s page as pictures of the printed card. Their words are also on the page as text, under “{label}”, and in the pictures’ alternative text.',
  /** {phone} is a tel: link. */
  'statement.feedback.phone': 'You can also call {phone}.',
  'statement.feedback.relayUk': 'If you cannot hear or speak on the phone, you can use Relay UK: dial 18001 then {phone}.',
  'statement.preparation.lastCheck.accepted': {
    one: '{count} known failure was accepted after review and is listed above.',
    other: '{count} known failures were accepted after review and are listed above.',
  },
  'statement.preparation.sample': 'We did not test a sample: the automated checks run on every page and every file this website publishes.',
  /** {reportLink} is a link to the report page, whose text is `statement.preparation.reportLink`. */
  'statement.preparation.report':
    'You can read {reportLink}: for each WCAG 2.2 success criterion, what was tested on each page and file, how and with what result, and what people still have to check.',
  'statement.preparation.reportLink': 'the full accessibility check report',
  /** The report is published once, in the site's own language: from the statement in the other language, the link says which. */
  'statement.preparation.reportLink.otherLanguage': 'the full accessibility check report (in Welsh)',
  'statement.preparation.checks':
    'The automated checks are axe-core and Pa11y on every page, layout checks (reflow at 320 pixels, text spacing, visible focus, target size), HTML validation, and checks of every PDF and card. Automated checks find only some problems.',

  // The auditor's report (/accessibility/report/, src/components/report/; and the report `npm
  // run check` writes, src/checks/report/). It quotes W3C's criterion names, the Matterhorn
  // Protocol and the tools in English; everything it says itself is here. "Passed" is said of
  // the automated checks only, never of the website or of PDF/UA conformance.
  'report.title': 'Accessibility check report',
  'report.description':
    'What the automated accessibility checks tested on each page and file, how, with what result, for each WCAG 2.2 success criterion, and what people still have to check.',
  'report.count.pages': { one: '{count} page', other: '{count} pages' },
  'report.count.files': { one: '{count} file', other: '{count} files' },
  'report.verdict.incomplete': {
    one: 'Incomplete: {count} check could not run, so this is not a pass.',
    other: 'Incomplete: {count} checks could not run, so this is not a pass.',
  },
  'report.verdict.failed': {
    one: 'The automated checks found {count} failure in {pages} and {files}.',
    other: 'The automated checks found {count} failures in {pages} and {files}.',
  },
  'report.verdict.passed': 'The automated checks found no failures in {pages} and {files}.',
  'report.verdict.accepted': {
    one: '{count} known failure is accepted in the reviewed baseline and listed with its reason.',
    other: '{count} known failures are accepted in the reviewed baseline and listed with their reasons.',
  },
  'report.verdict.warnings': { one: 'There is {count} warning.', other: 'There are {count} warnings.' },
  /** A `npm run check -- --changed` run: {count} pages and files unchanged since the earlier run of {date} {time}. */
  'report.verdict.carried': {
    one: 'Only what changed was checked again: the results for {count} unchanged page or file are carried from the run on {date} at {time} UTC.',
    other:
      'Only what changed was checked again: the results for {count} unchanged pages and files are carried from the run on {date} at {time} UTC.',
  },
  'report.incomplete.intro': { one: 'This check could not run:', other: 'These {count} checks could not run:' },
  'report.checkedOn': 'Checked on {date} at {time} UTC.',
  /** {folder} is the folder's path, as code. */
  'report.folder': 'Folder checked: {folder}.',
  'report.notConformance':
    'These are automated checks. Passing them does not show that the website meets WCAG 2.2 AA, or that the PDFs meet PDF/UA-1: the table of success criteria says, for each one, what was tested automatically and what a person still has to check.',
  /** {jsonLink} is a link whose text is `report.data.link`. */
  'report.data': 'The same evidence is in {jsonLink}.',
  'report.data.link': 'report.json (machine-readable)',
  /** {statementLink} is a link whose text is `report.statement.link`. */
  'report.statement': 'This report is the evidence for the {statementLink}.',
  'report.statement.link': 'accessibility statement',
  // Kinds of page and file, by the check kind that verified them.
  'report.scope.page': 'Web pages',
  'report.scope.pdf': 'Tagged PDFs',
  'report.scope.cardPdf': 'Card PDFs',
  'report.scope.printBooklet': 'Print-only booklets',
  'report.scope.cardPng': 'Card images',
  'report.scope.text': 'Text files',
  'report.scope.braille': 'Braille files',
  'report.format.unlistedPdf': 'PDFs not in the manifest',
  'report.tool.axe': 'axe-core',
  'report.tool.alfa': 'Siteimprove Alfa',
  'report.tool.pa11y': 'Pa11y (HTML_CodeSniffer)',
  'report.tool.layout': 'layout checks',
  'report.tool.htmlValidate': 'html-validate',
  'report.tool.vnu': 'Nu Html Checker',
  'report.tool.pdf': 'PDF checks',
  'report.tool.card': 'card checks',
  'report.tool.text': 'text checks',
  'report.tool.braille': 'Braille checks',
  'report.tool.manifest': 'manifest checks',
  'report.tool.baseline': 'baseline checks',
  // The formats of the manual-check record (content/manual-checks.json).
  'report.manualFormat.web': 'Web pages',
  'report.manualFormat.pdf': 'PDFs',
  'report.manualFormat.easyRead': 'Easy read',
  'report.manualFormat.card': 'Cards',
  'report.manualFormat.braille': 'Braille',
  'report.link.finding': 'finding {number}',
  'report.link.accepted': 'accepted finding {number}',
  'report.summary.heading': 'Results by format',
  'report.summary.caption': 'Pages and files checked, by output format, with the checks that ran and what they found',
  'report.summary.format': 'Format',
  'report.summary.checked': 'Checked',
  'report.summary.tools': 'Checks that ran',
  'report.summary.failures': 'Failures',
  'report.summary.accepted': 'Accepted',
  'report.summary.warnings': 'Warnings',
  'report.summary.result': 'Result',
  'report.summary.pdfNote':
    '“Checks passed” for PDFs means that the PDF checks listed under “Tools” found nothing. It is not PDF/UA-1 conformance: no PDF/UA validator (veraPDF or PAC) ran. The Matterhorn Protocol section below says which checkpoints the PDF checks cover.',
  'report.result.checksPassed': 'Checks passed',
  'report.result.failed': 'Failed',
  'report.result.accepted': 'Failed, accepted in the baseline',
  'report.criteria.heading': 'WCAG 2.2 success criteria, levels A and AA',
  'report.criteria.intro':
    'All {count} success criteria of WCAG 2.2 at levels A and AA. For each: the automated rules that test it, their result on the pages and files they ran on, and the manual checks recorded in content/manual-checks.json. A criterion passes only when a person has confirmed it.',
  'report.criteria.count.fail': { one: '{count} criterion fails.', other: '{count} criteria fail.' },
  'report.criteria.count.automatedOnly': {
    one: '{count} criterion passed the automated checks and still needs a manual check.',
    other: '{count} criteria passed the automated checks and still need a manual check.',
  },
  'report.criteria.count.untested': {
    one: '{count} criterion has no automated check: only a person can check it.',
    other: '{count} criteria have no automated check: only a person can check them.',
  },
  'report.criteria.count.confirmed': {
    one: '{count} criterion has been confirmed by a person.',
    other: '{count} criteria have been confirmed by a person.',
  },
  'report.criteria.caption': 'WCAG 2.2 success criteria at levels A and AA: automated and manual results',
  'report.criteria.criterion': 'Success criterion',
  'report.criteria.level': 'Level',
  'report.criteria.automated': 'Automated checks',
  'report.criteria.manual': 'Manual checks',
  'report.criteria.result': 'Result',
  'report.criterion.result.fail': 'Fails',
  'report.criterion.result.pass': 'Passes',
  'report.criterion.result.needsManual': 'Needs a manual check',
  /** {scope} is a kind of page or file, {result} `report.automated.*`. */
  'report.automated.scope': '{scope}: {result}',
  'report.automated.pass': { one: 'passed ({count} rule)', other: 'passed ({count} rules)' },
  'report.automated.fail': { one: '{count} failure', other: '{count} failures' },
  'report.automated.accepted': { one: '{count} accepted failure', other: '{count} accepted failures' },
  'report.automated.untested': 'no rule for this criterion',
  'report.automated.none': 'No automated check',
  /** {format} is `report.manualFormat.*`, {result} `report.manual.result.*`. */
  'report.manual.cell': '{format}: {result}',
  'report.manual.result.pass': 'passed',
  'report.manual.result.fail': 'failed',
  'report.manual.result.notApplicable': 'not applicable',
  'report.manual.result.notChecked': 'not checked',
  /** {understanding} is a link whose text is `report.criterion.understanding`. */
  'report.criterion.about': 'Level {level}. What it asks: {understanding}.',
  'report.criterion.understanding': 'W3C’s Understanding page, in English',
  'report.criterion.verdict': 'Result: {result}.',
  'report.criterion.noRule': 'No automated rule tests this criterion: only a person can check it.',
  /** {targets} is `report.count.pages` or `report.count.files`. */
  'report.criterion.scope': '{scope} ({targets}): {result}.',
  /** {rules} is each tool's rule ids, as code. */
  'report.criterion.rules': 'Rules: {rules}.',
  /** {links} are links to findings. */
  'report.criterion.failures': 'Failures: {links}.',
  'report.criterion.acceptedFindings': 'Accepted: {links}.',
  'report.criterion.warnings': 'Warnings: {links}.',
  'report.criterion.manual': 'Checked by people:',
  'report.manual.notChecked': '{format}: not checked by a person yet.',
  /** {who}, as the record gives it, may be in another language. */
  'report.manual.done': '{format}: {result}, checked by {who} on {date}.',
  'report.manual.method': 'How: {method}.',
  'report.manual.reason': 'Why it does not apply: {reason}.',
  'report.manual.notes': 'Notes: {notes}',
  'report.findings.heading': 'Findings',
  'report.findings.none': 'The automated checks found nothing to fail or warn about.',
  'report.finding.failure': 'Failure {number}:',
  'report.finding.warning': 'Warning {number}:',
  'report.finding.accepted': 'Accepted finding {number}:',
  'report.finding.rule': 'Rule',
  'report.finding.criteria': 'Criteria',
  'report.finding.noCriterion': 'None: a best practice or a rule of this project',
  'report.finding.where': 'Where',
  'report.finding.alsoFoundBy': 'Also found by',
  'report.finding.help': 'Help',
  'report.finding.helpLink': 'About the rule {rule} (in English)',
  'report.finding.acceptedBy': 'Accepted',
  /** {reviewer} and {reason} are the baseline's words. */
  'report.finding.acceptedValue': 'by {reviewer} on {date}: {reason}',
  'report.finding.until': 'Fix due by',
  'report.accepted.heading': 'Accepted findings',
  'report.accepted.intro':
    'Failures a reviewer accepted in content/accessibility-baseline.json, each with who accepted it, when, why and until when. They do not fail the run, and the accessibility statement lists them as non-accessible content.',
  'report.other.heading': 'Findings against other criteria',
  'report.other.intro':
    'These findings name a level AAA criterion (the cards are made to the 7:1 contrast of 1.4.6), or 4.1.1, which WCAG 2.2 removed. They are not counted in the table of A and AA criteria.',
  'report.matterhorn.heading': 'PDF/UA-1: Matterhorn Protocol checkpoints',
  /** {files} is `report.count.files`. */
  'report.matterhorn.intro':
    'The Matterhorn Protocol 1.1 (PDF Association) lists the ways a PDF can fail PDF/UA-1. The PDF checks test the checkpoints in the first table in each tagged PDF ({files}). This is not a PDF/UA validation: no veraPDF or PAC ran, the protocol’s other machine checkpoints were not tested, and the checkpoints in the second table need a person.',
  'report.matterhorn.booklets':
    'The print-only booklets are not PDF/UA files: imposing the pages for printing puts them out of reading order, so they are untagged by design. Readers get the tagged clear print PDF.',
  'report.matterhorn.tested': 'Matterhorn checkpoints the PDF checks test, and their result',
  'report.matterhorn.human': 'Matterhorn checkpoints that need a person',
  'report.matterhorn.checkpoint': 'Checkpoint',
  'report.matterhorn.condition': 'Failure condition',
  'report.matterhorn.clause': 'PDF/UA-1 clause',
  'report.matterhorn.how': 'Tested by',
  'report.matterhorn.failed': 'Failed: {links}',
  'report.matterhorn.accepted': 'Failed, accepted in the baseline: {links}',
  'report.matterhorn.notChecked': 'Not checked by a person yet',
  'report.matterhorn.partly.tables': 'in part: that a table holds rows, and a row holds header and data cells',
  'report.matterhorn.partly.lists': 'in part: that a list holds items, and an item holds a label and a body',
  'report.matterhorn.partly.toUnicode': 'stricter: every font must have a ToUnicode map',
  'report.manualChecks.heading': 'What people still have to check',
  'report.manualChecks.intro':
    'Automated tools find only some problems. content/manual-checks.json records the checks people have made: one for each success criterion in each format, with who made it, when, how and the result.',
  'report.manualChecks.progress': '{done} of the {total} manual checks have been made.',
  'report.manualChecks.also': 'A person also needs to:',
  'report.manualChecks.task.pdfua': 'run every tagged PDF through a PDF/UA validator (veraPDF or PAC) and read it with a screen reader',
  'report.manualChecks.task.assistive':
    'use every page with a keyboard alone, a screen reader (NVDA, JAWS or VoiceOver), speech recognition and 400% zoom',
  'report.manualChecks.task.easyRead': 'test each easy read edition with people with learning disabilities',
  'report.manualChecks.task.cards': 'print the cards at 100% and check them in the hand',
  'report.manualChecks.task.braille':
    'have a braille reader or transcriber read each Braille-ready file (BRF): it is made by computer and is not proof-read',
  'report.files.heading': 'Pages and files checked',
  'report.files.caption': 'Every page and file checked, with its format, the checks that ran on it and their result',
  'report.files.target': 'Page or file',
  'report.tools.heading': 'Tools',
  'report.tools.caption': 'The tools that ran, their versions, and what each checked',
  'report.tools.tool': 'Tool',
  'report.tools.version': 'Version',
  'report.tools.checks': 'What it checked',
  'report.translations.heading': 'Translations',
  'report.translations.caption': 'Translated pairs of pages and their parity',
  'report.translations.pages': 'Pages',
  'report.translations.parity': 'Parity',
  /** {first} and {second} are the pages' paths, as code. */
  'report.translations.pair': '{first} ({firstLang}) and {second} ({secondLang})',
  'report.translations.checked':
    'Same sections, commitments, list items, table rows, phone numbers, emails and dates (checked by the build)',
  'report.translations.notRequired': 'Not checked: the site does not require parity',

  /** The register (src/outputs/register.ts): a site with more charters than its home page lists. */
  'register.title': 'Organisations A to Z',
  'register.description': 'Every organisation with a charter on this site, by the first letter of its name.',
  'register.lead': {
    one: '{count} organisation has a charter on this site. Choose the first letter of its name.',
    other: '{count} organisations have charters on this site. Choose the first letter of the organisation’s name.',
  },
  'register.lettersLabel': 'Organisations by first letter',
  'register.letterLink': { one: '{letter}: {count} organisation', other: '{letter}: {count} organisations' },
  'register.letter.title': 'Organisations: {letter}',
  'register.charterCount': { one: '({count} charter)', other: '({count} charters)' },
  'register.organisation.lead': {
    one: 'This organisation has {count} charter on this site.',
    other: 'This organisation has {count} charters on this site.',
  },
  'register.organisation.back': 'Organisations under the letter {letter}',
  'register.find.heading': 'Find a charter',
  'register.find.count': { one: 'There is {count} charter on this site.', other: 'There are {count} charters on this site.' },
  'register.find.how': 'Choose the first letter of the name of the organisation that provides your service.',
  'register.find.all': 'All organisations, A to Z',
  'register.pagination.label': 'Pages of this list',
  'register.pagination.previous': 'Previous page',
  'register.pagination.next': 'Next page',
  'register.pagination.page': 'Page {page} of {pages}',
  'register.pagination.titled': '{title} (page {page} of {pages})',
  // The language switch (GOV.UK pages' "English | Cymraeg" links): each language named in itself.
  'language.name': 'English',
  'language.switch.label': 'Language',
} satisfies Record<string, Message>;

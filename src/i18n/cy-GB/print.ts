import type { PrintKey } from '../en-GB/index.ts';
import type { Message } from '../types.ts';

/**
 * Words in files and shared text, in Welsh; every key of ../en-GB/print.ts. Sources are
 * listed in ./index.ts; a term from elsewhere is noted beside its entry. Where these are:
 *
 * - [GOV.UK Frontend] alphagov/govuk-frontend, packages/govuk-frontend-review/src/views/
 *   examples/translated/index.njk (the Welsh examples of every component): "Tudalen 1" in
 *   pagination; counts in the character count (`{count} gair`, two `{count} air`, few, many
 *   and other `{count} o eiriau`: the noun mutates after the numeral even when it is written
 *   in digits, and larger counts take "o" and the plural); "Drwydded Llywodraeth Agored".
 * - [llyw.cymru] gov.wales page furniture: "Cyhoeddwyd gyntaf", "Diweddarwyd ddiwethaf"
 *   (hence "Adolygwyd ddiwethaf"); "anfonwch e-bost"; "Ffôn", "E-bost", "Gwefan", "Oriau agor"
 *   on its contact pages.
 * - [Ofcom] https://ofcom.org.uk/cymru/phones-telecoms-and-internet/advice-for-consumers/accessibility/text-relay-guide:
 *   "gwasanaeth cyfnewid testun" for text relay.
 * - [Senedd] Bil Iaith Arwyddion Prydain (IAP) (Cymru), 2025: "Iaith Arwyddion Prydain" for BSL.
 * - [Cyngor ar Bopeth] citizensadvice.org.uk (Welsh): "fformatau print bras neu sain".
 * - [BydTermCymru] the Welsh Government's term base: "hawdd ei ddeall" (easy read),
 *   "manylion cyswllt" (contact details), "technoleg gynorthwyol" (assistive technology),
 *   "fformat hygyrch" (accessible format).
 *
 * Grammar notes. "Argraffiad" (edition, masculine) is used rather than "fersiwn" (feminine),
 * so "print bras" after it never raises the question of mutation. "Siarter" is treated as
 * feminine ("y siarter hon"), as in Geiriadur Prifysgol Cymru, which also allows masculine:
 * a reviewer may prefer "y siarter hwn" — unsure. Names (organisations, titles) are never
 * placed where Welsh would mutate them: e.g. "Manylion cyswllt {organisation}" rather than
 * "Cysylltu â {organisation}", whose "â" would need "ag" before a vowel and an aspirate
 * mutation of the name.
 */
export const PRINT: Record<PrintKey, Message> = {
  'pdf.edition.large-print': 'print bras',
  'pdf.edition.clear-print': 'print clir',
  'pdf.edition.easy-read': 'hawdd ei ddeall',
  'pdf.documentTitle': '{title} ({edition})',
  // [GOV.UK Frontend] pagination "Tudalen 1"; "o" (of) before a numeral written in digits.
  'pdf.pageNumber': 'Tudalen {page} o {pages}',

  'pdf.firstPage.dates': '{lastReviewedLabel}: {lastReviewed}. {nextReviewLabel}: {nextReview}.',
  'dates.lastReviewed': 'Adolygwyd ddiwethaf',
  'dates.nextReview': 'Adolygiad nesaf',
  'dates.notStated': 'Nid yw’r siarter yn nodi hyn',
  'pdf.firstPage.edition.large-print': "Dyma'r argraffiad print bras.",
  'pdf.firstPage.edition.clear-print': "Dyma'r argraffiad print clir.",
  'pdf.firstPage.edition.easy-read': "Dyma'r argraffiad hawdd ei ddeall.",
  'pdf.firstPage.formats':
    '{edition} I gael y siarter hon mewn fformat arall, fel fersiwn hawdd ei ddeall, Braille, sain neu iaith arall, anfonwch e-bost at {email} neu ffoniwch {phone}. Mae hefyd ar gael ar y we yn {webPage}',
  'pdf.firstPage.formatsByEmail':
    '{edition} I gael y siarter hon mewn fformat arall, fel fersiwn hawdd ei ddeall, Braille, sain neu iaith arall, anfonwch e-bost at {email}. Mae hefyd ar gael ar y we yn {webPage}',

  // "Pobl ag anabledd dysgu": people with a learning disability, as gov.wales writes it.
  // The name first, as {operator} on the site pages: after "gan" it would have to mutate.
  'pdf.easyRead.from': '{organisation} sy’n cyhoeddi’r llyfryn hawdd ei ddeall hwn.',
  'pdf.easyRead.checked': "Mae pobl ag anabledd dysgu wedi gwirio'r llyfryn hwn: {group}, {date}.",
  'pdf.easyRead.notChecked': "Nid yw pobl ag anabledd dysgu wedi gwirio'r llyfryn hwn eto.",
  'pdf.easyRead.formats':
    'I gael y llyfryn hwn mewn ffordd arall, anfonwch e-bost at {email} neu ffoniwch {phone}. Mae hefyd ar gael ar y we yn {webPage}',
  'pdf.easyRead.formatsByEmail':
    'I gael y llyfryn hwn mewn ffordd arall, anfonwch e-bost at {email}. Mae hefyd ar gael ar y we yn {webPage}',

  // Standing notices. Siarter is feminine ("y siarter hon"), so "ei hadolygu" (h- before the
  // vowel after feminine "ei"), "wedi’i thynnu’n ôl", "ei thynnu" (aspirate mutation after
  // feminine "ei") and "ei bod". A date follows "yn" for a year ("yn 2011"), "ym mis" for a
  // month ("ym mis Rhagfyr 2011": Rhagfyr never mutates after "mis") and "ar" for a day ("ar 5
  // Mawrth 2024": a numeral does not mutate). "Cyfredol" takes the soft mutation after
  // predicative "yn": "yn gyfredol". "Mewn grym" (in force) says "applies".
  'notice.overdue.year': 'Roedd y siarter hon i fod i gael ei hadolygu yn {due}. Efallai ei bod wedi dyddio.',
  'notice.overdue.month': 'Roedd y siarter hon i fod i gael ei hadolygu ym mis {due}. Efallai ei bod wedi dyddio.',
  'notice.overdue.day': 'Roedd y siarter hon i fod i gael ei hadolygu ar {due}. Efallai ei bod wedi dyddio.',
  // The name after "mae", as {operator} on the site pages: after "cysylltwch â" it would need
  // "ag" before a vowel and the aspirate mutation. "I wirio": soft mutation after "i".
  'notice.check.emailOrPhone':
    'I wirio a yw’n dal yn gyfredol, mae {organisation} yn gallu helpu: anfonwch e-bost at {email} neu ffoniwch {phone}.',
  'notice.check.email': 'I wirio a yw’n dal yn gyfredol, mae {organisation} yn gallu helpu: anfonwch e-bost at {email}.',
  'notice.check.phone': 'I wirio a yw’n dal yn gyfredol, mae {organisation} yn gallu helpu: ffoniwch {phone}.',
  'notice.check.site':
    'I wirio a yw’n dal yn gyfredol, anfonwch e-bost at {email}. Mae {operator} yn rhedeg y wefan hon ac yn gallu helpu.',
  'notice.underReview': 'Mae’r siarter hon yn cael ei hadolygu. Mae’n dal mewn grym yn ystod yr adolygiad.',
  // The title as the subject after "mae", so it never mutates ("gan" in a passive would mutate it).
  'notice.superseded': 'Mae {replacement} wedi cymryd lle’r siarter hon. Nid yw’r siarter hon mewn grym mwyach.',
  'notice.withdrawn': 'Mae’r siarter hon wedi’i thynnu’n ôl. Nid yw mewn grym mwyach.',
  'notice.withdrawn.year': 'Cafodd y siarter hon ei thynnu’n ôl yn {date}. Nid yw mewn grym mwyach.',
  'notice.withdrawn.month': 'Cafodd y siarter hon ei thynnu’n ôl ym mis {date}. Nid yw mewn grym mwyach.',
  'notice.withdrawn.day': 'Cafodd y siarter hon ei thynnu’n ôl ar {date}. Nid yw mewn grym mwyach.',
  'notice.stillAvailable': 'Mae’n dal ar gael er gwybodaeth.',

  'pdf.link.email': 'Anfon e-bost at {email}',
  // Tudalen is feminine, so "gwe" mutates: "tudalen we".
  'pdf.link.webPage': 'Tudalen we: {url}',
  'contact.row': '{label}: {value}',
  // Punctuation only: the header and the value are the author's words, so nothing mutates.
  'pdf.table.cell': '{header}: {value}',
  // [BydTermCymru] "manylion cyswllt"; the genitive leaves the organisation's name unmutated.
  'contact.heading': 'Manylion cyswllt {organisation}',

  'contact.phone': 'Ffôn',
  'contact.phoneLabelled': 'Ffôn ({label})',
  // [Ofcom] "gwasanaeth cyfnewid testun"; shortened to the service's name as a label, as English "Text relay".
  'contact.textRelay': 'Cyfnewid testun',
  // [Senedd]
  'contact.bsl': 'Iaith Arwyddion Prydain',
  'contact.email': 'E-bost',
  'contact.emailLabelled': 'E-bost ({label})',
  'contact.post': 'Post',
  'contact.postLabelled': 'Post ({label})',
  'contact.hours': 'Oriau agor',
  'contact.website': 'Gwefan',

  // "Â ni": no mutation before n.
  'card.back.heading': 'Sut i gysylltu â ni',
  // [Cyngor ar Bopeth] "print bras"; [BydTermCymru] "hawdd ei ddeall".
  'card.back.formats': 'Print bras, hawdd ei ddeall a fformatau eraill: gofynnwch i ni.',
  // [llyw.cymru] "anfonwch e-bost"; "at" before the address, as pdf.firstPage.formats.
  'card.back.formatsByEmail': 'Print bras, hawdd ei ddeall a fformatau eraill: anfonwch e-bost at {email}',
  // Siarter is feminine: "llawn" takes the soft mutation after it, "y siarter lawn" (the full charter).
  'card.back.address': 'Y siarter lawn: {address}',
  // The site's contact when a charter gives no phone, text relay or email. Siarter is
  // feminine: "y siarter hon", and "ei hanfon" (h- before the vowel after feminine "ei").
  // {operator} follows "Mae", as the site guide asks operators to be named, so it never
  // mutates. "Na" takes the aspirate mutation: "na chyfeiriad". [BydTermCymru] "manylion
  // cyswllt". "Angen help?" drops the verb, as the English heading does.
  'card.back.site.heading': 'Angen help?',
  'card.back.site.noContact': "Nid yw'r siarter hon yn rhoi manylion cyswllt. Mae {operator} yn gallu helpu.",
  'card.back.site.noPhoneOrEmail': "Nid yw'r siarter hon yn rhoi rhif ffôn na chyfeiriad e-bost. Mae {operator} yn gallu helpu.",
  'card.back.site.formats': 'Gallant ei hanfon mewn print bras, hawdd ei ddeall neu fformat arall.',
  'card.bilingual.join': '{first} / {second}',
  'card.text.front': 'Blaen y cerdyn: {text}',
  'card.text.back': 'Cefn y cerdyn: {text}',
  // Cerdyn is masculine: "i'w argraffu" (no h- before the vowel).
  'card.print.title.wallet': "{title}: cerdyn waled i'w argraffu",
  'card.print.title.large-print': "{title}: cerdyn print bras (A6) i'w argraffu",
  // [BydTermCymru] "dwyieithog" (bilingual) follows the noun phrase it describes.
  'card.print.title.bilingual': "{title}: cerdyn print bras dwyieithog (A6) i'w argraffu",
  // Cerdyn: un cerdyn, dau gerdyn (soft mutation), then "o" and the plural, as [GOV.UK Frontend] counts.
  'card.sheet.title': {
    zero: '{title}: dalen o {count} cerdyn waled',
    one: '{title}: dalen o {count} cerdyn waled',
    two: '{title}: dalen o {count} gerdyn waled',
    few: '{title}: dalen o {count} o gardiau waled',
    many: '{title}: dalen o {count} o gardiau waled',
    other: '{title}: dalen o {count} o gardiau waled',
  },
  // One line each above the cards at 12 pt (at most 482 pt wide, tested): "Peidiwch â newid y
  // maint" (do not change the size) says "do not scale or fit to page" in the room there is.
  'card.sheet.note.front': 'Argraffwch ar 100 % (maint go iawn) ar A4. Peidiwch â newid y maint. Tudalen 1: y blaen.',
  'card.sheet.note.back': 'Tudalen 2: y cefn. Argraffwch ar gefn tudalen 1, gan droi ar yr ymyl hir.',
  // Llyfryn is masculine: "i'w argraffu" (ei, his; no mutation before a vowel), as the cards' titles.
  'pdf.booklet.title': "{title}: llyfryn A5 print clir, i'w argraffu yn unig",

  // "Argraffiad Braille", as "argraffiad print bras" above (argraffiad is masculine, so nothing
  // after it mutates); "Braille" is a name and does not mutate.
  'brf.titlePage.edition': 'Argraffiad Braille',
  // "Cryno" (concise) for contracted braille, as the National Library of Wales describes "y
  // fersiwn gryno o'r côd braille Cymraeg". "Braille Saesneg Unedig" for Unified English
  // Braille: unsure, no published Welsh name found; the English abbreviation follows it.
  'brf.code.ueb': 'Braille Saesneg Unedig (UEB), gradd 2 (cryno)',
  'brf.code.welsh': 'Braille Cymraeg, gradd 2 (cryno)',
  // Ffeil is feminine: "y ffeil … hon", "wedi ei gwirio" (ei, her: g does not mutate); copi is
  // masculine: "wedi’i wirio" (ei, his: soft mutation). "Gan gyfrifiadur", "gan drawsgrifiwr",
  // "o destun", "am gopi", "i ofyn": soft mutation after gan, o, am and i. "Trawsgrifiwr"
  // (transcriber), from "trawsgrifio": unsure, no BydTermCymru entry found.
  'brf.titlePage.note':
    'Gwnaed y ffeil Braille hon gan gyfrifiadur o destun y siarter. Nid yw trawsgrifiwr Braille wedi ei gwirio. I ofyn am gopi wedi’i wirio gan drawsgrifiwr, neu am fformat arall, anfonwch e-bost at {email} neu ffoniwch {phone}.',
  'brf.titlePage.noteByEmail':
    'Gwnaed y ffeil Braille hon gan gyfrifiadur o destun y siarter. Nid yw trawsgrifiwr Braille wedi ei gwirio. I ofyn am gopi wedi’i wirio gan drawsgrifiwr, neu am fformat arall, anfonwch e-bost at {email}.',
  'brf.contents': 'Cynnwys',

  // [BydTermCymru] "fformat hygyrch", "technoleg gynorthwyol" (technoleg is feminine: "gynorthwyol", "ei defnyddio").
  'request.subject': 'Cais am fformat hygyrch: {title}',
  'request.body':
    "Anfonwch y siarter hon ataf mewn fformat arall, os gwelwch yn dda.\n\nSiarter: {title}\nSefydliad: {organisation}\nTudalen we: {webPage}\n\nY fformat sydd ei angen arnaf (er enghraifft print bras, hawdd ei ddeall, Braille, sain, Iaith Arwyddion Prydain, neu iaith arall):\n\nTechnoleg gynorthwyol rwy'n ei defnyddio, os o gwbl:\n\nFy enw, a sut y gallwch gysylltu â mi:\n",

  // "Byddwn yn:" is followed by verb-nouns in the list ("ateb eich llythyrau").
  'charter.commitments.intro': 'Byddwn yn:',
  'charter.targets.intro': 'Targedau:',
  'charter.measures.intro': 'Sut y byddwn yn mesur hyn:',
  'easyRead.glossary.heading': 'Geiriau anodd',

  // "Dan drwydded": trwydded takes the soft mutation after "dan" ([GOV.UK Frontend] writes "o dan y Drwydded", after the feminine article).
  // Trwydded is feminine: "y drwydded hon".
  'pictures.credit':
    'Lluniau gan OpenMoji, openmoji.org. Gall unrhyw un eu defnyddio dan y drwydded hon: creativecommons.org/licenses/by-sa/4.0.',
};

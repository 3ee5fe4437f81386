import type { SiteKey } from '../en-GB/index.ts';
import type { Message } from '../types.ts';

/**
 * The website's own words in Welsh; every key of ../en-GB/site.ts. Sources are listed in
 * ./index.ts; the sources of each group of terms here are:
 *
 * - [GOV.UK Frontend] alphagov/govuk-frontend,
 *   packages/govuk-frontend-review/src/views/examples/translated/index.njk (the Welsh
 *   examples of every component): "Neidio i'r prif gynnwys" (skip link), "Dolenni cymorth"
 *   (the footer's hidden heading), "Cynnwys" (a contents title), "Cysylltwch", "Dewislen".
 * - [HMRC] hmrc/accessibility-statement-frontend, conf/messages.cy, and the HMRC service
 *   scaffold (hmrc/hmrc-frontend-scaffold.g8, conf/messages.cy): "Datganiad hygyrchedd ar gyfer
 *   …", "Hygyrchedd" (footer link), "Rhoi gwybod am broblemau hygyrchedd gyda'r …", "Mae gan
 *   AbilityNet gyngor ar wneud eich dyfais yn haws i'w defnyddio", "chwyddo … heb i'r testun
 *   ddisgyn oddi ar y sgrin", "darllenydd sgrin", "meddalwedd adnabod lleferydd", the 404 page
 *   ("Os gwnaethoch deipio'r cyfeiriad gwe …", "… wedi copïo'r cyfeiriad yn llawn").
 * - [HMCTS] Welsh accessibility statements of HM Courts & Tribunals Service (GLlTEM), which
 *   follow the same GOV.UK model statement: "Adborth a gwybodaeth gyswllt", "Y weithdrefn
 *   orfodi", "Gwybodaeth dechnegol am hygyrchedd y wefan hon", "Statws cydymffurfiaeth",
 *   "Cynnwys anhygyrch", "Diffyg cydymffurfio â'r rheoliadau hygyrchedd", "Cynnwys nad yw o
 *   fewn cwmpas y rheoliadau hygyrchedd", "Beth rydym yn ei wneud i wella hygyrchedd",
 *   "Paratoi'r datganiad hygyrchedd hwn", "Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus
 *   (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018", "Y Comisiwn Cydraddoldeb a Hawliau Dynol",
 *   "Gwasanaeth Cynghori a Chymorth Cydraddoldeb", "maen prawf llwyddiant", "Byddwn yn
 *   ystyried eich cais ac yn ymateb o fewn … diwrnod gwaith", "print bras".
 * - [llyw.cymru] gov.wales page furniture: "Cyhoeddwyd gyntaf", "Diweddarwyd ddiwethaf" (hence
 *   "Cyhoeddwyd", "Adolygwyd ddiwethaf"), "Lawrlwytho", "Ni ellir dod o hyd i'r dudalen" (its
 *   404 heading: GOV.UK and HMRC write "Heb ddod o hyd i'r dudalen"; gov.wales's form is used).
 * - [BydTermCymru] the Welsh Government's term base, as in ./print.ts: "hawdd ei ddeall" (easy
 *   read), "manylion cyswllt", "fformat hygyrch", "Iaith Arwyddion Prydain".
 *
 * Grammar, as in ./print.ts: "siarter" is feminine ("y siarter hon", "y siarter lawn");
 * "fersiwn" is feminine, so an easy read version is "fersiwn hawdd ei deall" (ei + the
 * feminine's aspirate mutation leaves "deall" as it is), while the format's name stays
 * "hawdd ei ddeall". Names (organisations, titles, the operator) are never placed after a
 * word that would mutate them ("gan", "i", "â", "o"): sentences put them first, after "yw"
 * or "Mae", in a genitive ("Manylion cyswllt {name}", "sef siarter {organisation}") or in
 * apposition ("y siarter “{title}”"). Counts: each plural form is written as it is said
 * after the numeral (un dudalen, dwy dudalen, tair tudalen, chwe thudalen; dau ddiwrnod).
 * Apostrophes are typographic (’), as in the English pages.
 */
export const SITE: Record<SiteKey, Message> = {
  'site.name': 'Siarteri gofal a chymorth',
  'site.pageTitle': '{title} – {siteName}',
  // [GOV.UK Frontend] skip link.
  'site.skipLink': 'Neidio i’r prif gynnwys',
  'site.nav.label': 'Y wefan',
  'site.nav.allCharters': 'Pob siarter',
  // [HMRC] footer link "Hygyrchedd".
  'site.nav.accessibility': 'Hygyrchedd',
  // [GOV.UK Frontend] footer visuallyHiddenTitle.
  'site.footer.heading': 'Dolenni cymorth',
  // [HMRC], [llyw.cymru] footer link.
  'site.footer.accessibility': 'Datganiad hygyrchedd',
  // "â" + aspirate mutation: tîm → thîm.
  'site.footer.contact': 'Cysylltu â thîm y wefan',
  'site.footer.contactSubject': 'Ynglŷn â gwefan y siarteri',
  'site.footer.sitemap': 'Map o’r wefan (XML)',
  // The operator's name first ("{operator} sy'n rhedeg …"), so no mutation after "gan".
  'site.footer.about':
    '{operator} sy’n rhedeg y wefan hon. Mae’r testun yn defnyddio’r ffont Atkinson Hyperlegible Next, a ddyluniwyd gan y Braille Institute ar gyfer darllenwyr â golwg gwan.',

  'home.description': 'Beth y gallwch ei ddisgwyl gan wasanaethau gofal a chymorth: eu siarteri, mewn fformatau y gallwch eu defnyddio.',
  'home.lead':
    'Mae siarter yn dweud beth y gallwch ei ddisgwyl gan wasanaeth: sut y cewch eich trin, pa mor gyflym y cewch ateb, a sut i gwyno. Gallwch ddarllen pob siarter yma ar y dudalen, a gallwch ofyn amdani mewn fformat arall.',
  'home.heading': 'Pob siarter',
  'home.easyReadLink': 'Fersiwn hawdd ei deall: {title}',

  // [llyw.cymru] 404 heading; the help sentences follow [HMRC]'s 404 page.
  'notFound.title': 'Ni ellir dod o hyd i’r dudalen',
  'notFound.description': 'Nid oedd modd dod o hyd i’r dudalen hon.',
  'notFound.help':
    'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei bastio, gwiriwch eich bod wedi copïo’r cyfeiriad yn llawn.',
  'notFound.allCharters': 'Gweld pob siarter',

  'charter.jump.easyRead': 'Darllen y fersiwn hawdd ei deall, gyda lluniau',
  // Definition-list terms. [llyw.cymru] "Cyhoeddwyd gyntaf", "Diweddarwyd ddiwethaf".
  'charter.facts.from': 'Gan',
  'charter.facts.fromService': '{organisation}, {service}',
  'charter.facts.for': 'Ar gyfer',
  'charter.facts.adopted': 'Mabwysiadwyd',
  'charter.facts.published': 'Cyhoeddwyd',
  'charter.facts.agreedThrough': 'Cytunwyd drwy',
  // Committees are named as "Pwyllgor …" (masculine), so nothing mutates after "i'r".
  'charter.facts.report': 'Adroddiad {number} i’r {committee}, {date}',
  // [GOV.UK Frontend] "Cynnwys".
  'charter.contents': 'Cynnwys',
  // As 'home.description' ("Beth y gallwch ei ddisgwyl").
  'charter.expect.heading': 'Beth y gallwch ei ddisgwyl',
  // Siarter is feminine: "y siarter lawn".
  'charter.expect.fullText': 'Darllen y siarter lawn',
  // As the card's back ('card.back.heading' in ./print.ts).
  'charter.reach.heading': 'Sut i gysylltu â ni',
  // "holl" + soft mutation: manylion → fanylion.
  'charter.reach.all': 'Yr holl fanylion cyswllt',
  // As 'charter.contact.none' and the card's 'card.back.site.noPhoneOrEmail'.
  'charter.reach.none': 'Nid yw’r siarter hon yn rhoi rhif ffôn, cyfeiriad e-bost na chyfeiriad post.',
  'charter.reach.noPhoneOrEmail': 'Nid yw’r siarter hon yn rhoi rhif ffôn na chyfeiriad e-bost.',
  // The operator's name after "Mae", so it is not mutated; "sy’n rhedeg y wefan hon" as 'site.footer.about'.
  'charter.reach.site': 'Mae {operator}, sy’n rhedeg y wefan hon, yn gallu helpu.',

  'charter.formats.heading': 'Cael y siarter hon mewn fformat arall',
  'charter.formats.easyRead': 'Fersiwn hawdd ei deall ar y wefan hon',
  // [llyw.cymru] "Lawrlwytho".
  'charter.formats.download': 'Lawrlwytho',
  // "fersiwn" is feminine: "fersiwn hawdd ei deall" (see above); "un" stands for it.
  'charter.formats.noEasyRead': 'Nid oes fersiwn hawdd ei deall o’r siarter hon. Gallwch ofyn am un isod.',
  'charter.formats.cardBelow': 'Mae {cardLink} (cerdyn waled gyda’r prif addewidion) isod.',
  'charter.formats.cardLink': 'cerdyn y siarter',
  'charter.formats.askHeading': 'Gofyn am fformat arall',
  // [HMCTS] "print bras"; [BydTermCymru] "hawdd ei ddeall", "Iaith Arwyddion Prydain".
  'charter.formats.askIntro':
    'Gallwch ofyn am y siarter hon mewn unrhyw fformat sydd ei angen arnoch, gan gynnwys print bras, hawdd ei ddeall, Braille, sain, Iaith Arwyddion Prydain neu iaith arall.',
  // The title in apposition to "y siarter", so "am" mutates "y", not the title.
  'charter.formats.askLink': 'Gofyn am y siarter “{title}” mewn fformat arall',
  // "sef cyfeiriad {organisation}": a genitive, so the name is not mutated (as it would be after "at").
  'charter.formats.askNoteOrganisation': '(mae hyn yn agor neges e-bost at {email}, sef cyfeiriad {organisation})',
  'charter.formats.askNoteSite': '(mae hyn yn agor neges e-bost at {email}, sef cyfeiriad y tîm sy’n rhedeg y wefan hon)',
  'charter.formats.phone': 'Neu ffoniwch {phone}.',
  // [HMCTS] "o fewn … diwrnod gwaith". Diwrnod is masculine: dau ddiwrnod; tri and chwe leave d unchanged.
  'charter.formats.reply': {
    zero: 'Byddwn yn ateb o fewn {count} diwrnod gwaith.',
    one: 'Byddwn yn ateb o fewn {count} diwrnod gwaith.',
    two: 'Byddwn yn ateb o fewn {count} ddiwrnod gwaith.',
    few: 'Byddwn yn ateb o fewn {count} diwrnod gwaith.',
    many: 'Byddwn yn ateb o fewn {count} diwrnod gwaith.',
    other: 'Byddwn yn ateb o fewn {count} diwrnod gwaith.',
  },

  'charter.contact.none':
    'Nid yw’r siarter hon yn rhoi rhif ffôn, cyfeiriad e-bost na chyfeiriad post. Gofynnwch i’r staff sy’n eich cefnogi, neu defnyddiwch y ddolen gais isod a byddwn yn anfon eich neges ymlaen.',

  'charter.card.heading': 'Cerdyn y siarter',
  'charter.card.intro': 'Cerdyn maint waled gyda’r prif addewidion a sut i gysylltu â ni. Gall staff ei argraffu a’i roi i bobl.',
  'charter.card.download': 'Lawrlwytho’r cerdyn',
  'charter.card.text': 'Testun y cerdyn',
  'charter.card.front': 'Blaen',
  'charter.card.back': 'Cefn',
  // "i’w rhoi" (eu, their: no mutation of rh), "i’w hargraffu" (eu + h before a vowel).
  'charter.card.printing': 'Staff sy’n argraffu cardiau i’w rhoi i bobl: mae’r ffeiliau, a sut i’w hargraffu, ar {printLink}.',
  // After "ar": tudalen → dudalen (also feminine after "y").
  'charter.card.printLink': 'y dudalen ar gyfer argraffu’r siarter hon',

  'charter.about.heading': 'Ynglŷn â’r dudalen hon',
  'charter.about.source': 'Mae’r dudalen hon yn cyhoeddi’r siarter “{title}”.',
  // "air am air" (word for word): an adverbial phrase, so gair takes the soft mutation.
  'charter.about.easyReadSource': 'Mae’r dudalen hon yn cyhoeddi’r llyfryn hawdd ei ddeall “{title}”, air am air.',
  'charter.about.original': 'Y ddogfen wreiddiol',
  // "a gyflwynwyd i'r {committee}" (which was put to the committee): see 'charter.facts.report'.
  'charter.about.report': 'Atodwyd y siarter i adroddiad {number}{subject}, a gyflwynwyd i’r {committee} ar {date}{author}{role}{dated}.',
  'charter.about.report.subject': ', “{subject}”',
  // Personal names are not mutated after "gan", as gov.wales writes them.
  // "awdur:" rather than "gan {author}", which would mutate the name (gan Pat → gan Bat).
  'charter.about.report.author': '; awdur: {author}',
  'charter.about.report.role': ', {role}',
  'charter.about.report.dated': ', dyddiedig {date}',
  'charter.about.corrected': 'Dim ond gwallau a gododd wrth gopïo’r testun a gywirwyd gennym, heb newid ei ystyr:',
  'charter.about.asWritten': 'Cyhoeddir y testun yn union fel y’i hysgrifennwyd.',

  // The name first, as 'pdf.easyRead.from': after "gan" or "o" it would have to mutate.
  'easyRead.from': '{organisation} sy’n cyhoeddi’r llyfryn hwn.',
  // "o" + rhestr: the link's own words carry the soft mutation ("restr").
  'easyRead.versionOf': 'Dyma’r fersiwn hawdd ei deall o {charterLink}.',
  'easyRead.charterLink': 'restr hirach o addewidion',
  // "Pobl ag anabledd dysgu", as ./print.ts (gov.wales).
  'easyRead.checked': 'Mae pobl ag anabledd dysgu wedi gwirio’r llyfryn hwn: {group}, {date}.',
  'easyRead.notChecked': 'Nid yw pobl ag anabledd dysgu wedi gwirio’r llyfryn hwn eto.',
  // Llyfryn is masculine: "hawdd ei ddeall".
  'easyRead.download': 'Lawrlwytho’r llyfryn hawdd ei ddeall hwn',
  // Rhestr is feminine: "y rhestr lawn".
  'easyRead.fullCharter': 'Darllen y rhestr lawn o addewidion',

  'downloads.details': '{facts}, {size}',
  // [HMCTS] "print bras"; "print clir" as ./print.ts.
  'downloads.largePrint': 'Print bras (testun {size} pwynt)',
  'downloads.clearPrint': 'Print clir (testun {size} pwynt)',
  'downloads.easyRead': 'Hawdd ei ddeall, gyda lluniau',
  // Tudalen is feminine: un dudalen, dwy dudalen, tair tudalen, chwe thudalen, ugain tudalen.
  'downloads.pdfPages': {
    zero: 'PDF, {count} tudalen',
    one: 'PDF, {count} dudalen',
    two: 'PDF, {count} dudalen',
    few: 'PDF, {count} tudalen',
    many: 'PDF, {count} thudalen',
    other: 'PDF, {count} tudalen',
  },
  'downloads.cardFront': 'Blaen y cerdyn',
  'downloads.cardBack': 'Cefn y cerdyn',
  'downloads.cardPng.facts': 'PNG, {width} × {height} mm, cydraniad {ppi} ppi',
  'downloads.cardPrint': 'Cerdyn waled ar gyfer siop argraffu',
  // Print trade terms: "gwaedu" (bleed) and "marciau tocio" (crop marks); unsure, see the report.
  'downloads.cardPrint.facts': 'PDF, {width} × {height} mm, gwaedu {bleed} mm, marciau tocio',
  'downloads.cardLargePrint': 'Cerdyn print bras',
  'downloads.cardLargePrint.facts': 'PDF, A6, testun {size} pwynt, gwaedu {bleed} mm, marciau tocio',
  'downloads.cardBilingual': 'Cerdyn print bras dwyieithog',
  // Iaith is feminine: "y ddwy iaith" (dwy, then soft mutation after the article).
  'downloads.cardBilingual.facts': 'PDF, A6, testun {size} pwynt yn y ddwy iaith, gwaedu {bleed} mm, marciau tocio',
  // Cerdyn is masculine: un cerdyn, dau gerdyn, tri cherdyn, chwe cherdyn, deg cerdyn; one card "i'w argraffu", several "i'w hargraffu".
  'downloads.cardSheet': {
    zero: 'Dalen o {count} cerdyn waled i’w hargraffu ar A4',
    one: 'Dalen o {count} cerdyn waled i’w argraffu ar A4',
    two: 'Dalen o {count} gerdyn waled i’w hargraffu ar A4',
    few: 'Dalen o {count} cherdyn waled i’w hargraffu ar A4',
    many: 'Dalen o {count} cherdyn waled i’w hargraffu ar A4',
    other: 'Dalen o {count} cerdyn waled i’w hargraffu ar A4',
  },
  'downloads.cardSheet.facts': 'PDF, argraffu ar 100 %, blaenau a chefnau',
  // Printing notes for staff, in the words of the sheet's own notes ('card.sheet.note.*' in
  // ./print.ts): "Argraffwch ar 100 % (maint go iawn)", "gan droi ar yr ymyl hir"; "gwaedu"
  // (bleed) and "marciau tocio" (crop marks) as the facts above. "ar gerdyn": ar + soft mutation.
  'downloads.print.actualSize': 'Argraffwch ar 100 % (maint go iawn). Peidiwch â newid y maint na dewis ffitio i’r dudalen.',
  // "a thudalen": a + aspirate mutation.
  'downloads.print.a4Duplex':
    'Argraffwch ar gerdyn A4, ar y ddwy ochr, gan droi ar yr ymyl hir: tudalen 1 yw’r blaen a thudalen 2 yw’r cefn.',
  // "ym mhob cornel": yn + nasal mutation.
  'downloads.print.cropMarks': 'Torrwch ar hyd y marciau tocio: mae’r llinellau byr ym mhob cornel yn dangos lle mae’r cerdyn yn gorffen.',
  'downloads.print.printShop': 'Neu anfonwch y ffeil fel y mae at siop argraffu: mae’n cynnwys gwaedu {bleed} mm a marciau tocio.',
  'downloads.cardPrint.purpose': 'Ar gyfer siop argraffu, i archebu cardiau waled: y blaen a’r cefn, gyda gwaedu a marciau tocio.',
  // Ffeil is feminine: "ei maint" (m does not mutate).
  'downloads.cardPrint.send': 'Anfonwch y ffeil hon at siop argraffu fel y mae. Peidiwch â newid ei maint.',
  // "am gardiau", "ar gerdyn": soft mutation after am and ar.
  'downloads.cardPrint.order': 'Gofynnwch am gardiau dwyochrog ar gerdyn trwchus, wedi’u torri i {width} × {height} mm ar y marciau tocio.',
  'downloads.cardPrint.proof': 'Gofynnwch am gael gweld proflen cyn iddynt eu hargraffu i gyd.',
  'downloads.cardLargePrint.purpose': 'Cerdyn A6 gyda’r un geiriau mewn print bras, ar gyfer pobl sydd angen testun mwy.',
  'downloads.cardBilingual.purpose': 'Y cerdyn print bras A6 gyda’r ddwy iaith ar bob ochr.',
  // "ar dudalen": ar + soft mutation.
  'downloads.cardSheet.purpose':
    'Ar gyfer argraffydd swyddfa: cardiau waled ar A4 i’w torri allan, y blaenau ar dudalen 1 a’r cefnau ar dudalen 2.',
  // "i’w flaen", "â’i gefn": ei (his, of the card) + soft mutation; "un ddalen": dalen is feminine.
  'downloads.cardSheet.duplex': 'Argraffwch ar gerdyn A4, ar y ddwy ochr, gan droi ar yr ymyl hir, fel bod pob cefn y tu ôl i’w flaen.',
  'downloads.cardSheet.test':
    'Argraffwch un ddalen ar bapur yn gyntaf a’i dal i fyny at y golau: dylai pob blaen fod yn union gyferbyn â’i gefn.',
  'downloads.cardSheet.cut':
    'Torrwch o un marc llwyd i’r llall ar draws y ddalen: mae’r marciau yn yr ymylon yn dangos lle mae pob cerdyn yn gorffen.',
  'downloads.clearPrintBooklet': 'Llyfryn A5 print clir (testun {size} pwynt)',
  // PDF is masculine: "i’w argraffu". Dalen is feminine: un ddalen, dwy ddalen (soft mutation),
  // tair dalen, chwe dalen (chwe mutates only c, p, t). "Ochr" is feminine: "y ddwy ochr", as
  // "y ddwy iaith". "Gan droi ar yr ymyl fer" (ymyl feminine: byr → fer), as 'card.sheet.note.back'
  // says "ar yr ymyl hir"; "a phlygwch" (aspirate mutation after "a"), "i faint" (soft after "i").
  'downloads.clearPrintBooklet.facts': {
    zero: 'PDF i’w argraffu yn unig: darllenwch y PDF print clir ar y sgrin. {count} dalen A4: argraffwch ar y ddwy ochr (gan droi ar yr ymyl fer) a phlygwch i faint A5',
    one: 'PDF i’w argraffu yn unig: darllenwch y PDF print clir ar y sgrin. {count} ddalen A4: argraffwch ar y ddwy ochr (gan droi ar yr ymyl fer) a phlygwch i faint A5',
    two: 'PDF i’w argraffu yn unig: darllenwch y PDF print clir ar y sgrin. {count} ddalen A4: argraffwch ar y ddwy ochr (gan droi ar yr ymyl fer) a phlygwch i faint A5',
    few: 'PDF i’w argraffu yn unig: darllenwch y PDF print clir ar y sgrin. {count} dalen A4: argraffwch ar y ddwy ochr (gan droi ar yr ymyl fer) a phlygwch i faint A5',
    many: 'PDF i’w argraffu yn unig: darllenwch y PDF print clir ar y sgrin. {count} dalen A4: argraffwch ar y ddwy ochr (gan droi ar yr ymyl fer) a phlygwch i faint A5',
    other:
      'PDF i’w argraffu yn unig: darllenwch y PDF print clir ar y sgrin. {count} dalen A4: argraffwch ar y ddwy ochr (gan droi ar yr ymyl fer) a phlygwch i faint A5',
  },
  // "wedi’i argraffu … a’i blygu": the booklet (llyfryn, masculine) → ei + soft mutation.
  'downloads.clearPrintBooklet.purpose':
    'Ar gyfer argraffydd swyddfa: y siarter print clir fel llyfryn A5, wedi’i argraffu ar bapur A4 a’i blygu. Ar y sgrin, defnyddiwch y PDF print clir.',
  // "yn nhrefn": yn + nasal mutation (trefn → nhrefn); "gosodiad" for a printer setting, as Microsoft's Welsh terms.
  'downloads.clearPrintBooklet.duplex':
    'Argraffwch ar bapur A4, ar y ddwy ochr, gan droi ar yr ymyl fer. Peidiwch â dewis gosodiad “llyfryn” yr argraffydd: mae’r ffeil eisoes yn nhrefn llyfryn.',
  // "y drefn": trefn is feminine (soft mutation after the article); "plygu yn ei hanner" is the set phrase for "fold in half".
  'downloads.clearPrintBooklet.fold':
    'Cadwch y dalennau yn y drefn y maen nhw’n dod allan, plygwch y pentwr yn ei hanner a styffylwch ddwywaith ar hyd y plyg.',
  'downloads.clearPrintBooklet.check': 'Gwiriwch y copi cyntaf: dylai rhifau’r tudalennau fod yn eu trefn, ar ymyl allanol pob tudalen.',
  // Beit is masculine: dau feit; tri and chwe leave b unchanged.
  'downloads.size.bytes': {
    zero: '{count} beit',
    one: '{count} beit',
    two: '{count} feit',
    few: '{count} beit',
    many: '{count} beit',
    other: '{count} beit',
  },
  'downloads.size.kb': '{size} KB',
  'downloads.size.mb': '{size} MB',
  // "Ffeil Braille barod": ffeil is feminine, so the adjective takes the soft mutation (parod →
  // barod); "Braille" is a name and does not mutate, as in the dictionary's other entries.
  // "Argraffyddion" (printers, the machines) for embossers, and "dangosyddion Braille" for
  // refreshable braille displays: unsure, no GOV.UK or BydTermCymru term found; a reviewer may
  // prefer "boglynwyr Braille" (from boglynnu, to emboss).
  'downloads.brf': 'Ffeil Braille barod (BRF) ar gyfer argraffyddion Braille a dangosyddion Braille',
  // Tudalen is feminine: un dudalen, dwy dudalen (soft mutation), tair tudalen, chwe thudalen
  // (aspirate), as 'downloads.pdfPages'.
  'downloads.brf.facts': {
    zero: 'BRF, {count} tudalen Braille',
    one: 'BRF, {count} dudalen Braille',
    two: 'BRF, {count} dudalen Braille',
    few: 'BRF, {count} tudalen Braille',
    many: 'BRF, {count} thudalen Braille',
    other: 'BRF, {count} tudalen Braille',
  },

  'outputs.largePrintPdf': 'Ffeiliau PDF print bras',
  'outputs.clearPrintPdf': 'Ffeiliau PDF print clir',
  'outputs.easyReadPdf': 'Ffeiliau PDF hawdd ei ddeall',
  'outputs.cardPng': 'Delweddau cerdyn (PNG)',
  'outputs.cardPrintPdf': 'Ffeiliau PDF cerdyn waled i’w hargraffu',
  'outputs.cardLargePrintPdf': 'Ffeiliau PDF cerdyn print bras',
  'outputs.cardBilingualPdf': 'Ffeiliau PDF cerdyn print bras dwyieithog',
  'outputs.cardSheetPdf': 'Ffeiliau PDF dalen A4 o gardiau',
  'outputs.clearPrintBookletPdf': 'Ffeiliau PDF llyfryn A5 print clir (i’w hargraffu yn unig)',
  // A plural noun does not mutate the adjective after it: "ffeiliau … parod".
  'outputs.brf': 'Ffeiliau Braille parod (BRF)',

  // "Argraffu’r siarter hon" (print this charter): a verb-noun, as [llyw.cymru] "Lawrlwytho".
  'printPage.title': 'Argraffu’r siarter hon: {title}',
  // Siarter is feminine: "a’i cherdyn" (ei, her + aspirate mutation); the title in apposition.
  'printPage.description': 'Ffeiliau ar gyfer argraffu’r siarter “{title}” a’i cherdyn, a sut i argraffu pob un.',
  'printPage.heading': 'Argraffu’r siarter hon',
  // "i’w roi": ei (the card's) + soft mutation; ffeil is feminine: "ei diben", "i’w hargraffu".
  'printPage.lead':
    'Ar gyfer staff sy’n argraffu cerdyn y siarter hon i’w roi i bobl. Mae pob ffeil yn dweud beth yw ei diben a sut i’w hargraffu.',
  'printPage.charter': 'Y siarter: {charterLink}',
  // "Gall pobl … lawrlwytho": the verb-noun after the subject takes the soft mutation.
  'printPage.readers': 'Gall pobl sy’n defnyddio’r gwasanaeth lawrlwytho’r siarter mewn fformatau eraill o {charterPageLink}.',
  // After "o": tudalen → dudalen.
  'printPage.charterPageLink': 'dudalen y siarter',
  'printPage.howTo': 'Sut i argraffu',
  'printPage.none': 'Nid oes gan y siarter hon ffeiliau ar gyfer argraffwyr.',

  // Accessibility statement: [HMRC] and [HMCTS] Welsh model statements, sentence by sentence.
  'statement.title': 'Datganiad hygyrchedd',
  'statement.description': 'Pa mor hygyrch yw {siteName}, a sut i ofyn am fformat arall neu roi gwybod am broblem.',
  'statement.heading': 'Datganiad hygyrchedd ar gyfer {siteName}',
  'statement.appliesTo': 'Mae’r datganiad hygyrchedd hwn yn berthnasol i’r wefan yn {siteLink}, gan gynnwys pob tudalen siarter arni.',
  'statement.runBy':
    '{operator} sy’n rhedeg y wefan hon. Rydym am i gymaint o bobl â phosibl allu defnyddio’r wefan hon. Er enghraifft, mae hynny’n golygu y dylech allu:',
  'statement.able.colours': 'newid lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau’r porwr neu’r ddyfais',
  'statement.able.zoom': 'chwyddo hyd at 400% heb i’r testun ddisgyn oddi ar y sgrin',
  'statement.able.keyboard': 'llywio’r wefan gyfan gan ddefnyddio bysellfwrdd yn unig neu feddalwedd adnabod lleferydd',
  'statement.able.screenReader':
    'gwrando ar y wefan gyfan gan ddefnyddio darllenydd sgrin (gan gynnwys y fersiynau diweddaraf o JAWS, NVDA a VoiceOver)',
  'statement.able.noJavaScript': 'defnyddio’r wefan heb JavaScript: nid yw’n defnyddio JavaScript o gwbl',
  'statement.simpleText':
    'Rydym hefyd wedi gwneud testun y wefan hon mor syml â phosibl i’w ddeall. Cyhoeddir y siarteri eu hunain yng ngeiriau’r sefydliadau a’u hysgrifennodd.',
  'statement.abilityNet': '{abilityNetLink} os oes gennych anabledd.',
  'statement.abilityNet.link': 'Mae gan AbilityNet gyngor ar wneud eich dyfais yn haws i’w defnyddio',
  'statement.howAccessible.heading': 'Pa mor hygyrch yw’r wefan hon',
  'statement.howAccessible.knownIssues': 'Gwyddom nad yw rhai rhannau o’r wefan hon yn gwbl hygyrch:',
  'statement.howAccessible.noIssues':
    'Nid ydym yn gwybod am unrhyw ran o’r wefan hon na allwch ei defnyddio. Cafodd rhai siarteri eu hysgrifennu flynyddoedd lawer yn ôl ac maent yn defnyddio brawddegau hir; mae fersiynau hawdd eu deall yn cael eu hysgrifennu, a gallwch ofyn am un nawr.',
  'statement.feedback.heading': 'Adborth a gwybodaeth gyswllt',
  'statement.feedback.formats':
    'Os oes arnoch angen siarter mewn fformat gwahanol, fel print bras, hawdd ei ddeall, recordiad sain, Braille neu iaith arall, defnyddiwch y ddolen “Gofyn am y siarter mewn fformat arall” ar dudalen y siarter, neu {emailLink}.',
  'statement.emailLink': 'anfonwch e-bost at {email}',
  'statement.emailSubject': 'Hygyrchedd gwefan y siarteri',
  'statement.feedback.response': {
    zero: 'Byddwn yn ystyried eich cais ac yn ymateb o fewn {count} diwrnod gwaith.',
    one: 'Byddwn yn ystyried eich cais ac yn ymateb o fewn {count} diwrnod gwaith.',
    two: 'Byddwn yn ystyried eich cais ac yn ymateb o fewn {count} ddiwrnod gwaith.',
    few: 'Byddwn yn ystyried eich cais ac yn ymateb o fewn {count} diwrnod gwaith.',
    many: 'Byddwn yn ystyried eich cais ac yn ymateb o fewn {count} diwrnod gwaith.',
    other: 'Byddwn yn ystyried eich cais ac yn ymateb o fewn {count} diwrnod gwaith.',
  },
  'statement.reporting.heading': 'Rhoi gwybod am broblemau hygyrchedd gyda’r wefan hon',
  'statement.reporting.text':
    'Rydym bob amser yn ceisio gwella hygyrchedd y wefan hon. Os byddwch yn dod o hyd i unrhyw broblemau nad ydynt wedi’u rhestru ar y dudalen hon, neu os ydych o’r farn nad ydym yn bodloni gofynion hygyrchedd, {emailLink}.',
  'statement.enforcement.heading': 'Y weithdrefn orfodi',
  'statement.enforcement.ehrc':
    'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (y “rheoliadau hygyrchedd”). Os nad ydych yn hapus â sut rydym yn ymateb i’ch cwyn, {eassLink}.',
  'statement.enforcement.eassLink': 'cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)',
  'statement.enforcement.ni':
    'Os ydych yng Ngogledd Iwerddon ac nad ydych yn hapus â sut rydym yn ymateb i’ch cwyn, gallwch gysylltu â’r {ecniLink}.',
  // [HMRC] keeps the English name; the Welsh form is used here (unsure: see the report).
  'statement.enforcement.ecniLink': 'Comisiwn Cydraddoldeb Gogledd Iwerddon',
  'statement.technical.heading': 'Gwybodaeth dechnegol am hygyrchedd y wefan hon',
  'statement.technical.commitment':
    'Mae {operator} wedi ymrwymo i sicrhau bod y wefan hon yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.',
  'statement.compliance.heading': 'Statws cydymffurfiaeth',
  // Welsh names the standard before the guidelines: "safon AA Canllawiau Hygyrchedd Cynnwys y We".
  'statement.compliance.fully': 'Mae’r wefan hon yn cydymffurfio’n llawn â safon AA {wcagLink}.',
  'statement.compliance.partially': 'Mae’r wefan hon yn cydymffurfio’n rhannol â safon AA {wcagLink}.',
  'statement.compliance.not': 'Nid yw’r wefan hon yn cydymffurfio â safon AA {wcagLink}.',
  'statement.compliance.fullyWithIssues':
    'Mae’r wefan hon yn cydymffurfio’n llawn â safon AA {wcagLink}, ac eithrio’r achosion o beidio â chydymffurfio a restrir isod.',
  'statement.compliance.partiallyWithIssues':
    'Mae’r wefan hon yn cydymffurfio’n rhannol â safon AA {wcagLink}, oherwydd yr achosion o beidio â chydymffurfio a restrir isod.',
  'statement.compliance.notWithIssues':
    'Nid yw’r wefan hon yn cydymffurfio â safon AA {wcagLink}, oherwydd yr achosion o beidio â chydymffurfio a restrir isod.',
  'statement.compliance.wcagLink': 'Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2',
  'statement.nonAccessible.heading': 'Cynnwys anhygyrch',
  'statement.nonCompliance.heading': 'Diffyg cydymffurfio â’r rheoliadau hygyrchedd',
  'statement.issue.where': '{description} ({where})',
  // [HMCTS] "Mae hyn yn methu â bodloni … maen prawf llwyddiant"; plural "meini prawf".
  'statement.issue.fails': {
    zero: 'Mae hyn yn methu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    one: 'Mae hyn yn methu â bodloni maen prawf llwyddiant {criteria} WCAG 2.2.',
    two: 'Mae hyn yn methu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    few: 'Mae hyn yn methu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    many: 'Mae hyn yn methu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    other: 'Mae hyn yn methu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
  },
  'statement.issue.fixBy': 'Rydym yn bwriadu datrys hyn erbyn {date}.',
  'statement.nonCompliance.none': 'Nid ydym yn gwybod am unrhyw gynnwys sy’n methu â bodloni’r rheoliadau hygyrchedd.',
  'statement.burden.heading': 'Baich anghymesur',
  'statement.burden.text': 'Nid ydym yn honni y byddai unrhyw waith i wella hygyrchedd yn faich anghymesur.',
  'statement.outOfScope.heading': 'Cynnwys nad yw o fewn cwmpas y rheoliadau hygyrchedd',
  'statement.outOfScope.text': 'Dim: mae pob tudalen a dogfen ar y wefan hon wedi’u gwneud i fodloni’r rheoliadau.',
  'statement.improving.heading': 'Beth rydym yn ei wneud i wella hygyrchedd',
  'statement.improving.checks':
    'Mae pob newid yn cael ei wirio’n awtomatig cyn ei gyhoeddi: axe-core a Pa11y ar bob tudalen, a gwiriadau o bob PDF a cherdyn. Ni chaiff newid sy’n methu ei gyhoeddi.',
  'statement.improving.plans':
    'Byddwn yn trefnu i’r ffeiliau PDF gael eu gwirio gydag offeryn dilysu PDF/UA (PAC neu veraPDF), ac i’r fersiynau hawdd eu deall gael eu profi gyda phobl ag anabledd dysgu.',
  'statement.preparation.heading': 'Paratoi’r datganiad hygyrchedd hwn',
  'statement.preparation.dates': 'Cafodd y datganiad hwn ei baratoi ar {prepared}. Cafodd ei adolygu ddiwethaf ar {reviewed}.',
  // "fel a ganlyn: {testedBy}" keeps the tester's name or description out of reach of "gan".
  'statement.preparation.testedBy': 'Cafodd y wefan hon ei phrofi fel a ganlyn: {testedBy}. Cafodd pob tudalen, PDF a cherdyn eu profi.',
  // The counts follow a colon as a list, so no "a"/"ac" before a numeral is needed.
  'statement.preparation.lastCheck':
    'Cafodd y wefan hon ei gwirio’n awtomatig ddiwethaf ar {date}. {result} Gwiriwyd: {pages}, {pdfs}, {cardFiles}.',
  'statement.preparation.lastCheck.passed': 'Ni chanfuwyd unrhyw fethiannau.',
  // Methiant is masculine: un methiant, dau fethiant, tri methiant, chwe methiant.
  'statement.preparation.lastCheck.failed': {
    zero: 'Canfuwyd {count} methiant.',
    one: 'Canfuwyd {count} methiant.',
    two: 'Canfuwyd {count} fethiant.',
    few: 'Canfuwyd {count} methiant.',
    many: 'Canfuwyd {count} methiant.',
    other: 'Canfuwyd {count} methiant.',
  },
  // Tudalen as 'downloads.pdfPages'.
  'statement.count.pages': {
    zero: '{count} tudalen',
    one: '{count} dudalen',
    two: '{count} dudalen',
    few: '{count} tudalen',
    many: '{count} thudalen',
    other: '{count} tudalen',
  },
  // "PDF" is not mutated or pluralised after a numeral, as in 'downloads.pdfPages'.
  'statement.count.pdfs': {
    zero: '{count} PDF',
    one: '{count} PDF',
    two: '{count} PDF',
    few: '{count} PDF',
    many: '{count} PDF',
    other: '{count} PDF',
  },
  // Ffeil is feminine, but ff- does not mutate: un ffeil, dwy ffeil, tair ffeil, chwe ffeil.
  'statement.count.cardFiles': {
    zero: '{count} ffeil cerdyn',
    one: '{count} ffeil cerdyn',
    two: '{count} ffeil cerdyn',
    few: '{count} ffeil cerdyn',
    many: '{count} ffeil cerdyn',
    other: '{count} ffeil cerdyn',
  },
  'statement.preparation.noCheck': 'Nid oes cofnod eto o wiriad awtomatig.',
  // [HMCTS] "Mae’r cynnwys a restrir isod yn anhygyrch am y rhesymau canlynol."
  'statement.nonAccessible.intro': 'Mae’r cynnwys a restrir isod yn anhygyrch am y rhesymau canlynol.',
  // "Ein hadolygiad": ein adds h before a vowel.
  'statement.issue.reason': 'Ein hadolygiad: {reason}',
  'statement.issue.noFixDate': 'Nid ydym wedi pennu dyddiad i ddatrys hyn eto.',
  // "Gall hyn fethu": the verb-noun after "gall" takes the soft mutation.
  'statement.gap.mayFail': {
    zero: 'Gall hyn fethu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    one: 'Gall hyn fethu â bodloni maen prawf llwyddiant {criteria} WCAG 2.2.',
    two: 'Gall hyn fethu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    few: 'Gall hyn fethu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    many: 'Gall hyn fethu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
    other: 'Gall hyn fethu â bodloni meini prawf llwyddiant {criteria} WCAG 2.2.',
  },
  // Maen prawf is masculine: "ei wneud yn ofynnol" (ei + soft mutation).
  'statement.gap.beyondAa':
    'Mae hyn yn ymwneud â maen prawf llwyddiant {criteria} WCAG 2.2, ar lefel AAA, nad yw’r rheoliadau yn ei wneud yn ofynnol.',
  // "Technoleg gynorthwyol" as in ./print.ts; "gan dechnoleg": gan takes the soft mutation.
  'statement.gap.pdfua':
    'Mae ein ffeiliau PDF wedi’u tagio ar gyfer darllenwyr sgrin, ac mae gwiriadau awtomatig yn profi eu tagiau, ond nid ydynt eto wedi’u gwirio gydag offeryn dilysu PDF/UA (veraPDF neu PAC) na’u darllen gyda darllenydd sgrin, felly efallai na fydd rhai yn cael eu darllen yn gywir gan dechnoleg gynorthwyol.',
  // Fersiynau (plural) "hawdd eu deall"; tudalen (feminine) "hawdd ei deall", "wedi’i gwirio".
  'statement.gap.easyRead':
    'Nid yw ein fersiynau hawdd eu deall wedi’u profi eto gyda phobl ag anabledd dysgu. Mae pob tudalen hawdd ei deall yn dweud a yw wedi’i gwirio.',
  // "Testun amgen" (alternative text); "yn nhestun": yn takes the nasal mutation.
  'statement.gap.cardImages':
    'Mae cardiau’r siarteri yn cael eu dangos ar dudalen pob siarter fel lluniau o’r cerdyn printiedig. Mae eu geiriau hefyd ar y dudalen fel testun, o dan “{label}”, ac yn nhestun amgen y lluniau.',
  'statement.feedback.phone': 'Gallwch hefyd ffonio {phone}.',
  'statement.feedback.relayUk': 'Os na allwch glywed na siarad ar y ffôn, gallwch ddefnyddio Relay UK: deialwch 18001 ac yna {phone}.',
  // Methiant as 'statement.preparation.lastCheck.failed'; "ei adolygu" (his: soft mutation is none before a vowel).
  'statement.preparation.lastCheck.accepted': {
    zero: 'Derbyniwyd {count} methiant hysbys ar ôl eu hadolygu, ac maent wedi’u rhestru uchod.',
    one: 'Derbyniwyd {count} methiant hysbys ar ôl ei adolygu, ac mae wedi’i restru uchod.',
    two: 'Derbyniwyd {count} fethiant hysbys ar ôl eu hadolygu, ac maent wedi’u rhestru uchod.',
    few: 'Derbyniwyd {count} methiant hysbys ar ôl eu hadolygu, ac maent wedi’u rhestru uchod.',
    many: 'Derbyniwyd {count} methiant hysbys ar ôl eu hadolygu, ac maent wedi’u rhestru uchod.',
    other: 'Derbyniwyd {count} methiant hysbys ar ôl eu hadolygu, ac maent wedi’u rhestru uchod.',
  },
  // "Ni wnaethom brofi": the verb-noun after the verb takes the soft mutation; "a phob": a takes the aspirate.
  'statement.preparation.sample':
    'Ni wnaethom brofi sampl: mae’r gwiriadau awtomatig yn rhedeg ar bob tudalen a phob ffeil y mae’r wefan hon yn eu cyhoeddi.',
  // "Gallwch ddarllen": soft mutation after "gallwch".
  'statement.preparation.report':
    'Gallwch ddarllen {reportLink}: ar gyfer pob maen prawf llwyddiant WCAG 2.2, beth a brofwyd ar bob tudalen a ffeil, sut a gyda pha ganlyniad, a beth sydd eto i bobl ei wirio.',
  'statement.preparation.reportLink': 'adroddiad llawn y gwiriadau hygyrchedd',
  // The report is published once, in the site's own language (English on a bilingual site).
  'statement.preparation.reportLink.otherLanguage': 'adroddiad llawn y gwiriadau hygyrchedd (yn Saesneg)',
  'statement.preparation.checks':
    'Y gwiriadau awtomatig yw axe-core a Pa11y ar bob tudalen, gwiriadau gosodiad (ail-lifo ar 320 picsel, bylchau testun, ffocws gweladwy, maint targedau), dilysu HTML, a gwiriadau o bob PDF a cherdyn. Dim ond rhai problemau y mae gwiriadau awtomatig yn eu canfod.',
  // The auditor's report. Terms: "adroddiad" (report), "gwiriad" (check), "canfyddiad"
  // (finding), "methiant" (failure), "rhybudd" (warning), "maen prawf llwyddiant" / "meini
  // prawf llwyddiant" [HMCTS], "â llaw" (manual) [BydTermCymru], "llinell sylfaen" (baseline)
  // [BydTermCymru], "pwynt gwirio" (checkpoint), "offeryn dilysu" (validator). Numerals take
  // the singular noun, mutated as said: methiant, rhybudd, gwiriad and maen prawf are
  // masculine (dau fethiant, dau rybudd, dau wiriad, dau faen prawf); rheol and tudalen are
  // feminine (dwy reol, dwy dudalen; tair rheol; chwe thudalen); ffeil does not mutate. Names
  // (who made a check, who accepted a finding) are kept out of mutating positions after
  // "gan", as elsewhere: "Pwy a wiriodd: {who}", "gan yr adolygydd {reviewer}".
  'report.title': 'Adroddiad y gwiriadau hygyrchedd',
  // "Gyda pha ganlyniad": pa takes the soft mutation, gyda the aspirate (pa → pha).
  'report.description':
    'Beth a brofodd y gwiriadau hygyrchedd awtomatig ar bob tudalen a ffeil, sut, a gyda pha ganlyniad, ar gyfer pob maen prawf llwyddiant WCAG 2.2, a beth sydd eto i bobl ei wirio.',
  'report.count.pages': {
    zero: '{count} tudalen',
    one: '{count} dudalen',
    two: '{count} dudalen',
    few: '{count} tudalen',
    many: '{count} thudalen',
    other: '{count} tudalen',
  },
  'report.count.files': {
    zero: '{count} ffeil',
    one: '{count} ffeil',
    two: '{count} ffeil',
    few: '{count} ffeil',
    many: '{count} ffeil',
    other: '{count} ffeil',
  },
  // "Rhediad" (a run, masculine): "y rhediad hwn".
  'report.verdict.incomplete': {
    zero: 'Anghyflawn: ni allai {count} gwiriad redeg, felly nid yw’r rhediad hwn wedi pasio.',
    one: 'Anghyflawn: ni allai {count} gwiriad redeg, felly nid yw’r rhediad hwn wedi pasio.',
    two: 'Anghyflawn: ni allai {count} wiriad redeg, felly nid yw’r rhediad hwn wedi pasio.',
    few: 'Anghyflawn: ni allai {count} gwiriad redeg, felly nid yw’r rhediad hwn wedi pasio.',
    many: 'Anghyflawn: ni allai {count} gwiriad redeg, felly nid yw’r rhediad hwn wedi pasio.',
    other: 'Anghyflawn: ni allai {count} gwiriad redeg, felly nid yw’r rhediad hwn wedi pasio.',
  },
  // What was checked follows a colon as a list, as 'statement.preparation.lastCheck', so no
  // "a"/"ac" falls before a numeral.
  'report.verdict.failed': {
    zero: 'Canfu’r gwiriadau awtomatig {count} methiant. Gwiriwyd: {pages}, {files}.',
    one: 'Canfu’r gwiriadau awtomatig {count} methiant. Gwiriwyd: {pages}, {files}.',
    two: 'Canfu’r gwiriadau awtomatig {count} fethiant. Gwiriwyd: {pages}, {files}.',
    few: 'Canfu’r gwiriadau awtomatig {count} methiant. Gwiriwyd: {pages}, {files}.',
    many: 'Canfu’r gwiriadau awtomatig {count} methiant. Gwiriwyd: {pages}, {files}.',
    other: 'Canfu’r gwiriadau awtomatig {count} methiant. Gwiriwyd: {pages}, {files}.',
  },
  'report.verdict.passed': 'Ni chanfu’r gwiriadau awtomatig unrhyw fethiannau. Gwiriwyd: {pages}, {files}.',
  'report.verdict.accepted': {
    zero: 'Mae {count} methiant hysbys wedi’u derbyn yn y llinell sylfaen a adolygwyd, ac maent wedi’u rhestru gyda’u rhesymau.',
    one: 'Mae {count} methiant hysbys wedi’i dderbyn yn y llinell sylfaen a adolygwyd, ac mae wedi’i restru gyda’i reswm.',
    two: 'Mae {count} fethiant hysbys wedi’u derbyn yn y llinell sylfaen a adolygwyd, ac maent wedi’u rhestru gyda’u rhesymau.',
    few: 'Mae {count} methiant hysbys wedi’u derbyn yn y llinell sylfaen a adolygwyd, ac maent wedi’u rhestru gyda’u rhesymau.',
    many: 'Mae {count} methiant hysbys wedi’u derbyn yn y llinell sylfaen a adolygwyd, ac maent wedi’u rhestru gyda’u rhesymau.',
    other: 'Mae {count} methiant hysbys wedi’u derbyn yn y llinell sylfaen a adolygwyd, ac maent wedi’u rhestru gyda’u rhesymau.',
  },
  'report.verdict.warnings': {
    zero: 'Mae {count} rhybudd.',
    one: 'Mae {count} rhybudd.',
    two: 'Mae {count} rybudd.',
    few: 'Mae {count} rhybudd.',
    many: 'Mae {count} rhybudd.',
    other: 'Mae {count} rhybudd.',
  },
  'report.verdict.carried': {
    zero: 'Dim ond yr hyn a newidiodd a wiriwyd eto: mae’r canlyniadau ar gyfer {count} tudalen a ffeil heb eu newid yn dod o’r rhediad ar {date} am {time} UTC.',
    one: 'Dim ond yr hyn a newidiodd a wiriwyd eto: mae’r canlyniadau ar gyfer {count} dudalen neu ffeil heb ei newid yn dod o’r rhediad ar {date} am {time} UTC.',
    two: 'Dim ond yr hyn a newidiodd a wiriwyd eto: mae’r canlyniadau ar gyfer {count} dudalen a ffeil heb eu newid yn dod o’r rhediad ar {date} am {time} UTC.',
    few: 'Dim ond yr hyn a newidiodd a wiriwyd eto: mae’r canlyniadau ar gyfer {count} tudalen a ffeil heb eu newid yn dod o’r rhediad ar {date} am {time} UTC.',
    many: 'Dim ond yr hyn a newidiodd a wiriwyd eto: mae’r canlyniadau ar gyfer {count} tudalen a ffeil heb eu newid yn dod o’r rhediad ar {date} am {time} UTC.',
    other:
      'Dim ond yr hyn a newidiodd a wiriwyd eto: mae’r canlyniadau ar gyfer {count} tudalen a ffeil heb eu newid yn dod o’r rhediad ar {date} am {time} UTC.',
  },
  'report.incomplete.intro': {
    zero: 'Ni allai’r {count} gwiriad hyn redeg:',
    one: 'Ni allai’r gwiriad hwn redeg:',
    two: 'Ni allai’r {count} wiriad hyn redeg:',
    few: 'Ni allai’r {count} gwiriad hyn redeg:',
    many: 'Ni allai’r {count} gwiriad hyn redeg:',
    other: 'Ni allai’r {count} gwiriad hyn redeg:',
  },
  'report.checkedOn': 'Gwiriwyd ar {date} am {time} UTC.',
  // "A wiriwyd": the relative "a" takes the soft mutation.
  'report.folder': 'Y ffolder a wiriwyd: {folder}.',
  'report.notConformance':
    'Gwiriadau awtomatig yw’r rhain. Nid yw eu pasio yn dangos bod y wefan yn bodloni WCAG 2.2 AA, na bod y ffeiliau PDF yn bodloni PDF/UA-1: mae tabl y meini prawf llwyddiant yn dweud, ar gyfer pob un, beth a brofwyd yn awtomatig a beth sydd eto i berson ei wirio.',
  // "Yr un dystiolaeth": tystiolaeth is feminine, so it mutates after "yr un".
  'report.data': 'Mae’r un dystiolaeth yn {jsonLink}.',
  'report.data.link': 'report.json (darllenadwy gan beiriant)',
  'report.statement': 'Mae’r adroddiad hwn yn dystiolaeth ar gyfer y {statementLink}.',
  'report.statement.link': 'datganiad hygyrchedd',
  'report.scope.page': 'Tudalennau gwe',
  'report.scope.pdf': 'Ffeiliau PDF wedi’u tagio',
  'report.scope.cardPdf': 'Ffeiliau PDF cardiau',
  // "I’w hargraffu": the plural "eu" adds h before a vowel.
  'report.scope.printBooklet': 'Llyfrynnau i’w hargraffu yn unig',
  'report.scope.cardPng': 'Delweddau cardiau',
  'report.scope.text': 'Ffeiliau testun',
  'report.scope.braille': 'Ffeiliau Braille',
  // "Maniffest" for the build's checks-manifest.json: unsure, no BydTermCymru entry found.
  'report.format.unlistedPdf': 'Ffeiliau PDF nad ydynt yn y maniffest',
  'report.tool.axe': 'axe-core',
  'report.tool.alfa': 'Siteimprove Alfa',
  'report.tool.pa11y': 'Pa11y (HTML_CodeSniffer)',
  'report.tool.layout': 'gwiriadau gosodiad',
  'report.tool.htmlValidate': 'html-validate',
  'report.tool.vnu': 'Nu Html Checker',
  'report.tool.pdf': 'gwiriadau PDF',
  'report.tool.card': 'gwiriadau cardiau',
  'report.tool.text': 'gwiriadau testun',
  'report.tool.braille': 'gwiriadau Braille',
  'report.tool.manifest': 'gwiriadau’r maniffest',
  'report.tool.baseline': 'gwiriadau’r llinell sylfaen',
  'report.manualFormat.web': 'Tudalennau gwe',
  'report.manualFormat.pdf': 'Ffeiliau PDF',
  // The format's name, as 'charter.formats.easyRead': "hawdd ei ddeall".
  'report.manualFormat.easyRead': 'Hawdd ei ddeall',
  'report.manualFormat.card': 'Cardiau',
  'report.manualFormat.braille': 'Braille',
  'report.link.finding': 'canfyddiad {number}',
  'report.link.accepted': 'canfyddiad a dderbyniwyd {number}',
  'report.summary.heading': 'Canlyniadau fesul fformat',
  'report.summary.caption':
    'Y tudalennau a’r ffeiliau a wiriwyd, fesul fformat allbwn, gyda’r gwiriadau a redodd a’r hyn a ganfuwyd ganddynt',
  'report.summary.format': 'Fformat',
  'report.summary.checked': 'Nifer a wiriwyd',
  'report.summary.tools': 'Gwiriadau a redodd',
  'report.summary.failures': 'Methiannau',
  'report.summary.accepted': 'Wedi’u derbyn',
  'report.summary.warnings': 'Rhybuddion',
  'report.summary.result': 'Canlyniad',
  'report.summary.pdfNote':
    '“Gwiriadau wedi pasio” ar gyfer ffeiliau PDF: ni chanfu’r gwiriadau PDF a restrir o dan “Offer” unrhyw beth. Nid yw’n golygu cydymffurfio â PDF/UA-1: ni redodd unrhyw offeryn dilysu PDF/UA (veraPDF na PAC). Mae adran Protocol Matterhorn isod yn dweud pa bwyntiau gwirio y mae’r gwiriadau PDF yn eu cwmpasu.',
  'report.result.checksPassed': 'Gwiriadau wedi pasio',
  'report.result.failed': 'Wedi methu',
  'report.result.accepted': 'Wedi methu, wedi’i dderbyn yn y llinell sylfaen',
  'report.criteria.heading': 'Meini prawf llwyddiant WCAG 2.2, lefelau A ac AA',
  // "Ei brofi", "wedi’i gadarnhau": maen prawf is masculine, so "ei" takes the soft mutation.
  'report.criteria.intro':
    'Pob un o’r {count} maen prawf llwyddiant yn WCAG 2.2 ar lefelau A ac AA. Ar gyfer pob un: y rheolau awtomatig sy’n ei brofi, eu canlyniad ar y tudalennau a’r ffeiliau y cawsant eu rhedeg arnynt, a’r gwiriadau â llaw a gofnodwyd yn content/manual-checks.json. Dim ond pan fydd person wedi’i gadarnhau y bydd maen prawf yn pasio.',
  'report.criteria.count.fail': {
    zero: 'Mae {count} maen prawf yn methu.',
    one: 'Mae {count} maen prawf yn methu.',
    two: 'Mae {count} faen prawf yn methu.',
    few: 'Mae {count} maen prawf yn methu.',
    many: 'Mae {count} maen prawf yn methu.',
    other: 'Mae {count} maen prawf yn methu.',
  },
  'report.criteria.count.automatedOnly': {
    zero: 'Mae {count} maen prawf wedi pasio’r gwiriadau awtomatig ac mae angen gwiriad â llaw arnynt o hyd.',
    one: 'Mae {count} maen prawf wedi pasio’r gwiriadau awtomatig ac mae angen gwiriad â llaw arno o hyd.',
    two: 'Mae {count} faen prawf wedi pasio’r gwiriadau awtomatig ac mae angen gwiriad â llaw arnynt o hyd.',
    few: 'Mae {count} maen prawf wedi pasio’r gwiriadau awtomatig ac mae angen gwiriad â llaw arnynt o hyd.',
    many: 'Mae {count} maen prawf wedi pasio’r gwiriadau awtomatig ac mae angen gwiriad â llaw arnynt o hyd.',
    other: 'Mae {count} maen prawf wedi pasio’r gwiriadau awtomatig ac mae angen gwiriad â llaw arnynt o hyd.',
  },
  'report.criteria.count.untested': {
    zero: 'Nid oes gwiriad awtomatig ar gyfer {count} maen prawf: dim ond person a all eu gwirio.',
    one: 'Nid oes gwiriad awtomatig ar gyfer {count} maen prawf: dim ond person a all ei wirio.',
    two: 'Nid oes gwiriad awtomatig ar gyfer {count} faen prawf: dim ond person a all eu gwirio.',
    few: 'Nid oes gwiriad awtomatig ar gyfer {count} maen prawf: dim ond person a all eu gwirio.',
    many: 'Nid oes gwiriad awtomatig ar gyfer {count} maen prawf: dim ond person a all eu gwirio.',
    other: 'Nid oes gwiriad awtomatig ar gyfer {count} maen prawf: dim ond person a all eu gwirio.',
  },
  'report.criteria.count.confirmed': {
    zero: 'Mae person wedi cadarnhau {count} maen prawf.',
    one: 'Mae person wedi cadarnhau {count} maen prawf.',
    two: 'Mae person wedi cadarnhau {count} faen prawf.',
    few: 'Mae person wedi cadarnhau {count} maen prawf.',
    many: 'Mae person wedi cadarnhau {count} maen prawf.',
    other: 'Mae person wedi cadarnhau {count} maen prawf.',
  },
  // "A chanlyniadau": "a" takes the aspirate mutation.
  'report.criteria.caption': 'Meini prawf llwyddiant WCAG 2.2 ar lefelau A ac AA: canlyniadau awtomatig a chanlyniadau â llaw',
  'report.criteria.criterion': 'Maen prawf llwyddiant',
  'report.criteria.level': 'Lefel',
  'report.criteria.automated': 'Gwiriadau awtomatig',
  'report.criteria.manual': 'Gwiriadau â llaw',
  'report.criteria.result': 'Canlyniad',
  'report.criterion.result.fail': 'Yn methu',
  'report.criterion.result.pass': 'Yn pasio',
  'report.criterion.result.needsManual': 'Angen gwiriad â llaw',
  'report.automated.scope': '{scope}: {result}',
  'report.automated.pass': {
    zero: 'wedi pasio ({count} rheol)',
    one: 'wedi pasio ({count} rheol)',
    two: 'wedi pasio ({count} reol)',
    few: 'wedi pasio ({count} rheol)',
    many: 'wedi pasio ({count} rheol)',
    other: 'wedi pasio ({count} rheol)',
  },
  'report.automated.fail': {
    zero: '{count} methiant',
    one: '{count} methiant',
    two: '{count} fethiant',
    few: '{count} methiant',
    many: '{count} methiant',
    other: '{count} methiant',
  },
  'report.automated.accepted': {
    zero: '{count} methiant a dderbyniwyd',
    one: '{count} methiant a dderbyniwyd',
    two: '{count} fethiant a dderbyniwyd',
    few: '{count} methiant a dderbyniwyd',
    many: '{count} methiant a dderbyniwyd',
    other: '{count} methiant a dderbyniwyd',
  },
  'report.automated.untested': 'dim rheol ar gyfer y maen prawf hwn',
  'report.automated.none': 'Dim gwiriad awtomatig',
  'report.manual.cell': '{format}: {result}',
  'report.manual.result.pass': 'wedi pasio',
  'report.manual.result.fail': 'wedi methu',
  'report.manual.result.notApplicable': 'amherthnasol',
  'report.manual.result.notChecked': 'heb ei wirio',
  'report.criterion.about': 'Lefel {level}. Beth mae’n ei ofyn: {understanding}.',
  'report.criterion.understanding': 'tudalen Understanding W3C, yn Saesneg',
  'report.criterion.verdict': 'Canlyniad: {result}.',
  'report.criterion.noRule': 'Nid oes rheol awtomatig yn profi’r maen prawf hwn: dim ond person a all ei wirio.',
  'report.criterion.scope': '{scope} ({targets}): {result}.',
  'report.criterion.rules': 'Rheolau: {rules}.',
  'report.criterion.failures': 'Methiannau: {links}.',
  'report.criterion.acceptedFindings': 'Wedi’u derbyn: {links}.',
  'report.criterion.warnings': 'Rhybuddion: {links}.',
  // "Gan bobl": gan takes the soft mutation (pobl → bobl).
  'report.criterion.manual': 'Gwiriadau gan bobl:',
  'report.manual.notChecked': '{format}: nid yw person wedi’i wirio eto.',
  // The name after a colon, not after "gan", so it never mutates.
  'report.manual.done': '{format}: {result}. Pwy a wiriodd: {who}, ar {date}.',
  'report.manual.method': 'Sut: {method}.',
  'report.manual.reason': 'Pam nad yw’n berthnasol: {reason}.',
  'report.manual.notes': 'Nodiadau: {notes}',
  'report.findings.heading': 'Canfyddiadau',
  'report.findings.none': 'Ni chanfu’r gwiriadau awtomatig unrhyw fethiant na rhybudd.',
  'report.finding.failure': 'Methiant {number}:',
  'report.finding.warning': 'Rhybudd {number}:',
  'report.finding.accepted': 'Canfyddiad a dderbyniwyd {number}:',
  'report.finding.rule': 'Rheol',
  'report.finding.criteria': 'Meini prawf',
  'report.finding.noCriterion': 'Dim: arfer gorau, neu un o reolau’r prosiect hwn',
  'report.finding.where': 'Ble',
  'report.finding.alsoFoundBy': 'Wedi’i ganfod hefyd gan',
  'report.finding.help': 'Cymorth',
  'report.finding.helpLink': 'Am y rheol {rule} (yn Saesneg)',
  'report.finding.acceptedBy': 'Derbyniwyd',
  // The reviewer's name in apposition after "yr adolygydd", so "gan" mutates nothing.
  'report.finding.acceptedValue': 'gan yr adolygydd {reviewer}, ar {date}: {reason}',
  'report.finding.until': 'I’w drwsio erbyn',
  'report.accepted.heading': 'Canfyddiadau a dderbyniwyd',
  // "Gyda phwy": gyda takes the aspirate mutation (pwy → phwy).
  'report.accepted.intro':
    'Methiannau y mae adolygydd wedi’u derbyn yn content/accessibility-baseline.json, pob un gyda phwy a’i derbyniodd, pryd, pam a hyd pryd. Nid ydynt yn achosi i’r rhediad fethu, ac mae’r datganiad hygyrchedd yn eu rhestru fel cynnwys anhygyrch.',
  'report.other.heading': 'Canfyddiadau yn erbyn meini prawf eraill',
  // "Yn nhabl": yn takes the nasal mutation (tabl → nhabl).
  'report.other.intro':
    'Mae’r canfyddiadau hyn yn enwi maen prawf lefel AAA (mae’r cardiau wedi’u gwneud i gyferbyniad 7:1 maen prawf 1.4.6), neu 4.1.1, a dynnwyd o WCAG 2.2. Nid ydynt yn cael eu cyfrif yn nhabl y meini prawf A ac AA.',
  'report.matterhorn.heading': 'PDF/UA-1: pwyntiau gwirio Protocol Matterhorn',
  // "Ym mhob": yn takes the nasal mutation; "ni phrofwyd": ni takes the aspirate (p → ph).
  'report.matterhorn.intro':
    'Mae Protocol Matterhorn 1.1 (PDF Association) yn rhestru’r ffyrdd y gall PDF fethu PDF/UA-1. Mae’r gwiriadau PDF yn profi’r pwyntiau gwirio yn y tabl cyntaf ym mhob PDF wedi’i dagio ({files}). Nid dilysiad PDF/UA yw hwn: ni redodd veraPDF na PAC, ni phrofwyd pwyntiau gwirio peiriant eraill y protocol, ac mae angen person ar gyfer y pwyntiau gwirio yn yr ail dabl.',
  'report.matterhorn.booklets':
    'Nid ffeiliau PDF/UA yw’r llyfrynnau i’w hargraffu yn unig: mae gosod y tudalennau i’w hargraffu yn eu rhoi allan o drefn ddarllen, felly nid ydynt wedi’u tagio, yn fwriadol. Mae darllenwyr yn cael y PDF print clir wedi’i dagio.',
  'report.matterhorn.tested': 'Pwyntiau gwirio Matterhorn y mae’r gwiriadau PDF yn eu profi, a’u canlyniad',
  'report.matterhorn.human': 'Pwyntiau gwirio Matterhorn sydd angen person',
  'report.matterhorn.checkpoint': 'Pwynt gwirio',
  'report.matterhorn.condition': 'Cyflwr methu',
  'report.matterhorn.clause': 'Cymal PDF/UA-1',
  'report.matterhorn.how': 'Wedi’i brofi gan',
  'report.matterhorn.failed': 'Wedi methu: {links}',
  'report.matterhorn.accepted': 'Wedi methu, wedi’i dderbyn yn y llinell sylfaen: {links}',
  // "Gan berson": gan takes the soft mutation.
  'report.matterhorn.notChecked': 'Heb ei wirio gan berson eto',
  'report.matterhorn.partly.tables': 'yn rhannol: bod tabl yn cynnwys rhesi, a bod rhes yn cynnwys celloedd pennawd a data',
  'report.matterhorn.partly.lists': 'yn rhannol: bod rhestr yn cynnwys eitemau, a bod eitem yn cynnwys label a chorff',
  'report.matterhorn.partly.toUnicode': 'yn llymach: rhaid i bob ffont gael map ToUnicode',
  'report.manualChecks.heading': 'Beth sydd eto i bobl ei wirio',
  'report.manualChecks.intro':
    'Dim ond rhai problemau y mae offer awtomatig yn eu canfod. Mae content/manual-checks.json yn cofnodi’r gwiriadau y mae pobl wedi’u gwneud: un ar gyfer pob maen prawf llwyddiant ym mhob fformat, gyda phwy a’i gwnaeth, pryd, sut a’r canlyniad.',
  'report.manualChecks.progress': 'Mae {done} o’r {total} gwiriad â llaw wedi’u gwneud.',
  // The tasks complete "Mae angen i berson hefyd:", so each verb-noun takes the soft mutation
  // (rhedeg → redeg, defnyddio → ddefnyddio, profi → brofi).
  'report.manualChecks.also': 'Mae angen i berson hefyd:',
  'report.manualChecks.task.pdfua':
    'redeg pob PDF wedi’i dagio drwy offeryn dilysu PDF/UA (veraPDF neu PAC) a’i ddarllen gyda darllenydd sgrin',
  'report.manualChecks.task.assistive':
    'ddefnyddio pob tudalen gyda bysellfwrdd yn unig, darllenydd sgrin (NVDA, JAWS neu VoiceOver), meddalwedd adnabod lleferydd a chwyddo 400%',
  'report.manualChecks.task.easyRead': 'brofi pob fersiwn hawdd ei deall gyda phobl ag anabledd dysgu',
  'report.manualChecks.task.cards': 'argraffu’r cardiau ar 100% a’u gwirio yn y llaw',
  // "I ddarllenydd", "neu drawsgrifiwr", "X ddarllen": soft mutations; "heb ei phrawfddarllen":
  // ffeil is feminine, so ei (her) takes the aspirate mutation (p → ph).
  'report.manualChecks.task.braille':
    'gofyn i ddarllenydd Braille neu drawsgrifiwr ddarllen pob ffeil Braille barod (BRF): gwnaed hi gan gyfrifiadur, heb ei phrawfddarllen',
  'report.files.heading': 'Tudalennau a ffeiliau a wiriwyd',
  'report.files.caption': 'Pob tudalen a ffeil a wiriwyd, gyda’i fformat, y gwiriadau a redodd arni a’u canlyniad',
  'report.files.target': 'Tudalen neu ffeil',
  'report.tools.heading': 'Offer',
  'report.tools.caption': 'Yr offer a redodd, eu fersiynau, a beth a wiriodd pob un',
  'report.tools.tool': 'Offeryn',
  'report.tools.version': 'Fersiwn',
  'report.tools.checks': 'Beth a wiriodd',
  'report.translations.heading': 'Cyfieithiadau',
  // "Cyfatebiaeth" (correspondence) for parity: unsure, no BydTermCymru entry for the sense found.
  'report.translations.caption': 'Parau o dudalennau wedi’u cyfieithu, a’u cyfatebiaeth',
  'report.translations.pages': 'Tudalennau',
  'report.translations.parity': 'Cyfatebiaeth',
  'report.translations.pair': '{first} ({firstLang}) a {second} ({secondLang})',
  'report.translations.checked':
    'Yr un adrannau, ymrwymiadau, eitemau rhestr, rhesi tabl, rhifau ffôn, cyfeiriadau e-bost a dyddiadau (wedi’u gwirio gan y broses adeiladu)',
  'report.translations.notRequired': 'Heb ei wirio: nid yw’r wefan yn gofyn am gyfatebiaeth',
  // The register. "A i Y": the Welsh alphabet ends in Y. Sefydliad is masculine and siarter
  // feminine; neither s- word mutates after a numeral (un, dau/dwy, tri/tair, chwe), so every
  // plural form is the same. "Dewiswch lythyren": the object of an imperative takes soft mutation.
  'register.title': 'Sefydliadau A i Y',
  'register.description': 'Pob sefydliad sydd â siarter ar y wefan hon, yn ôl llythyren gyntaf ei enw.',
  'register.lead': {
    zero: 'Mae gan {count} sefydliad siarter ar y wefan hon. Dewiswch lythyren gyntaf enw’r sefydliad.',
    one: 'Mae gan {count} sefydliad siarter ar y wefan hon. Dewiswch lythyren gyntaf enw’r sefydliad.',
    two: 'Mae gan {count} sefydliad siarter ar y wefan hon. Dewiswch lythyren gyntaf enw’r sefydliad.',
    few: 'Mae gan {count} sefydliad siarter ar y wefan hon. Dewiswch lythyren gyntaf enw’r sefydliad.',
    many: 'Mae gan {count} sefydliad siarter ar y wefan hon. Dewiswch lythyren gyntaf enw’r sefydliad.',
    other: 'Mae gan {count} sefydliad siarter ar y wefan hon. Dewiswch lythyren gyntaf enw’r sefydliad.',
  },
  'register.lettersLabel': 'Sefydliadau yn ôl y llythyren gyntaf',
  'register.letterLink': {
    zero: '{letter}: {count} sefydliad',
    one: '{letter}: {count} sefydliad',
    two: '{letter}: {count} sefydliad',
    few: '{letter}: {count} sefydliad',
    many: '{letter}: {count} sefydliad',
    other: '{letter}: {count} sefydliad',
  },
  'register.letter.title': 'Sefydliadau: {letter}',
  'register.charterCount': {
    zero: '({count} siarter)',
    one: '({count} siarter)',
    two: '({count} siarter)',
    few: '({count} siarter)',
    many: '({count} siarter)',
    other: '({count} siarter)',
  },
  'register.organisation.lead': {
    zero: 'Mae gan y sefydliad hwn {count} siarter ar y wefan hon.',
    one: 'Mae gan y sefydliad hwn {count} siarter ar y wefan hon.',
    two: 'Mae gan y sefydliad hwn {count} siarter ar y wefan hon.',
    few: 'Mae gan y sefydliad hwn {count} siarter ar y wefan hon.',
    many: 'Mae gan y sefydliad hwn {count} siarter ar y wefan hon.',
    other: 'Mae gan y sefydliad hwn {count} siarter ar y wefan hon.',
  },
  'register.organisation.back': 'Sefydliadau dan y llythyren {letter}',
  'register.find.heading': 'Dod o hyd i siarter',
  'register.find.count': {
    zero: 'Mae {count} siarter ar y wefan hon.',
    one: 'Mae {count} siarter ar y wefan hon.',
    two: 'Mae {count} siarter ar y wefan hon.',
    few: 'Mae {count} siarter ar y wefan hon.',
    many: 'Mae {count} siarter ar y wefan hon.',
    other: 'Mae {count} siarter ar y wefan hon.',
  },
  'register.find.how': 'Dewiswch lythyren gyntaf enw’r sefydliad sy’n darparu eich gwasanaeth.',
  'register.find.all': 'Pob sefydliad, A i Y',
  // Tudalen is feminine: "tudalen flaenorol" (soft mutation of the adjective).
  'register.pagination.label': 'Tudalennau’r rhestr hon',
  'register.pagination.previous': 'Tudalen flaenorol',
  'register.pagination.next': 'Tudalen nesaf',
  'register.pagination.page': 'Tudalen {page} o {pages}',
  'register.pagination.titled': '{title} (tudalen {page} o {pages})',
  // [GOV.UK] the language links of GOV.UK's Welsh pages ("Cymraeg"); "Iaith" (language) as
  // the navigation's label.
  'language.name': 'Cymraeg',
  'language.switch.label': 'Iaith',
};

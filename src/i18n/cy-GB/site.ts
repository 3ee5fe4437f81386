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

  'outputs.largePrintPdf': 'Ffeiliau PDF print bras',
  'outputs.clearPrintPdf': 'Ffeiliau PDF print clir',
  'outputs.easyReadPdf': 'Ffeiliau PDF hawdd ei ddeall',
  'outputs.cardPng': 'Delweddau cerdyn (PNG)',
  'outputs.cardPrintPdf': 'Ffeiliau PDF cerdyn waled i’w hargraffu',
  'outputs.cardLargePrintPdf': 'Ffeiliau PDF cerdyn print bras',
  'outputs.cardBilingualPdf': 'Ffeiliau PDF cerdyn print bras dwyieithog',
  'outputs.cardSheetPdf': 'Ffeiliau PDF dalen A4 o gardiau',
  'outputs.clearPrintBookletPdf': 'Ffeiliau PDF llyfryn A5 print clir (i’w hargraffu yn unig)',

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
  'statement.preparation.checks':
    'Y gwiriadau awtomatig yw axe-core a Pa11y ar bob tudalen, gwiriadau gosodiad (ail-lifo ar 320 picsel, bylchau testun, ffocws gweladwy, maint targedau), dilysu HTML, a gwiriadau o bob PDF a cherdyn. Dim ond rhai problemau y mae gwiriadau awtomatig yn eu canfod.',
  // [GOV.UK] the language links of GOV.UK's Welsh pages ("Cymraeg"); "Iaith" (language) as
  // the navigation's label.
  'language.name': 'Cymraeg',
  'language.switch.label': 'Iaith',
};

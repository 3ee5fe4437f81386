import { PDFDict, PDFName, type PDFDocument, type PDFObject } from './pdf-lib.ts';
import { pdfDate, pdfFileId, pdfLanguage, pdfText } from './pdf-strings.ts';

export const PRODUCER = 'Accessible charter publications (pdf-lib)';

export interface DocumentFacts {
  /** Shown in the viewer's title bar (DisplayDocTitle; PDF/UA-1 §7.1). */
  title: string;
  /** BCP 47 language of the document (catalog /Lang). */
  language: string;
  author: string;
  subject: string;
  /** A date from the content, never the clock, so rebuilds are byte-identical. */
  date: Date;
  /** A content hash: the document ID. */
  seed: string;
  /**
   * Whether the file claims PDF/UA-1 in its XMP (`pdfuaid:part`). Every tagged file does
   * (the default); a print-only file that cannot be tagged truthfully (an imposed booklet,
   * ../pdf/booklet.ts) must not.
   */
  pdfUa?: boolean;
}

/**
 * The document information dictionary (ISO 32000-1 §14.3.3), every string through
 * pdf-strings.ts. Written here rather than with pdf-lib's setters because its
 * `setLanguage` writes the tag raw with `PDFString.of` (no escaping). Entries and objects
 * are made in the order pdf-lib's setters made them, so files differ from earlier builds
 * only in the strings whose encoding changed.
 */
function writeInfo(pdf: PDFDocument, facts: DocumentFacts): void {
  const ctx = pdf.context;
  const existing = ctx.lookup(ctx.trailerInfo.Info);
  const info = existing instanceof PDFDict ? existing : ctx.obj({});
  if (!(existing instanceof PDFDict)) ctx.trailerInfo.Info = ctx.register(info);
  const set = (key: string, value: PDFObject) => info.set(PDFName.of(key), value);
  set('Title', pdfText(facts.title));
  // PDF/UA-1 §7.1: viewers show the title, not the file name.
  pdf.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  pdf.catalog.set(PDFName.of('Lang'), pdfLanguage(facts.language));
  set('Author', pdfText(facts.author));
  set('Subject', pdfText(facts.subject));
  set('Producer', pdfText(PRODUCER));
  set('Creator', pdfText(PRODUCER));
  set('CreationDate', pdfDate(facts.date));
  set('ModDate', pdfDate(facts.date));
}

/** Info dictionary, XMP (dc:title, pdfuaid:part 1 unless `pdfUa` is false), /Lang, DisplayDocTitle and a content-derived /ID. */
export function writeDocumentMetadata(pdf: PDFDocument, facts: DocumentFacts): void {
  writeInfo(pdf, facts);
  const ctx = pdf.context;
  const xmp = xmpPacket({
    title: facts.title,
    creator: facts.author,
    language: facts.language,
    date: facts.date.toISOString().replace('.000Z', 'Z'),
    producer: PRODUCER,
    description: facts.subject,
    pdfUa: facts.pdfUa ?? true,
  });
  // XMP stays uncompressed so validators and indexers can read it (ISO 32000-1 §14.3.2).
  const metadata = ctx.register(ctx.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' }));
  pdf.catalog.set(PDFName.of('Metadata'), metadata);
  const id = pdfFileId(facts.seed.slice(0, 32));
  ctx.trailerInfo.ID = ctx.obj([id, id]);
}

/** Characters XML 1.0 does not allow at all (§2.2 Char): C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as XML character data for the XMP packet (ISO 16684-1, XML 1.0): markup characters
 * escaped, so a title holding `</rdf:li>` or `<?xpacket end` stays text, and characters XML
 * cannot hold at all replaced by U+FFFD, so the packet always parses. The packet is an
 * uncompressed stream, so the words `endstream` and `endobj` are written with a character
 * reference for their first letter: a reader repairing a damaged file by scanning for those
 * keywords (ISO 32000-1 §7.3.8.1 says /Length decides) cannot be led out of the stream.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/end(?=stream|obj)/gi, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** The XMP packet: title, creator, language, dates, and the PDF/UA identification (ISO 14289-1 §5) unless `pdfUa` is false. */
export function xmpPacket(fields: {
  title: string;
  creator: string;
  language: string;
  date: string;
  producer: string;
  description: string;
  pdfUa?: boolean;
}): string {
  const { title, creator, language, date, producer, description, pdfUa = true } = fields;
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeXml(creator)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(description)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${escapeXml(language)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<xmp:CreatorTool>${escapeXml(producer)}</xmp:CreatorTool>
<pdf:Producer>${escapeXml(producer)}</pdf:Producer>
${pdfUa ? '<pdfuaid:part>1</pdfuaid:part>\n' : ''}</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

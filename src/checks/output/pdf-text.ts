import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A text item as pdf.js reads it back, with the marked-content tag around it. */
export interface PdfTextItem {
  text: string;
  x: number;
  /** Baseline, from the page's bottom. */
  y: number;
  size: number;
  width: number;
  /** The innermost marked-content tag: a structure type, or "Artifact" for page furniture. */
  tag: string;
}

/** The page's non-empty text items in content order, each with its marked-content tag. */
export async function pdfTextItems(page: PDFPageProxy): Promise<PdfTextItem[]> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const stack: string[] = [];
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push((item as { tag?: string }).tag ?? '');
      else if (item.type === 'endMarkedContent') stack.pop();
      continue;
    }
    if (!item.str.trim()) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    items.push({ text: item.str, x, y, size: Math.hypot(a, b), width: item.width, tag: stack.at(-1) ?? '' });
  }
  return items;
}

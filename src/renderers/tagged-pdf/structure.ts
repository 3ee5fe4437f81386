/**
 * The logical structure of a tagged PDF, shared by every PDF the project writes (charters,
 * easy read, cards), and written out by tagging.ts.
 */

/** PDF standard structure types used (ISO 32000-1 §14.8.4; PDF/UA-1 §7). */
export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Link'
  /** Inline words in another language, with /Lang (PDF/UA-1 §7.2). */
  | 'Span'
  | 'BlockQuote'
  | 'Div'
  | 'Figure';

/** A node of the logical structure tree. Content and children attach in reading order as they are drawn. */
export interface StructNode {
  id: number;
  type: StructType;
  parent: StructNode | null;
  /** TH scope (PDF/UA-1 §7.5: table headers must say what they head). */
  scope?: 'Column' | 'Row';
  /** Link target (Link nodes). */
  href?: string;
  /** Text read for a link annotation (/Contents; Matterhorn 28-012). */
  contents?: string;
  /** Language of the element's content when it differs from the document's (/Lang; PDF/UA-1 §7.2). */
  lang?: string;
  /** Alternative text of a Figure (PDF/UA-1 §7.3: every figure has /Alt). */
  alt?: string;
  /** A Figure's bounding box [x1 y1 x2 y2] in pt (the Layout attribute PAC expects). */
  bbox?: [number, number, number, number];
}

/**
 * The Link a run's words belong to: its own node, or the Link around the Span of words in
 * another language inside the link text. The link's clickable area covers those words too.
 */
export function linkOf(struct: StructNode): StructNode | undefined {
  let node: StructNode | null = struct;
  while (node?.type === 'Span') node = node.parent;
  return node?.type === 'Link' ? node : undefined;
}

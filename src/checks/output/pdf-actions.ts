import { PDFArray, PDFDict, PDFHexString, PDFName, PDFStream, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { checkUrl } from '../../lib/safe-url.ts';

/**
 * No PDF we publish may do anything but open a link the reader chose. Actions (ISO 32000-1
 * §12.6) are how a PDF runs code or reaches out: JavaScript (§12.6.4.16), Launch (§12.6.4.5),
 * SubmitForm and ImportData (§12.7.5.2, §12.7.5.4), GoToR and GoToE (other files,
 * §12.6.4.3–4); and /OpenAction (§7.7.2) and /AA additional actions (§12.6.3) run them
 * without being asked. Our renderers write only URI actions on Link annotations
 * (§12.6.4.7), so anything else in a file means a string broke out or the file was altered.
 * PDF/UA-1 does not forbid scripts; PDF/A (ISO 19005-1 §6.6.1) does, and the project does.
 */
export interface ActionProblem {
  /** `pdf-link-action`, `pdf-link-uri`, `pdf-script-action`, `pdf-other-action`, `pdf-auto-action` or `pdf-javascript-names`. */
  rule: string;
  message: string;
  /** Where: the catalog, a page's annotation, or an object number. */
  element: string;
}

/** Action types that run code, submit or fetch data, or open other files. */
const FORBIDDEN_ACTIONS = new Set(['JavaScript', 'Launch', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE']);

/**
 * The actions a reader triggers by choosing something: /A on an annotation or bookmark, and
 * /Next, which chains more actions after it (ISO 32000-1 §12.6.2). Our renderers write only
 * URI actions here (bookmarks use /Dest), so any other type (Named, GoTo, Hide, Rendition,
 * Sound, Movie, ResetForm, SetOCGState, Trans, Thread, GoTo3DView) means an altered file.
 */
function chosenActions(dict: PDFDict): { type: string; key: string }[] {
  const actions: { type: string; key: string }[] = [];
  const add = (value: PDFObject | undefined, key: string) => {
    if (value instanceof PDFArray) value.asArray().forEach((_, index) => add(value.lookup(index), key));
    else if (value instanceof PDFDict) {
      const type = nameOf(value, 'S');
      if (type) actions.push({ type, key });
    }
  };
  // A link annotation's own /A is judged by pageProblems (pdf-link-action): not twice.
  if (nameOf(dict, 'Subtype') !== 'Link') add(dict.lookup(PDFName.of('A')), 'A');
  add(dict.lookup(PDFName.of('Next')), 'Next');
  return actions;
}

// Plain lookups with instanceof, not lookupMaybe: that throws on a value of another type,
// and a damaged or hostile file must give findings, not crash the check.
function nameOf(dict: PDFDict, key: string): string | undefined {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFName ? value.decodeText() : undefined;
}

function dictOf(container: PDFDict | PDFArray, key: string | number): PDFDict | undefined {
  const value = container instanceof PDFArray ? container.lookup(key as number) : container.lookup(PDFName.of(key as string));
  return value instanceof PDFDict ? value : undefined;
}

/** A /URI string's bytes as characters (URIs are 7-bit ASCII, §12.6.4.7; no text decoding). */
function uriOf(value: PDFObject | undefined): string | undefined {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
  return Array.from(value.asBytes(), (byte) => String.fromCharCode(byte)).join('');
}

/** Every dictionary in the file, direct or indirect, streams' dictionaries included, with its object number. */
function* allDicts(doc: PDFDocument): Generator<{ dict: PDFDict; where: string }> {
  function* inside(object: PDFObject, where: string): Generator<{ dict: PDFDict; where: string }> {
    if (object instanceof PDFStream) yield* inside(object.dict, where);
    else if (object instanceof PDFDict) {
      yield { dict: object, where };
      // Values that are references are enumerated as indirect objects themselves, so no cycles.
      for (const value of object.values()) yield* inside(value, where);
    } else if (object instanceof PDFArray) {
      for (const value of object.asArray()) yield* inside(value, where);
    }
  }
  for (const [ref, object] of doc.context.enumerateIndirectObjects())
    yield* inside(object, `object ${ref.objectNumber} ${ref.generationNumber} R`);
}

/** Forbidden action types and JavaScript anywhere, and URI actions the link rule refuses. */
function actionsAnywhere(doc: PDFDocument): ActionProblem[] {
  const problems: ActionProblem[] = [];
  for (const { dict, where } of allDicts(doc)) {
    const type = nameOf(dict, 'S');
    if (type && FORBIDDEN_ACTIONS.has(type)) {
      problems.push({
        rule: 'pdf-script-action',
        message: `The PDF has a /${type} action: published PDFs may only link to web pages, email addresses and phone numbers (ISO 32000-1 §12.6).`,
        element: where,
      });
    } else if (dict.has(PDFName.of('JS'))) {
      problems.push({
        rule: 'pdf-script-action',
        message: 'The PDF has JavaScript (/JS): published PDFs run no scripts (ISO 32000-1 §12.6.4.16).',
        element: where,
      });
    }
    for (const action of chosenActions(dict).filter(({ type: kind }) => kind !== 'URI' && !FORBIDDEN_ACTIONS.has(kind)))
      problems.push({
        rule: 'pdf-other-action',
        message: `The PDF has a /${action.type} action (under /${action.key}): published PDFs may only link to web pages, email addresses and phone numbers (/S /URI, ISO 32000-1 §12.6.4.7).`,
        element: where,
      });
    if (type === 'URI') {
      const uri = uriOf(dict.lookup(PDFName.of('URI')));
      const checked =
        uri === undefined
          ? undefined
          : /^[\x21-\x7e]+$/.test(uri)
            ? checkUrl(uri)
            : { ok: false as const, problem: 'it is not plain 7-bit ASCII' };
      if (!checked?.ok)
        problems.push({
          rule: 'pdf-link-uri',
          message: `A link goes to ${JSON.stringify(uri ?? '(no address)')}, which is not allowed: ${checked?.problem ?? 'the /URI is not a string'}. Links may only use https:, http:, mailto: and tel: (ISO 32000-1 §12.6.4.7).`,
          element: where,
        });
    }
  }
  return problems;
}

/** /OpenAction and /AA run actions when the file opens or a page or field is visited (§7.7.2, §12.6.3). */
function automaticActions(dict: PDFDict, where: string, keys: readonly string[]): ActionProblem[] {
  return keys
    .filter((key) => dict.has(PDFName.of(key)))
    .map((key) => ({
      rule: 'pdf-auto-action',
      message: `The ${where} has /${key}: an action that runs without the reader asking (ISO 32000-1 ${key === 'OpenAction' ? '§7.7.2' : '§12.6.3'}).`,
      element: where,
    }));
}

/** The catalog: no automatic actions, no document-level JavaScript name tree (§7.7.4). */
function catalogProblems(doc: PDFDocument): ActionProblem[] {
  const problems = automaticActions(doc.catalog, 'catalog', ['OpenAction', 'AA']);
  const names = dictOf(doc.catalog, 'Names');
  if (names?.has(PDFName.of('JavaScript')))
    problems.push({
      rule: 'pdf-javascript-names',
      message:
        'The catalog has a /Names /JavaScript tree: document-level scripts that run when the file opens (ISO 32000-1 §7.7.4, §12.6.4.16).',
      element: 'catalog /Names',
    });
  return problems;
}

/** Every page and its annotations: no /AA, and a Link annotation's action is a URI action. */
function pageProblems(doc: PDFDocument): ActionProblem[] {
  const problems: ActionProblem[] = [];
  doc.getPages().forEach((page, index) => {
    problems.push(...automaticActions(page.node, `page ${index + 1}`, ['AA']));
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) return;
    for (let i = 0; i < annots.size(); i += 1) {
      const annot = dictOf(annots, i);
      if (!annot) continue;
      const where = `page ${index + 1} annotation ${i + 1}`;
      problems.push(...automaticActions(annot, where, ['AA']));
      const action = dictOf(annot, 'A');
      const type = action ? nameOf(action, 'S') : undefined;
      if (nameOf(annot, 'Subtype') === 'Link' && action && type !== 'URI') {
        problems.push({
          rule: 'pdf-link-action',
          message: `A link annotation has a /${type ?? '(no type)'} action; links may only open an address (/S /URI, ISO 32000-1 §12.6.4.7).`,
          element: where,
        });
      }
    }
  });
  return problems;
}

/**
 * Every action in a PDF that is not a link the reader chooses to follow: forbidden action
 * types and JavaScript anywhere in the file, automatic actions on the catalog, pages and
 * annotations, link annotations with other actions, and link addresses the shared link rule
 * (src/lib/safe-url.ts) refuses.
 */
export function unsafeActions(doc: PDFDocument): ActionProblem[] {
  return [...catalogProblems(doc), ...pageProblems(doc), ...actionsAnywhere(doc)];
}

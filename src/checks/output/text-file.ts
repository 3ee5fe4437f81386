import type { CheckFinding } from './finding.ts';

/** What a plain-text download should hold, from the manifest. */
export interface TextExpectations {
  /** Text runs that must appear whole and in order. */
  text?: string[];
}

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * A plain-text file (any text format a reader downloads): valid UTF-8, and every run of the
 * source's text present, in order, so nothing the charter says is lost in the format.
 */
export function checkTextFile(target: string, bytes: Uint8Array, expected: TextExpectations = {}): CheckFinding[] {
  const finding = (rule: string, message: string): CheckFinding => ({
    format: 'text',
    tool: 'text',
    target,
    rule,
    severity: 'error',
    wcag: ['1.3.1'],
    message,
  });
  let text: string;
  try {
    text = normalise(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return [finding('text-encoding', 'The file is not valid UTF-8 text.')];
  }
  let from = 0;
  for (const run of expected.text ?? []) {
    const at = text.indexOf(normalise(run), from);
    if (at < 0) return [finding('text-content', `The text "${normalise(run).slice(0, 80)}" is missing or out of order.`)];
    from = at + normalise(run).length;
  }
  return [];
}

import { Audit, Outcome } from '@siteimprove/alfa-act';
import { Device, Display, Viewport } from '@siteimprove/alfa-device';
import { Document, Element, Node, Text } from '@siteimprove/alfa-dom';
import { Native } from '@siteimprove/alfa-dom/native';
import { Request, Response } from '@siteimprove/alfa-http';
import AllRules from '@siteimprove/alfa-rules';
import { Page as AlfaPage } from '@siteimprove/alfa-web';
import type { Page } from 'playwright-core';
import { WCAG22_CRITERIA } from '../criteria/wcag22.ts';
import type { CheckFinding } from './finding.ts';

/**
 * Siteimprove Alfa, a second engine beside axe-core: ACT rules (W3C Accessibility Conformance
 * Testing, https://www.w3.org/WAI/standards-guidelines/act/rules/) evaluated on the page as
 * Chromium rendered it. Where two engines agree on an element and criterion the report shows
 * one finding (merge-findings.ts); where they differ, an auditor sees both.
 */

/** WCAG 2.2's A and AA criteria, the level this site claims (4.1.1 Parsing is not one: 2.2 removed it). */
export const WCAG22_A_AA: ReadonlySet<string> = new Set(WCAG22_CRITERIA.map((criterion) => criterion.number));

type AlfaRule = typeof AllRules extends Iterable<infer R> ? R : never;

/** The WCAG criteria a rule's requirements name (Alfa also lists techniques, ARIA and EAA clauses). */
function criteriaOf(rule: AlfaRule): string[] {
  return rule.requirements
    .map((requirement) => requirement.toJSON())
    .filter((json) => json.type === 'criterion' && typeof json['chapter'] === 'string')
    .map((json) => String(json['chapter']));
}

/**
 * The rules run: those mapped to a WCAG 2.2 A or AA criterion (50 of Alfa 0.114's 91). Its
 * rules with no WCAG mapping are best practice that axe's best-practice rules already cover,
 * and its AAA-only rules (44 px targets everywhere, enhanced contrast, line length, …) judge a
 * level the site does not claim; leaving both out makes Alfa's audit about 4× faster (the 17
 * seed pages: 16 s against 62 s for all 91 rules, on a loaded 2-core machine).
 */
export const ALFA_RULES: AlfaRule[] = [...AllRules].filter((rule) => criteriaOf(rule).some((sc) => WCAG22_A_AA.has(sc)));

const ruleId = (rule: AlfaRule) => rule.uri.slice(rule.uri.lastIndexOf('/') + 1);

/** The element a target stands for: contrast rules target text nodes, reported on their element. */
function elementOf(target: unknown): Element | undefined {
  if (Element.isElement(target)) return target;
  if (Text.isText(target)) return target.parent().filter(Element.isElement).getOr(undefined);
  return undefined;
}

/** A start tag and the start of the text, like axe's snippets, so an auditor can find the element. */
function snippet(element: Element): string {
  const attributes = [...element.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).join('');
  const text = element.textContent().replace(/\s+/g, ' ').trim();
  return `<${element.name}${attributes}>${text.slice(0, 80)}${text.length > 80 ? '…' : ''}`.slice(0, 200);
}

/** The part of a failed outcome the message comes from: each expectation's result. */
interface FailedExpectations {
  expectations: { values(): Iterable<{ isErr(): boolean; getErrUnsafe(): { message: string } }> };
}

/** What failed, in Alfa's words: the message of each expectation that did not hold. */
function messageOf(outcome: FailedExpectations): string {
  return [...outcome.expectations.values()].flatMap((result) => (result.isErr() ? [result.getErrUnsafe().message] : [])).join('; ');
}

/**
 * Alfa on the page already loaded in Chromium: the page's DOM, computed boxes and style sheets
 * are serialised in the page by alfa-dom's own serialiser (as alfa-playwright does, without
 * its playwright version pin), and the audit runs here. Only failed outcomes become findings:
 * "cantTell" means Alfa needs a person to answer a question (is this image decorative, is the
 * text readable over this background image): not a failure and not evidence either way, but
 * the manual review the report already lists. On the seed site the only ones are sia-r65
 * (focus visible), one a page, which the layout checks test by focusing every control
 * (focus-visible, forced-colors-focus); as warnings they would only repeat that.
 */
export async function runAlfa(page: Page, target: string): Promise<CheckFinding[]> {
  // alfa-dom's serialiser is one self-contained function, so it runs in the page as it is.
  const json = await page.evaluate(Native.fromNode as () => Promise<Document.JSON>);
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const device = Device.of(Device.Type.Screen, Viewport.of(viewport.width, viewport.height), Display.of(1));
  const document = Node.from(json, device);
  const outcomes = await Audit.of(AlfaPage.of(Request.empty(), Response.empty(), document, device), ALFA_RULES).evaluate();
  const findings: CheckFinding[] = [];
  for (const outcome of outcomes) {
    if (!Outcome.isFailed(outcome)) continue;
    const element = elementOf(outcome.target);
    findings.push({
      format: 'web',
      tool: 'alfa',
      target,
      rule: ruleId(outcome.rule),
      severity: 'error',
      wcag: criteriaOf(outcome.rule).filter((sc) => WCAG22_A_AA.has(sc)),
      message: messageOf(outcome) || 'The ACT rule failed.',
      ...(element ? { element: `${element.path()}: ${snippet(element)}`, path: element.path() } : {}),
      help: outcome.rule.uri,
    });
  }
  return findings;
}

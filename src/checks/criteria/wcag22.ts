/**
 * The success criteria of WCAG 2.2 at levels A and AA (W3C Recommendation, 12 December 2024
 * edition: https://www.w3.org/TR/WCAG22/), the level this site claims (GOV.UK monitors
 * public sector websites against WCAG 2.2 AA). 55 criteria: 31 at level A and 24 at AA.
 * 4.1.1 Parsing is not one of them: WCAG 2.2 removed it ("obsolete and removed", Understanding
 * 4.1.1). Names are W3C's, in English (W3C publishes no Welsh translation of WCAG 2.2).
 */
export interface SuccessCriterion {
  /** The criterion's number, e.g. "1.4.10". */
  number: string;
  /** Its short name as W3C writes it, e.g. "Reflow". */
  name: string;
  level: 'A' | 'AA';
  /** The last part of its Understanding document's address, e.g. "reflow". */
  slug: string;
}

const sc = (number: string, name: string, level: 'A' | 'AA', slug: string): SuccessCriterion => ({ number, name, level, slug });

export const WCAG22_CRITERIA: readonly SuccessCriterion[] = [
  sc('1.1.1', 'Non-text Content', 'A', 'non-text-content'),
  sc('1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A', 'audio-only-and-video-only-prerecorded'),
  sc('1.2.2', 'Captions (Prerecorded)', 'A', 'captions-prerecorded'),
  sc('1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A', 'audio-description-or-media-alternative-prerecorded'),
  sc('1.2.4', 'Captions (Live)', 'AA', 'captions-live'),
  sc('1.2.5', 'Audio Description (Prerecorded)', 'AA', 'audio-description-prerecorded'),
  sc('1.3.1', 'Info and Relationships', 'A', 'info-and-relationships'),
  sc('1.3.2', 'Meaningful Sequence', 'A', 'meaningful-sequence'),
  sc('1.3.3', 'Sensory Characteristics', 'A', 'sensory-characteristics'),
  sc('1.3.4', 'Orientation', 'AA', 'orientation'),
  sc('1.3.5', 'Identify Input Purpose', 'AA', 'identify-input-purpose'),
  sc('1.4.1', 'Use of Color', 'A', 'use-of-color'),
  sc('1.4.2', 'Audio Control', 'A', 'audio-control'),
  sc('1.4.3', 'Contrast (Minimum)', 'AA', 'contrast-minimum'),
  sc('1.4.4', 'Resize Text', 'AA', 'resize-text'),
  sc('1.4.5', 'Images of Text', 'AA', 'images-of-text'),
  sc('1.4.10', 'Reflow', 'AA', 'reflow'),
  sc('1.4.11', 'Non-text Contrast', 'AA', 'non-text-contrast'),
  sc('1.4.12', 'Text Spacing', 'AA', 'text-spacing'),
  sc('1.4.13', 'Content on Hover or Focus', 'AA', 'content-on-hover-or-focus'),
  sc('2.1.1', 'Keyboard', 'A', 'keyboard'),
  sc('2.1.2', 'No Keyboard Trap', 'A', 'no-keyboard-trap'),
  sc('2.1.4', 'Character Key Shortcuts', 'A', 'character-key-shortcuts'),
  sc('2.2.1', 'Timing Adjustable', 'A', 'timing-adjustable'),
  sc('2.2.2', 'Pause, Stop, Hide', 'A', 'pause-stop-hide'),
  sc('2.3.1', 'Three Flashes or Below Threshold', 'A', 'three-flashes-or-below-threshold'),
  sc('2.4.1', 'Bypass Blocks', 'A', 'bypass-blocks'),
  sc('2.4.2', 'Page Titled', 'A', 'page-titled'),
  sc('2.4.3', 'Focus Order', 'A', 'focus-order'),
  sc('2.4.4', 'Link Purpose (In Context)', 'A', 'link-purpose-in-context'),
  sc('2.4.5', 'Multiple Ways', 'AA', 'multiple-ways'),
  sc('2.4.6', 'Headings and Labels', 'AA', 'headings-and-labels'),
  sc('2.4.7', 'Focus Visible', 'AA', 'focus-visible'),
  sc('2.4.11', 'Focus Not Obscured (Minimum)', 'AA', 'focus-not-obscured-minimum'),
  sc('2.5.1', 'Pointer Gestures', 'A', 'pointer-gestures'),
  sc('2.5.2', 'Pointer Cancellation', 'A', 'pointer-cancellation'),
  sc('2.5.3', 'Label in Name', 'A', 'label-in-name'),
  sc('2.5.4', 'Motion Actuation', 'A', 'motion-actuation'),
  sc('2.5.7', 'Dragging Movements', 'AA', 'dragging-movements'),
  sc('2.5.8', 'Target Size (Minimum)', 'AA', 'target-size-minimum'),
  sc('3.1.1', 'Language of Page', 'A', 'language-of-page'),
  sc('3.1.2', 'Language of Parts', 'AA', 'language-of-parts'),
  sc('3.2.1', 'On Focus', 'A', 'on-focus'),
  sc('3.2.2', 'On Input', 'A', 'on-input'),
  sc('3.2.3', 'Consistent Navigation', 'AA', 'consistent-navigation'),
  sc('3.2.4', 'Consistent Identification', 'AA', 'consistent-identification'),
  sc('3.2.6', 'Consistent Help', 'A', 'consistent-help'),
  sc('3.3.1', 'Error Identification', 'A', 'error-identification'),
  sc('3.3.2', 'Labels or Instructions', 'A', 'labels-or-instructions'),
  sc('3.3.3', 'Error Suggestion', 'AA', 'error-suggestion'),
  sc('3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA', 'error-prevention-legal-financial-data'),
  sc('3.3.7', 'Redundant Entry', 'A', 'redundant-entry'),
  sc('3.3.8', 'Accessible Authentication (Minimum)', 'AA', 'accessible-authentication-minimum'),
  sc('4.1.2', 'Name, Role, Value', 'A', 'name-role-value'),
  sc('4.1.3', 'Status Messages', 'AA', 'status-messages'),
];

const BY_NUMBER = new Map(WCAG22_CRITERIA.map((criterion) => [criterion.number, criterion]));

/** The A or AA criterion with this number, or undefined (an AAA criterion, 4.1.1, or no criterion). */
export function criterionOf(number: string): SuccessCriterion | undefined {
  return BY_NUMBER.get(number);
}

/** W3C's Understanding document for the criterion: what it asks and how it is met. */
export function understandingUrl(criterion: Pick<SuccessCriterion, 'slug'>): string {
  return `https://www.w3.org/WAI/WCAG22/Understanding/${criterion.slug}.html`;
}

/** Orders criterion numbers as W3C does: 1.4.4 before 1.4.10. */
export function compareCriteria(a: string, b: string): number {
  const parts = (number: string) => number.split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** An id for the criterion's part of a page, e.g. "sc-1-4-10". */
export function criterionAnchor(number: string): string {
  return `sc-${number.replace(/\./g, '-')}`;
}

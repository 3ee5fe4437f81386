/**
 * Where the auditor's report is published: one page in the site's own language, and the same
 * evidence as JSON beside it (src/pages/accessibility/report/, src/pages/accessibility/report.json.ts).
 * The statement in every language links it.
 */
export const REPORT_PATH = '/accessibility/report/';
export const REPORT_JSON_PATH = '/accessibility/report.json';

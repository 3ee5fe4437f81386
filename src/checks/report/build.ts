import type { Evidence } from '../criteria/evidence.ts';
import { numberFindings } from '../criteria/findings.ts';
import { criteriaTable } from '../criteria/table.ts';
import type { ReportContext, ReportOptions } from './context.ts';
import { criteriaSection } from './criteria-section.ts';
import type { ReportDocument } from './document.ts';
import { filesSection, manualSection, toolsSection, translationsSection } from './files-section.ts';
import { acceptedSection, findingsSection, otherCriteriaSection } from './findings-section.ts';
import { introBlocks } from './intro.ts';
import { matterhornSection } from './matterhorn-section.ts';
import { summarySection } from './summary-section.ts';
import { wordsFor } from './words.ts';

export type { ReportOptions } from './context.ts';

/** The context every section is built from: the evidence, its words, numbered findings and the criteria table. */
export function reportContext(evidence: Evidence, options: ReportOptions): ReportContext {
  const numbered = numberFindings(evidence);
  return {
    evidence,
    words: wordsFor(options.lang),
    options,
    numbered,
    criteria: criteriaTable(evidence, options.manual?.checks ?? [], numbered),
    manualLang: options.manual?.language ?? 'en-GB',
  };
}

/**
 * The auditor's report of one run: the verdict; results by format; every WCAG 2.2 A and AA
 * criterion, how it was tested, on what, with what result and what people checked; the
 * findings; the Matterhorn checkpoints of the PDFs; every page and file; the tools; what
 * remains for people to do.
 */
export function reportDocument(evidence: Evidence, options: ReportOptions): ReportDocument {
  const context = reportContext(evidence, options);
  const { tr } = context.words;
  return {
    lang: options.lang,
    title: tr('report.title'),
    description: tr('report.description'),
    intro: introBlocks(context),
    sections: [
      summarySection(context),
      criteriaSection(context),
      findingsSection(context),
      ...acceptedSection(context),
      ...otherCriteriaSection(context),
      matterhornSection(context),
      manualSection(context),
      ...translationsSection(context),
      filesSection(context),
      toolsSection(context),
    ],
  };
}

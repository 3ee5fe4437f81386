import type { MessageKey } from '../en-GB/index.ts';
import type { Message } from '../types.ts';
import { PRINT } from './print.ts';
import { SITE } from './site.ts';

/**
 * Welsh: every key of the English dictionary, so a Welsh page, PDF or card has no English
 * furniture (Welsh Language Standards, Welsh Language (Wales) Measure 2011: Welsh treated no
 * less favourably than English).
 *
 * Sources of the terms, in this order of preference:
 * - GOV.UK Frontend's Welsh component strings (alphagov/govuk-frontend: the `cy` examples and
 *   i18n options of each component, e.g. "Neidio i'r prif gynnwys" for the skip link);
 * - the Welsh Government's published Welsh interface terms (gov.wales pages, BydTermCymru);
 * - otherwise standard Welsh as used on gov.wales, noted beside the entry.
 */
export const CY_GB: Record<MessageKey, Message> = { ...SITE, ...PRINT };

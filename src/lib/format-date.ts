const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Writes a partial ISO date the GOV.UK way ("23 August 2004", "December 2010", "2004"):
 * no ordinals, no abbreviations, no leading zeros.
 * @see https://www.gov.uk/guidance/style-guide/a-to-z#dates
 */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? value;
}

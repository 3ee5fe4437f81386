/** Text width in pt. The renderer backs this with cached glyph advances (no shaping per call). */
export interface Measurer {
  width(text: string, bold: boolean, size: number): number;
  /** Font ascent above the baseline, as a fraction of the size. */
  ascent: number;
}

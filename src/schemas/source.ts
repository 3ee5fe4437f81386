import { z } from 'astro/zod';
import { WebAddressSchema } from './web-address.ts';

/**
 * Where the published text came from, so an auditor can check it against the original.
 */
export const SourceSchema = z.strictObject({
  /** The original document's title as printed. @example "Customer Service standards: Care" */
  title: z.string().min(1),
  /** The original's format and where it was obtained. @example "Leaflet (PDF), text extracted" */
  description: z.string().min(1),
  /** A web address for the original, if public. */
  url: WebAddressSchema.optional(),
});

/**
 * Every change made to the source text while preparing it, one sentence each. Only
 * obvious extraction damage may be fixed; the meaning is never changed.
 * @example ["Removed two bullet points duplicated by text extraction."]
 */
export const EditorialNotesSchema = z.array(z.string().min(1));

export type Source = z.output<typeof SourceSchema>;

import { z } from 'astro/zod';
import { WebAddressSchema } from './web-address.ts';

/** A UK telephone number as people dial it: starts with 0, digits and spaces, 10 or 11 digits. */
export const UkPhoneSchema = z
  .string()
  .regex(/^0[\d ]+\d$/, {
    error: 'Write a UK phone number as it is dialled, with spaces, for example "01865 815906".',
  })
  .refine((value) => /^\d{10,11}$/.test(value.replace(/ /g, '')), {
    error: 'A UK phone number has 10 or 11 digits, for example "0344 800 8020".',
  });

/** One telephone line. */
export const PhoneSchema = z.strictObject({
  /** The number exactly as people dial it, spaced for reading. @example "0344 800 8020" */
  number: UkPhoneSchema,
  /** What the line is for, if the charter says. @example "Complaints" */
  label: z.string().min(1).optional(),
});

/** One email address. */
export const EmailSchema = z.strictObject({
  /** The address. @example "complaints@oxfordshire.gov.uk" */
  address: z.email({ error: 'This is not an email address, for example "team@council.gov.uk".' }),
  /** What the address is for, if the charter says. @example "Complaints" */
  label: z.string().min(1).optional(),
});

/** A postal address, one line per entry, as printed on an envelope. */
export const PostalAddressSchema = z.strictObject({
  /** What the address is for, if the charter says. @example "Complaints" */
  label: z.string().min(1).optional(),
  /** Address lines from the recipient to the postcode. @example ["Complaints Team", "County Hall", "Oxford OX1 1ND"] */
  lines: z.array(z.string().min(1)).min(2, { error: 'A postal address needs at least two lines.' }),
});

/**
 * How to reach the organisation. Give only channels the charter itself gives: the site never
 * invents contact details. Phone numbers become `tel:` links and emails `mailto:` links.
 */
export const ContactSchema = z.strictObject({
  /** Who answers: a team or department. @example "Complaints Team" */
  team: z.string().min(1).optional(),
  /** Telephone lines. */
  phones: z.array(PhoneSchema).optional(),
  /** Email addresses. */
  emails: z.array(EmailSchema).optional(),
  /** Postal addresses. */
  post: z.array(PostalAddressSchema).optional(),
  /** How to call through Relay UK (text relay), as the charter words it. @example "18001 then 0344 800 8020" */
  textRelay: z.string().min(1).optional(),
  /** How to contact in British Sign Language (a video relay service or an interpreter). */
  bsl: z.string().min(1).optional(),
  /** Opening hours of the phone lines or offices, as the charter words them. */
  hours: z.string().min(1).optional(),
  /** The organisation's website. @example "https://www.norfolk.gov.uk" */
  website: WebAddressSchema.optional(),
});

export type Contact = z.output<typeof ContactSchema>;
export type Phone = z.output<typeof PhoneSchema>;

import path from 'node:path';
import { CardSchema } from '../schemas/card.ts';
import { CharterFrontmatterSchema } from '../schemas/charter.ts';
import type { CardSource } from './card-content.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-files.ts';
import { parseFrontmatterYaml, splitFrontmatter } from './frontmatter.ts';
import { readSourceFile } from './read-source.ts';

/**
 * The card block of a charter that did not load (an error in its body or elsewhere in its
 * frontmatter), with the sides whose words are known. The content check lays these out too,
 * so an author learns in one run that the card does not fit, not only after fixing the rest.
 */
export interface CardBlock {
  source: CardSource;
  /** The front needs the card block and an organisation name (the card's own, or the charter's). */
  front: boolean;
  /** The back needs the card block and valid (or no) contact details and format request email. */
  back: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the card block of a charter file on its own, or undefined when the block itself is
 * invalid or the file cannot be read: those errors are the ones the author sees instead.
 */
export function readCardBlock(file: string): CardBlock | undefined {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readSourceFile(file, shown);
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
  const { value } = parseFrontmatterYaml(splitFrontmatter(text).frontmatter, shown);
  if (!isRecord(value)) return undefined;
  const card = CardSchema.safeParse(value['card']);
  if (!card.success) return undefined;
  const fields = CharterFrontmatterSchema.shape;
  const organisation = fields.organisation.safeParse(value['organisation']);
  const contact = fields.contact.safeParse(value['contact']);
  const formatRequestEmail = fields.formatRequestEmail.safeParse(value['formatRequestEmail']);
  // Only the back's own words depend on the language, and only on whether it is Welsh
  // (uiLanguageFor), so an unregistered tag such as "cy-UK" still lays out as it will.
  const language = value['language'];
  const meta: CardSource['meta'] = {
    card: card.data,
    organisation: organisation.success ? organisation.data : '',
    ...(contact.success && contact.data ? { contact: contact.data } : {}),
    ...(formatRequestEmail.success && formatRequestEmail.data ? { formatRequestEmail: formatRequestEmail.data } : {}),
  };
  return {
    source: { id: path.basename(path.dirname(file)), lang: typeof language === 'string' ? language : 'en-GB', meta },
    front: card.data.organisation !== undefined || organisation.success,
    back: contact.success && formatRequestEmail.success && typeof language === 'string',
  };
}

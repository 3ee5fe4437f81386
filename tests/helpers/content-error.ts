import { ContentError } from '../../src/model/content-error.ts';

/** The message of the ContentError that `load` throws; fails the test if it loads cleanly. */
export function contentErrorOf(load: () => unknown, name: string): string {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

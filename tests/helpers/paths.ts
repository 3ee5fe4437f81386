import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/charters');
export const DIST = path.join(ROOT, 'dist');

export function invalidFixture(name: string): string {
  return path.join(FIXTURES, 'invalid', `${name}.mdx`);
}

// Prints a charter's model (CharterDocument) as JSON: `npm run model -- <slug or path>`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../src/model/content-error.ts';
import { chartersDir, loadCharterFile } from '../src/model/load-charter.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run model -- <slug | path/to/charter.mdx>');
  process.exit(2);
}
const file = existsSync(target) ? target : path.join(chartersDir(), target, 'charter.mdx');
if (!existsSync(file)) {
  console.error(`There is no charter called "${target}": ${path.relative(process.cwd(), file)} does not exist.`);
  process.exit(1);
}
try {
  console.log(JSON.stringify(loadCharterFile(file), null, 2));
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}

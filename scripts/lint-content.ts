// Checks every content file and prints each problem as file:line with a fix.
// Exit code 1 when there is any problem. `npm run lint:content`.
import { checkContent, formatCheckResult } from '../src/checks/content/content.ts';

const result = await checkContent();
const output = formatCheckResult(result);
if (result.problems.length > 0) {
  console.error(output);
  process.exit(1);
}
console.log(output);

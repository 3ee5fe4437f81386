// Finds easy-read picture names: `npm run pictures -- phone` lists every OpenMoji name containing "phone".
import { nearestPictureNames, pictureIndex } from '../src/model/pictures.ts';

const words = process.argv.slice(2).map((word) => word.toLowerCase());
if (words.length === 0) {
  console.error('Usage: npm run pictures -- <word> [word …]   (see every picture at https://openmoji.org/)');
  process.exit(2);
}
const names = [...pictureIndex().keys()].filter((name) => words.every((word) => name.includes(word))).sort();
if (names.length > 0) console.log(names.join('\n'));
else console.log(`No picture name contains "${words.join(' ')}". Nearest: ${nearestPictureNames(words.join('-')).join(', ')}`);

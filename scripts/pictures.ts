// Finds easy-read pictures. `npm run pictures -- phone` lists the pictures whose name or
// keywords contain "phone"; `npm run pictures -- --html [file]` writes a gallery of every
// picture (reports/pictures.html unless a file is given) to choose from by sight.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nearestPictureNames, PICTURE_ATTRIBUTION, pictureEntries, pictureSvgPath, type PictureEntry } from '../src/model/pictures.ts';
import { pictureGalleryHtml } from './lib/picture-gallery.ts';

const USAGE = `Usage: npm run pictures -- <word> [word …]   lists the pictures whose name or keywords contain every word
       npm run pictures -- --html [file]      writes a page of every picture (default reports/pictures.html)`;

function writeGallery(out: string): void {
  const require = createRequire(import.meta.url);
  const { version } = require('openmoji/package.json') as { version: string };
  const html = pictureGalleryHtml(pictureEntries(), {
    svgOf: (picture) => readFileSync(pictureSvgPath(picture), 'utf8'),
    credit: PICTURE_ATTRIBUTION,
    version,
  });
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, html);
  console.log(`Wrote ${out}: ${pictureEntries().length} pictures. Open it in a browser and use Find to search.`);
}

function search(words: string[]): void {
  const matches = (picture: PictureEntry, word: string) =>
    picture.name.includes(word) || picture.keywords.some((keyword) => keyword.includes(word));
  const byName = pictureEntries().filter((picture) => words.every((word) => picture.name.includes(word)));
  const byKeyword = pictureEntries().filter((picture) => !byName.includes(picture) && words.every((word) => matches(picture, word)));
  if (byName.length === 0 && byKeyword.length === 0) {
    console.log(`No picture name or keyword contains "${words.join(' ')}". Nearest: ${nearestPictureNames(words.join('-')).join(', ')}`);
    return;
  }
  if (byName.length > 0)
    console.log(
      byName
        .map((picture) => picture.name)
        .sort()
        .join('\n'),
    );
  if (byKeyword.length > 0) {
    console.log(`${byName.length > 0 ? '\n' : ''}Keywords match (name: keywords):`);
    for (const picture of [...byKeyword].sort((a, b) => a.name.localeCompare(b.name))) {
      const found = picture.keywords.filter((keyword) => words.some((word) => keyword.includes(word)));
      console.log(`${picture.name}: ${found.join(', ')}`);
    }
  }
  console.log('\nSee them: npm run pictures -- --html');
}

const args = process.argv.slice(2);
if (args[0] === '--html') {
  writeGallery(args[1] ?? 'reports/pictures.html');
} else if (args.length === 0 || args[0]?.startsWith('-')) {
  console.error(USAGE);
  process.exit(2);
} else {
  search(args.map((word) => word.toLowerCase()));
}

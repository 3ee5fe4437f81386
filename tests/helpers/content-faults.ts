import path from 'node:path';
import { ROOT } from './paths.ts';

/** Content folders with one fault each, named by behaviour. */
export const FAULTS = path.join(ROOT, 'tests/fixtures/content-faults');

/** Each broken fixture, the one error it must give (file:line[:column] and the start of the message). */
export const FAULT_CASES: [fixture: string, where: string, message: string][] = [
  ['impossible-date', 'fixture/charter.mdx:8', '"dates.adopted": 2024-02-31 is not a date: February 2024 has 29 days.'],
  ['yaml-syntax-error', 'fixture/charter.mdx:6:11', 'The frontmatter is not valid YAML: Missing closing "quote'],
  ['unclosed-component', 'fixture/charter.mdx:22:1', 'This is not valid MDX: Expected a closing tag for `<Callout>`'],
  [
    'latin-1-file',
    'fixture/charter.mdx:20:48',
    'The file is not saved as UTF-8: byte 0xE9 here is not UTF-8 (in Latin-1 or Windows-1252 it would be "é").',
  ],
  ['yaml-alias-bomb', 'fixture/charter.mdx:8:8', 'YAML aliases (*a) are not allowed in content files.'],
  ['broken-charter-beside-valid-easy-reads', 'broken/charter.mdx:2', '"title" is missing.'],
  ['second-easy-read-of-one-charter', 'fixture-easy-read/easy-read.mdx:1', 'A second easy-read edition of "fixture"'],
  ['hidden-folder', '.draft:1', 'The hidden folder ".draft" is never published.'],
  ['stray-file-in-charter-folder', 'fixture/easy_read.mdx:1', '"easy_read.mdx" is not published'],
  [
    'unregistered-language-tag',
    'fixture/charter.mdx:4',
    '"language": "xx" is not a language in the IANA language subtag registry; "YY" is not a region',
  ],
  ['folder-name-not-a-slug', 'Our_Charter:1', 'The folder name "Our_Charter" is the charter\'s web address'],
  [
    'card-promise-the-font-lacks',
    'fixture/charter.mdx:11:83',
    'The PDFs and cards cannot show "我" (U+6211), "们" (U+4EEC), "倾" (U+503E), "听" (U+542C)',
  ],
  ['emoji-in-body', 'fixture/charter.mdx:20:45', 'The PDFs and cards cannot show "📞" (U+1F4DE)'],
];

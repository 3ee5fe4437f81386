/** The "ask for another format" email (src/model/format-request.ts), in the charter's interface language. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRequestFor } from '../../src/model/format-request.ts';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import { loadSite } from '../../src/model/load-site.ts';
import { FIXTURES } from '../helpers/paths.ts';

const welsh = loadCharterFile(path.join(FIXTURES, 'welsh-print/siarter/charter.mdx'));
const url = 'https://charters.example.org/charters/siarter/';

describe('formatRequestFor', () => {
  it('writes the request in English for an English charter', () => {
    const request = formatRequestFor({ ...welsh, lang: 'en-GB' }, loadSite(), url);
    expect(request.subject).toBe('Request for an accessible format: Ein siarter gofal a chymorth');
    expect(request.body).toBe(
      [
        'Please send me this charter in another format.',
        '',
        'Charter: Ein siarter gofal a chymorth',
        'Organisation: Cyngor Sir Enghraifft',
        `Web page: ${url}`,
        '',
        'The format I need (for example large print, easy read, Braille, audio, British Sign Language, or another language):',
        '',
        'Assistive technology I use, if any:',
        '',
        'My name, and how you can contact me:',
        '',
      ].join('\n'),
    );
  });

  it('writes the request in Welsh for a Welsh charter, to the same address', () => {
    const request = formatRequestFor(welsh, loadSite(), url);
    expect(request).toMatchObject({ email: 'gofal@sir-enghraifft.example', isOrganisationEmail: true });
    expect(request.subject).toBe('Cais am fformat hygyrch: Ein siarter gofal a chymorth');
    expect(request.body.split('\n')).toEqual([
      'Anfonwch y siarter hon ataf mewn fformat arall, os gwelwch yn dda.',
      '',
      'Siarter: Ein siarter gofal a chymorth',
      'Sefydliad: Cyngor Sir Enghraifft',
      `Tudalen we: ${url}`,
      '',
      'Y fformat sydd ei angen arnaf (er enghraifft print bras, hawdd ei ddeall, Braille, sain, Iaith Arwyddion Prydain, neu iaith arall):',
      '',
      "Technoleg gynorthwyol rwy'n ei defnyddio, os o gwbl:",
      '',
      'Fy enw, a sut y gallwch gysylltu â mi:',
      '',
    ]);
  });
});

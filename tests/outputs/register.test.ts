/**
 * The register's rules (src/outputs/register.ts): letters in English and Welsh, pages of a
 * bounded size, unique slugs, and no register on a site whose home page lists every charter.
 */
import { describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../src/model/types.ts';
import type { Edition } from '../../src/outputs/editions.ts';
import { letterOf, paginate, registerOrganisations, registerPages, usesRegister } from '../../src/outputs/register.ts';
import type { Site } from '../../src/schemas/site.ts';

const site = (register: Site['register'], languages: Site['languages'] = ['en-GB']) =>
  ({ language: 'en-GB', languages, register, name: 'S', operator: 'O' }) as Site;
const edition = (id: string, organisation: string, lang = 'en-GB'): Edition => ({
  charter: { id, title: id, lang, edition: 'full', meta: { organisation } } as unknown as CharterDocument,
  easyRead: undefined,
  translation: undefined,
});

describe('letterOf', () => {
  it('gives the first letter without accents, and digits and symbols their own heading', () => {
    expect(letterOf('Éalaing Council', 'en-GB')).toBe('E');
    expect(letterOf('“Quality” Care', 'en-GB')).toBe('Q');
    expect(letterOf('24/7 Care', 'en-GB')).toBe('0–9');
  });

  it('uses the Welsh alphabet on Welsh pages: digraphs are letters, k q v x z still have a place', () => {
    expect(letterOf('Llywodraeth Cymru', 'cy-GB')).toBe('Ll');
    expect(letterOf('Llywodraeth Cymru', 'en-GB')).toBe('L');
    expect(letterOf('Rhondda Cynon Taf', 'cy-GB')).toBe('Rh');
    expect(letterOf('Cyngor Caerdydd', 'cy-GB')).toBe('C');
    expect(letterOf('Chwarae Teg', 'cy-GB')).toBe('Ch');
    expect(letterOf('Kingsway Care', 'cy-GB')).toBe('K');
  });
});

describe('paginate', () => {
  it('splits into pages of at most the size, and gives one empty page for nothing', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});

describe('registerPages', () => {
  const editions = [
    edition('a', 'Alpha Trust'),
    edition('b', 'Alpha Trust'),
    edition('c', 'Avon Care'),
    edition('d', 'Bryn Homes'),
    edition('e', 'A-Z'),
  ];

  it('makes none while the home page lists every charter', () => {
    expect(usesRegister(site({ listOnHomeUpTo: 5, pageSize: 50 }), editions.length)).toBe(false);
    expect(registerPages(editions, site({ listOnHomeUpTo: 5, pageSize: 50 }))).toEqual([]);
  });

  it('makes the A–Z, each letter’s pages and each organisation’s pages, none longer than the page size', () => {
    const pages = registerPages(editions, site({ listOnHomeUpTo: 4, pageSize: 2 }));
    expect(pages.map((page) => page.path)).toEqual([
      '/organisations/',
      '/organisations/a-z/a/',
      '/organisations/a-z/a/2/',
      '/organisations/a-z/b/',
      '/organisations/a-z-1/',
      '/organisations/alpha-trust/',
      '/organisations/avon-care/',
      '/organisations/bryn-homes/',
    ]);
    for (const page of pages) {
      if (page.kind === 'letter') expect(page.organisations.length).toBeLessThanOrEqual(2);
      if (page.kind === 'organisation') expect(page.editions.length).toBeLessThanOrEqual(2);
    }
    const index = pages[0]!;
    expect(index.kind === 'index' && index.letters.filter((letter) => letter.href).map((letter) => [letter.letter, letter.count])).toEqual([
      ['A', 3],
      ['B', 1],
    ]);
  });

  it('puts a bilingual site’s Welsh register under /cy/sefydliadau/', () => {
    const pages = registerPages(editions, site({ listOnHomeUpTo: 0, pageSize: 50 }, ['en-GB', 'cy-GB']));
    expect(pages.filter((page) => page.lang === 'cy-GB').map((page) => page.path)).toContain('/cy/sefydliadau/a-z/b/');
  });

  it('keeps slugs unique and never "a-z", the letters’ folder', () => {
    const slugs = registerOrganisations(editions, site({ listOnHomeUpTo: 0, pageSize: 50 }), 'en-GB').map(
      (organisation) => organisation.slug,
    );
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain('a-z');
  });
});

/**
 * The one link rule (src/lib/safe-url.ts): what it accepts and normalises, what it refuses,
 * and that charters with a refused link fail to load with file:line:column and a fix.
 */
import { describe, expect, it } from 'vitest';
import { loadCharterFile } from '../../src/model/load-charter.ts';
import { checkLinkAddress, checkUrl, visibleAddress, WEB_SCHEMES } from '../../src/lib/safe-url.ts';
import { contentErrorOf } from '../helpers/content-error.ts';
import { invalidFixture } from '../helpers/paths.ts';

describe('checkUrl', () => {
  it.each([
    ['https://www.oxfordshire.gov.uk', 'https://www.oxfordshire.gov.uk/'],
    ['HTTPS://Example.ORG/a/../b(c)?q=é#top', 'https://example.org/b(c)?q=%C3%A9#top'],
    ['http://www.dignityincare.org.uk/DignityCareCampaign/', 'http://www.dignityincare.org.uk/DignityCareCampaign/'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['mailto:complaints@oxfordshire.gov.uk?subject=Large%20print', 'mailto:complaints@oxfordshire.gov.uk?subject=Large%20print'],
    ['tel:+441865815906', 'tel:+441865815906'],
  ])('accepts %s as %s', (address, normalised) => {
    expect(checkUrl(address)).toEqual({ ok: true, url: normalised });
  });

  it.each([
    ['https://example.org/) /S /JavaScript /JS (app.alert(1)', 'space'],
    ['https://example.org/\\', 'backslash'],
    ['https://exa\u200bmple.org/', 'hidden'],
    ['https://example.org/\u202etxt.exe', 'hidden'],
    ['https://example.org/\n', 'line break'],
    ['javascript:app.alert(1)', 'only https://, http://, mailto: and tel: are allowed'],
    ['JavaScript:app.alert(1)', 'starts with "javascript:"'],
    ['data:text/html,<script>', 'starts with "data:"'],
    ['file:///etc/passwd', 'starts with "file:"'],
    ['https:example.org', 'not a complete web address'],
    ['https://www.council.gov.uk@example.com/', 'name or password'],
    ['mailto:someone', 'not an email address'],
    ['tel:0300 123 4567', 'space'],
    ['tel:+44-1865', 'only digits'],
    ['example.org', 'not a complete address'],
  ])('refuses %s (%s)', (address, problem) => {
    const checked = checkUrl(address);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toContain(problem);
  });

  it('allows only web addresses for a website', () => {
    expect(checkUrl('mailto:a@b.example', WEB_SCHEMES)).toEqual({
      ok: false,
      problem: 'it starts with "mailto:", and only https:// and http:// are allowed',
    });
  });

  it('accepts #heading links in the text, and shows hidden characters in messages', () => {
    expect(checkLinkAddress('#how-to-complain')).toEqual({ ok: true, url: '#how-to-complain' });
    expect(checkLinkAddress('#').ok).toBe(false);
    expect(checkLinkAddress('#a b').ok).toBe(false);
    expect(visibleAddress('https://exa\u200bmple.org/\n')).toBe('"https://exa[U+200B]mple.org/[U+000A]"');
  });
});

describe('charters with unsafe links', () => {
  it.each([
    [
      'link-with-pdf-injection',
      '38:14',
      'Link address "https://example.org/) /S /JavaScript /JS (app.alert(1)" is not allowed: it has a space or line break in it.',
    ],
    ['link-ending-in-backslash', '38:14', 'Link address "https://example.org/\\" is not allowed: it has a backslash (\\) in it.'],
  ])('refuses %s at its line with a fix', (name, where, message) => {
    const text = contentErrorOf(() => loadCharterFile(invalidFixture(name)), name);
    expect(text).toContain(`tests/fixtures/charters/invalid/${name}.mdx:${where} error: ${message}`);
    expect(text).toContain(
      'Fix: Links must start with https://, http://, mailto:, tel:+44… (digits only) or # (a heading on the page), with no spaces, backslashes or hidden characters.',
    );
  });
});

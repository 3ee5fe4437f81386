/**
 * The build's seal on its output: every file's sha256 and size, sorted, and each card image's
 * pixel hash, written into checks-manifest.json the same way every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng, rgbaSha256 } from '../../src/lib/png-decode.ts';
import type { ChecksManifest } from '../../src/outputs/manifest.ts';
import { publishedFiles, sealManifest } from '../../src/outputs/published-files.ts';
import { encodePng } from '../../src/renderers/card/to-png.ts';

const work = mkdtempSync(path.join(tmpdir(), 'published-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A 3 × 2 RGBA picture: one red pixel on white. */
const picture = () => {
  const pixels = Buffer.alloc(3 * 2 * 4, 255);
  pixels.set([255, 0, 0, 255], 0);
  return encodePng(pixels, 3, 2);
};

function site(name: string): string {
  const folder = path.join(work, name);
  mkdirSync(path.join(folder, 'charters/b'), { recursive: true });
  mkdirSync(path.join(folder, 'Z'), { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), '<!DOCTYPE html>');
  writeFileSync(path.join(folder, 'Z/upper.txt'), 'Z');
  writeFileSync(path.join(folder, 'charters/b/b-card-front.png'), picture());
  const manifest: ChecksManifest = {
    version: 3,
    formats: { 'card-png': { label: 'Card images (PNG)' } },
    files: { '/charters/b/b-card-front.png': { format: 'card-png', check: 'card-png', lang: 'en-GB', pixels: { width: 3, height: 2 } } },
    translations: [],
  };
  writeFileSync(path.join(folder, 'checks-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return folder;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('publishedFiles', () => {
  it('lists every file but the manifest, in code-unit order, with its sha256 and size', () => {
    const folder = site('list');
    const published = publishedFiles(folder);
    expect(Object.keys(published)).toEqual(['/Z/upper.txt', '/charters/b/b-card-front.png', '/index.html']);
    expect(published['/index.html']).toEqual({ sha256: sha256('<!DOCTYPE html>'), bytes: 15 });
  });
});

describe('sealManifest', () => {
  it('adds every file’s hash and each card image’s pixel hash to the manifest', () => {
    const folder = site('seal');
    sealManifest(folder);
    const sealed = JSON.parse(readFileSync(path.join(folder, 'checks-manifest.json'), 'utf8')) as ChecksManifest;
    expect(sealed.version).toBe(3);
    expect(Object.keys(sealed.published ?? {})).toEqual(['/Z/upper.txt', '/charters/b/b-card-front.png', '/index.html']);
    expect(sealed.files['/charters/b/b-card-front.png']?.pixelSha256).toBe(rgbaSha256(decodePng(picture())));
  });

  it('writes the same bytes for the same output', () => {
    const [first, second] = [site('one'), site('two')].map((folder) => {
      sealManifest(folder);
      return readFileSync(path.join(folder, 'checks-manifest.json'), 'utf8');
    });
    expect(second).toBe(first);
  });
});

describe('rgbaSha256', () => {
  it('is the hash of the pixels, whatever encodes them: an RGB picture is read as opaque RGBA', () => {
    const rgba = decodePng(picture());
    const rgb = { ...rgba, channels: 3 as const, pixels: rgba.pixels.filter((_, index) => index % 4 !== 3) };
    expect(rgbaSha256(rgb)).toBe(rgbaSha256(rgba));
    expect(rgbaSha256(rgba)).toBe(sha256(rgba.pixels));
  });
});

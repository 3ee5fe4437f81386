import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/model/content-error.ts';
import { decodeSource, firstInvalidUtf8 } from '../../src/model/read-source.ts';

const problemOf = (bytes: Uint8Array) => {
  try {
    decodeSource(bytes, 'x.mdx');
  } catch (error) {
    if (error instanceof ContentError) return error.problems[0];
    throw error;
  }
  throw new Error('decoded');
};

describe('reading a content file', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeSource(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), 'x.mdx')).toBe('A');
  });

  it('refuses Windows-1252 at the line and column of the first bad byte, naming the letter', () => {
    const bytes = Buffer.concat([Buffer.from('first line\nŵ caf'), Buffer.from([0xe9]), Buffer.from(' end')]);
    expect(problemOf(bytes)).toMatchObject({ line: 2, column: 6, message: expect.stringContaining('"é"') });
  });

  it('refuses UTF-16', () => {
    expect(problemOf(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))?.message).toContain('UTF-16');
  });

  it.each([
    [[0x41, 0xc3, 0xa9], 3],
    [[0xc0, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf0, 0x9f, 0x93, 0x9e], 4],
    [[0xf0, 0x9f, 0x93], 0], // truncated
  ])('finds the first invalid byte of %j at %i', (bytes, index) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(index);
  });
});

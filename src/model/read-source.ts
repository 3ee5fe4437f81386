import { readFileSync } from 'node:fs';
import { ContentError } from './content-error.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Reads a content file as UTF-8 text, the one way every reader (lint, build, Astro's
 * collection loader) reads it. Editors on Windows often add a byte-order mark, which is
 * dropped; a file in another encoding (Latin-1, Windows-1252, UTF-16) is refused at the
 * line of its first bad byte, because guessing the encoding could publish wrong letters.
 */
export function readSourceFile(file: string, shown: string): string {
  return decodeSource(readFileSync(file), shown);
}

/** Decodes the bytes of a content file; see readSourceFile. */
export function decodeSource(bytes: Uint8Array, shown: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError([
      {
        file: shown,
        line: 1,
        rule: 'encoding',
        message: 'The file is saved as UTF-16, not UTF-8.',
        fix: 'Save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8).',
      },
    ]);
  }
  const start = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ContentError([notUtf8Problem(body, shown)]);
  }
}

function notUtf8Problem(bytes: Uint8Array, shown: string) {
  const at = firstInvalidUtf8(bytes);
  const before = bytes.subarray(0, at);
  const line = before.filter((byte) => byte === 0x0a).length + 1;
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
  const byte = bytes[at] ?? 0;
  // Windows-1252 is the usual culprit: say which letter the byte would be there.
  const guess = new TextDecoder('windows-1252').decode(Uint8Array.of(byte));
  return {
    file: shown,
    line,
    column,
    rule: 'encoding',
    message: `The file is not saved as UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here is not UTF-8 (in Latin-1 or Windows-1252 it would be "${guess}").`,
    fix: 'Save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8), then check the letters on this line.',
  };
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at index (RFC 3629 §4), or 0 when it is not valid. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  const [length, min, max] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0) return 0;
  const second = bytes[index + 1];
  if (second === undefined || second < min || second > max) return 0;
  for (let offset = 2; offset < length; offset += 1) {
    const next = bytes[index + offset];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

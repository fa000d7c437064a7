// Decodes a crawled page's bytes to clean text: UTF-8, UTF-16 with a BOM, or windows-1251 Russian; refuses the rest.

import { parseFailed } from './crawl-error.js';

export type CrawlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  /** NFC text with "\n" line ends, no BOM, no stray control characters. */
  text: string;
  encoding: CrawlEncoding;
}

/** Share of control characters above which the input is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function isControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return n;
}

function stripControls(text: string): string {
  return [...text].filter((ch) => !isControl(ch.charCodeAt(0))).join('');
}

/** Decodes the bytes of a crawled page, or throws LedeError('parse_failed') naming the file. */
export function decodeCrawlBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw parseFailed(file, 'the file is empty');

  const utf16 = utf16ByBom(bytes);
  let decoded: DecodedText;
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text === null) throw parseFailed(file, `not valid ${utf16.toUpperCase()} text`);
    decoded = { text, encoding: utf16 };
  } else {
    if (bytes.includes(0)) {
      throw parseFailed(
        file,
        'binary data (it contains NUL bytes), or UTF-16 without a byte-order mark; expected a text page in UTF-8',
      );
    }
    const share = controlByteShare(bytes);
    if (share > MAX_CONTROL_SHARE) {
      throw parseFailed(
        file,
        `binary data: ${Math.round(share * 100)}% of the bytes are control characters`,
      );
    }
    decoded = decodeUtf8OrCp1251(bytes, file);
  }
  return { text: cleanText(decoded.text, file), encoding: decoded.encoding };
}

function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    // The decoder drops a leading byte-order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function controlByteShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) controls++;
  return controls / bytes.length;
}

function decodeUtf8OrCp1251(bytes: Uint8Array, file: string): DecodedText {
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const cp1251 = new TextDecoder('windows-1251').decode(bytes);
  if (looksLikeRussian(cp1251)) return { text: cp1251, encoding: 'windows-1251' };
  const bad = firstInvalidUtf8(bytes);
  const where = bad
    ? ` (byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${bad.offset})`
    : '';
  throw parseFailed(
    file,
    `not valid UTF-8${where}, nor Russian text in windows-1251 (it may be Latin-1 or another legacy encoding); save the page as UTF-8`,
  );
}

/**
 * True when windows-1251 decoding gives text that is mostly Cyrillic letters
 * and whose words do not mix scripts (Latin-1 accents read as 1251 land inside Latin words).
 */
function looksLikeRussian(text: string): boolean {
  if (/[\u0080-\u009F]/.test(text)) return false; // 0x98 is unused in windows-1251
  const words = text.match(/\p{L}+/gu) ?? [];
  let cyrillic = 0;
  let letters = 0;
  let mixed = 0;
  for (const word of words) {
    const cyr = (word.match(/\p{Script=Cyrillic}/gu) ?? []).length;
    cyrillic += cyr;
    letters += word.length;
    if (cyr > 0 && cyr < word.length) mixed++;
  }
  return cyrillic >= 3 && cyrillic / letters >= 0.5 && mixed <= words.length * 0.02;
}

/** Position of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; byte: number } | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return { offset: i, byte: b };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, byte: b };
    }
    i += need + 1;
  }
  return null;
}

function cleanText(raw: string, file: string): string {
  let text = raw.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  if (text.includes('\uFFFD')) {
    throw parseFailed(
      file,
      'the text holds U+FFFD replacement characters: it was damaged by an earlier bad conversion',
    );
  }
  const controls = countControls(text);
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw parseFailed(
      file,
      `binary data: ${Math.round((controls / text.length) * 100)}% of the characters are control characters`,
    );
  }
  text = stripControls(text).replace(/[\uFEFF\u200B]/g, '');
  const mojibake = doubleEncodingHint(text);
  if (mojibake) {
    throw parseFailed(
      file,
      `the text looks double-encoded (${mojibake}); re-save it from the source as UTF-8`,
    );
  }
  return text.normalize('NFC');
}

/** Bytes 0x80-0xBF (UTF-8 continuation bytes) as windows-1251 shows them. */
const CP1251_CONTINUATIONS = new TextDecoder('windows-1251').decode(
  Uint8Array.from({ length: 0x40 }, (_, i) => 0x80 + i),
);
/** The same bytes as Latin-1 / windows-1252 show them. */
const LATIN_CONTINUATIONS =
  '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ' +
  String.fromCharCode(...Array.from({ length: 0x20 }, (_, i) => 0xa0 + i));

const escapeClass = (chars: string): string => chars.replace(/[\\\]^-]/g, '\\$&');
const RU_MOJIBAKE = new RegExp(`[РС][${escapeClass(CP1251_CONTINUATIONS)}]`, 'gu');
const LATIN_MOJIBAKE = new RegExp(`[\u00C2-\u00DF][${escapeClass(LATIN_CONTINUATIONS)}]`, 'gu');

/** Names the kind of mojibake when UTF-8 text was once read in a legacy encoding, else null. */
export function doubleEncodingHint(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const ru = (text.match(RU_MOJIBAKE) ?? []).length;
  if (ru >= 3 && (ru * 2) / Math.max(1, letters) >= 0.2) return 'UTF-8 read as windows-1251';
  const latin = (text.match(LATIN_MOJIBAKE) ?? []).length;
  if (latin >= 3 && (latin * 2) / Math.max(1, letters) >= 0.02) return 'UTF-8 read as Latin-1';
  return null;
}

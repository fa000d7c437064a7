// Tests of byte decoding: UTF-8, windows-1251 detection and the refusals that keep garbage out.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { LedeError } from '../../domain/errors.js';
import { decodeCrawlBytes, doubleEncodingHint } from './decode-text.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1251 bytes of Cyrillic and ASCII text, built by hand for the test. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'ё') return 0xb8;
    if (ch === 'Ё') return 0xa8;
    throw new Error(`no windows-1251 byte for ${ch}`);
  });
}

const refuses = (bytes: Uint8Array, reason: RegExp): void => {
  assert.throws(
    () => decodeCrawlBytes(bytes, 'page.txt'),
    (e: unknown) =>
      e instanceof LedeError &&
      e.code === 'parse_failed' &&
      e.detail.startsWith('page.txt: ') &&
      reason.test(e.detail),
  );
};

describe('decodeCrawlBytes', () => {
  it('reads UTF-8, drops the BOM and normalises line ends', () => {
    const out = decodeCrawlBytes(utf8('\uFEFFa\r\nb\rc\u2028d'), 'page.txt');
    assert.deepEqual(out, { text: 'a\nb\nc\nd', encoding: 'utf-8' });
  });

  it('composes decomposed letters (NFC)', () => {
    assert.equal(decodeCrawlBytes(utf8('mu\u0308sahib\u0259'), 'p').text, 'müsahibə');
  });

  it('reads Russian text in windows-1251', () => {
    const text = 'Новая станция метро откроется в Баку, сообщили в метрополитене. Ёлка.';
    assert.deepEqual(decodeCrawlBytes(cp1251(text), 'p'), { text, encoding: 'windows-1251' });
  });

  it('refuses Latin-1 text that is not UTF-8, naming the first bad byte', () => {
    const latin1 = Uint8Array.from([...'Café crème, Müsli und Käse'], (c) => c.charCodeAt(0));
    refuses(latin1, /not valid UTF-8 \(byte 0xE9 at offset 3\)/);
  });

  it('refuses NUL bytes and control-character noise as binary', () => {
    refuses(Uint8Array.from([0x41, 0x00, 0x42]), /binary/);
    refuses(
      Uint8Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 0x07 : 0x61)),
      /binary/,
    );
  });

  it('strips a few stray control characters', () => {
    const text = `${'Обычный текст страницы. '.repeat(10)}\u0007конец\u001A`;
    assert.equal(
      decodeCrawlBytes(utf8(text), 'p').text,
      `${'Обычный текст страницы. '.repeat(10)}конец`,
    );
  });

  it('refuses replacement characters and double-encoded text', () => {
    refuses(utf8('Заголовок \uFFFD'), /U\+FFFD/);
    const mojibake = new TextDecoder('windows-1251').decode(
      utf8('Государственный министр по вопросам обороны'),
    );
    refuses(utf8(mojibake), /double-encoded/);
  });

  it('tells double encoding from ordinary text', () => {
    assert.equal(doubleEncodingHint('Россия и Сербия: Р. Сидоров, С. Рыбаков'), null);
    assert.equal(doubleEncodingHint('Café, crème brûlée, Ærø, Ñandú'), null);
    const latin = Array.from(utf8('Müsahibə: gənc alimlər üçün'), (b) =>
      String.fromCharCode(b),
    ).join('');
    assert.equal(doubleEncodingHint(latin), 'UTF-8 read as Latin-1');
  });
});

// Dates show in the agency's time zone in each edition's own format.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatTime, isoInZone, localDay, parseDay, zonedToUtc } from './dates.js';

const instant = new Date('2025-12-05T10:30:00Z');

test('each edition writes the date its own way', () => {
  assert.equal(formatDate('ru', instant, 'Asia/Baku'), '05 декабря, 2025');
  assert.equal(formatDate('az', instant, 'Asia/Baku'), '05 dekabr, 2025');
  assert.equal(formatDate('en', instant, 'Asia/Baku'), '05 December, 2025');
  assert.equal(formatTime(instant, 'Asia/Baku'), '14:30');
});

test('the local day changes at local midnight, not UTC midnight', () => {
  assert.equal(localDay(new Date('2025-12-04T21:00:00Z'), 'Asia/Baku'), '2025-12-05');
  assert.equal(localDay(new Date('2025-12-04T19:59:00Z'), 'Asia/Baku'), '2025-12-04');
});

test('local wall-clock times convert to UTC and back with the offset', () => {
  const utc = zonedToUtc(2025, 12, 5, 0, 0, 'Asia/Baku');
  assert.equal(utc.toISOString(), '2025-12-04T20:00:00.000Z');
  assert.equal(isoInZone(utc, 'Asia/Baku'), '2025-12-05T00:00:00+04:00');
  assert.equal(
    isoInZone(new Date('2025-07-01T12:00:00Z'), 'Europe/London'),
    '2025-07-01T13:00:00+01:00',
  );
});

test('parseDay accepts real dates only', () => {
  assert.deepEqual(parseDay('2025-12-05'), { year: 2025, month: 12, day: 5 });
  assert.equal(parseDay('2025-02-30'), null);
  assert.equal(parseDay('05.12.2025'), null);
});

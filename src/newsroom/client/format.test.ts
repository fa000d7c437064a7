// Newsroom times in the agency's zone with Lede's own month names, whatever the browser knows.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describeWallClock,
  formatTime,
  fromAgencyFields,
  fromZonedInput,
  toAgencyFields,
  toZonedInput,
} from './format.js';

const thisYear = new Date().getUTCFullYear();

test('a time of this year: day, month name of the interface language, time in Baku', () => {
  const iso = `${thisYear}-12-06T19:04:00Z`;
  assert.equal(formatTime(iso, 'az'), '06 dekabr 23:04');
  assert.equal(formatTime(iso, 'ru'), '06 декабря 23:04');
  assert.equal(formatTime(iso, 'en'), '06 December 23:04');
  assert.equal(formatTime(iso, 'az', { seconds: true }), '06 dekabr 23:04:00');
});

test('another year is named; the Baku day may be the next UTC day; no time is a dash', () => {
  assert.equal(formatTime('2025-12-04T20:00:00Z', 'ru'), '05 декабря, 2025 00:00');
  assert.equal(formatTime('2024-03-01T08:30:00Z', 'az'), '01 mart, 2024 12:30');
  assert.equal(formatTime(null, 'en'), '—');
  assert.equal(formatTime('not a time', 'en'), '—');
});

test('datetime-local values are wall-clock time in Baku', () => {
  assert.equal(toZonedInput('2025-12-04T20:00:00.000Z'), '2025-12-05T00:00:00');
  assert.equal(fromZonedInput('2025-12-05T00:00'), '2025-12-04T20:00:00.000Z');
});

test('dates are typed as the agency writes them (dd.mm.yyyy, 24 h), never mm/dd', () => {
  assert.equal(fromAgencyFields('06.12.2025', '23:04'), '2025-12-06T23:04');
  assert.equal(fromAgencyFields('6.1.2026', '7:05'), '2026-01-06T07:05');
  assert.deepEqual(toAgencyFields('2025-12-06T23:04'), { date: '06.12.2025', time: '23:04' });
  // 12/06 is not the 6th of December: there is no 13th month, nor a 31st of April, nor 24:00.
  assert.equal(fromAgencyFields('12/31/2025', '10:00'), null);
  assert.equal(fromAgencyFields('31.04.2026', '10:00'), null);
  assert.equal(fromAgencyFields('06.12.2025', '24:00'), null);
  assert.equal(fromAgencyFields('06.12.2025', '11:30 PM'), null);
  assert.equal(describeWallClock('2025-12-06T23:04', 'az'), '06 dekabr 2025, 23:04');
  assert.equal(describeWallClock('2025-12-06T23:04', 'ru'), '06 декабря 2025, 23:04');
});

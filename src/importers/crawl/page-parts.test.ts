// Tests of the headline label, the date line and the edition detection.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { detectEdition } from './detect-edition.js';
import { readDateLine } from './parse-date-line.js';
import { splitTitle } from './split-title.js';

describe('splitTitle', () => {
  it('takes the type label off in every edition and dash', () => {
    assert.deepEqual(splitTitle('Госминистр: планы - ИНТЕРВЬЮ'), {
      title: 'Госминистр: планы',
      type: 'interview',
      labels: ['ИНТЕРВЬЮ'],
    });
    assert.equal(splitTitle('Rektor: yeni laboratoriyalar – MÜSAHİBƏ').type, 'interview');
    assert.equal(splitTitle('Port director — INTERVIEW').type, 'interview');
    assert.equal(splitTitle('Парк открыт - ФОТО').type, 'photo');
    assert.equal(splitTitle('Park opened - VIDEO').type, 'video');
    assert.equal(splitTitle('Kredit bahalaşır - RƏY').type, 'opinion');
    assert.equal(splitTitle('Кредит дорожает - МНЕНИЕ').type, 'opinion');
    assert.equal(splitTitle('Bazarlar - TƏHLİL').type, 'analysis');
  });

  it('removes several labels and keeps headlines without one', () => {
    assert.deepEqual(splitTitle('Парад в Баку - ФОТО - ВИДЕО'), {
      title: 'Парад в Баку',
      type: 'photo',
      labels: ['ФОТО', 'ВИДЕО'],
    });
    assert.deepEqual(splitTitle('Азербайджан - ЕС: новый этап'), {
      title: 'Азербайджан - ЕС: новый этап',
      type: null,
      labels: [],
    });
    assert.equal(splitTitle('Итоги года - 2025').title, 'Итоги года - 2025');
    assert.equal(splitTitle('Репортаж - фото').type, null);
  });
});

describe('readDateLine', () => {
  it('reads the date in each edition, with an optional time', () => {
    const ru = readDateLine('05 декабря, 2025');
    assert.equal(ru.kind, 'date');
    assert.deepEqual(ru.kind === 'date' && ru.value, {
      year: 2025,
      month: 12,
      day: 5,
      hour: 0,
      minute: 0,
      hasTime: false,
      localDay: '2025-12-05',
      editions: ['ru'],
    });
    const az = readDateLine('05 dekabr, 2025 14:30');
    assert.equal(az.kind === 'date' && az.value.hasTime, true);
    assert.equal(
      az.kind === 'date' && `${az.value.localDay} ${az.value.hour}:${az.value.minute}`,
      '2025-12-05 14:30',
    );
    const en = readDateLine('14:30, 5 December 2025');
    assert.equal(en.kind === 'date' && en.value.hour, 14);
    const may = readDateLine('01 May, 2025');
    assert.deepEqual(may.kind === 'date' && may.value.editions, ['az', 'en']);
  });

  it('tells lines that are not dates from dates that are wrong', () => {
    assert.equal(readDateLine('Внешняя политика').kind, 'none');
    assert.deepEqual(readDateLine('05 декобря, 2025'), {
      kind: 'invalid',
      reason: 'unknown month "декобря"',
    });
    assert.equal(readDateLine('30 февраля, 2025').kind, 'invalid');
    assert.equal(readDateLine('05 декабря, 2025 25:10').kind, 'invalid');
  });
});

describe('detectEdition', () => {
  it('reads Cyrillic as ru, Azerbaijani letters as az, and the rest as en', () => {
    assert.equal(detectEdition('Госминистр: У Лондона и Баку WUF13'), 'ru');
    assert.equal(detectEdition('Rektor: Gənc alimlər üçün yeni laboratoriyalar açılacaq'), 'az');
    assert.equal(detectEdition('The minister met Ilham Aliyev in Baku and visited Şuşa.'), 'en');
    assert.equal(detectEdition('Talks in Şuşa and Ağdam', ['az', 'en']), 'en');
  });

  it('lets the month name decide when the letters cannot', () => {
    assert.equal(detectEdition('Bakida yeni park acilib', ['az']), 'az');
    assert.equal(detectEdition('New park opened', ['en']), 'en');
    assert.equal(detectEdition('New park opened', ['az', 'en']), 'en');
  });
});

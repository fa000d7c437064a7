// Tests of parseCrawlPage on invented pages of each edition and type (the real seed page too when beside the repository), and on broken input.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { allRuns, runsText, type Block } from '../../domain/blocks.js';
import { LedeError } from '../../domain/errors.js';
import { SEED_FILE, SEED_SKIP } from '../../../test/support/crawl-pages.js';
import { parseCrawlPage, type ParsedCrawlPage } from './parse-crawl.js';

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../test/fixtures/crawl/${name}`, import.meta.url));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const notes = (blocks: Block[]): string[] =>
  [...allRuns(blocks)].filter((r) => r.marks?.includes('editorNote')).map((r) => r.text);
const turnText = (block: Block): string =>
  block.type === 'question' || block.type === 'answer'
    ? block.content.map((p) => runsText(p.content)).join('\n\n')
    : '';

/** Asserts a question is always followed by its answer and returns how many pairs there are. */
function countPairs(blocks: Block[]): number {
  let pairs = 0;
  blocks.forEach((b, i) => {
    if (b.type !== 'question') return;
    assert.equal(blocks[i + 1]?.type, 'answer', `question ${i} is followed by an answer`);
    pairs++;
  });
  return pairs;
}

function assertParseFailed(fn: () => unknown, file: string, reason: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof LedeError, 'a LedeError');
    assert.equal(err.code, 'parse_failed');
    assert.ok(err.detail.startsWith(`${file}: `), `names the file: ${err.detail}`);
    assert.match(err.detail, reason);
    return true;
  });
}

/** What a test asserts of an interview page in the seed's format; one set for each page. */
interface InterviewFacts {
  name: string;
  read: () => Uint8Array;
  skip: string | false;
  title: string;
  rubric: string;
  hotTags: string[];
  lead: { start: string; end: string };
  /** The second intro paragraph, kept plain before the first question. */
  intro: string;
  firstQuestion: { start: string; end: string };
  /** Paragraphs of each answer, in order. */
  answerParagraphs: number[];
  firstAnswer: string;
  lastAnswer: string;
  notes: string[];
  /** The first answer's second paragraph: how its text before the note ends, the note, the text after. */
  noteInAnswer: { before: string; note: string; after: string };
}

/** The project's own invented interview (test/fixtures/crawl/ru-interview.txt). */
const FIXTURE_INTERVIEW: InterviewFacts = {
  name: 'the project’s interview page',
  read: () => fixture('ru-interview.txt'),
  skip: false,
  title: 'Директор станции: Солнце Ширвана даст ток трём городам к 2028 году',
  rubric: 'Энергетика',
  hotTags: ['Нариман Вахидов', 'EXPO27', 'Водный кодекс', 'Неделя науки'],
  lead: {
    start: 'Директор солнечной электростанции «Гюнеш-Ширван» Рамиз Велиханов',
    end: 'когда солнца нет.',
  },
  intro: 'В интервью нашему агентству',
  firstQuestion: { start: 'Как продвигается строительство', end: 'даст первый ток?' },
  answerParagraphs: [4, 2, 4, 1],
  firstAnswer: 'Строительство идёт по графику.',
  lastAnswer: 'Энергетика меняется быстрее',
  notes: [
    '(в июне или июле - ред.)',
    '(Роботы собраны на заводе в Сумгайыте по чертежам инженеров станции, первые двенадцать машин вышли на поле в ноябре - ред.)',
    '(руководит центром Севиндж Мамедли - ред.)',
    '(её строительство завершится в 2027 году - ред.)',
    '(из Баку и Гянджи - ред.)',
  ],
  noteInAnswer: {
    before: 'Первый ток вторая очередь даст летом ',
    note: '(в июне или июле - ред.)',
    after: ', а полную мощность станция наберёт к осени.',
  },
};

/** The reference agency's real seed page, checked in addition when ../shared/seed/ is there. */
const SEED_INTERVIEW: InterviewFacts = {
  name: 'the seed page',
  read: () => readFileSync(SEED_FILE),
  skip: SEED_SKIP,
  title: 'Госминистр: У Лондона и Баку амбициозные планы сотрудничества в сфере обороны',
  rubric: 'Внешняя политика',
  hotTags: ['Ильхам Алиев', 'WUF13', 'Бюджетный пакет', 'Неделя волонтёров'],
  lead: {
    start: 'Государственный министр по вопросам обороны Соединенного Королевства',
    end: 'ключевым элементом которого будет сфера обороны.',
  },
  intro: 'В эксклюзивном интервью Report',
  firstQuestion: { start: 'Как бы вы охарактеризовали', end: 'в Азербайджан?' },
  answerParagraphs: [5, 3, 4, 1],
  firstAnswer: 'В настоящее время сотрудничество',
  lastAnswer: 'Азербайджан - важная страна',
  notes: [
    '(в Азербайджан - ред.)',
    '(В рамках визита британская делегация во главе с госминистром приняла участие в церемонии по случаю очередного выпуска курса "Подготовка инструкторов", проводимого с участием молодых офицеров - ред.)',
    '(Гэвин Тарбард - ред.)',
    '(Южного Кавказа - ред.)',
    '(подписанием - ред.)',
  ],
  noteInAnswer: {
    before: 'Некоторые из наших военных также приезжают ',
    note: '(в Азербайджан - ред.)',
    after: ' и помогают с подготовкой.',
  },
};

/** Both pages are dated 05 December 2025 without a time: midnight in Baku. */
const DATE_LINE = '05 декабря, 2025';

function describeInterview(facts: InterviewFacts): void {
  let parsed: ParsedCrawlPage | undefined;
  /** Read when a test runs, so a page that is not there is never opened. */
  const page = (): ParsedCrawlPage =>
    (parsed ??= parseCrawlPage(facts.read(), { file: 'interview.txt' }));
  const text = (): string => decode(facts.read());
  const opts = { skip: facts.skip };

  describe(`parseCrawlPage on ${facts.name}`, opts, () => {
    it('reads the edition, type, title without its label, rubric and date', () => {
      assert.equal(page().edition, 'ru');
      assert.equal(page().type, 'interview');
      assert.equal(page().title, facts.title);
      assert.equal(page().rubric, facts.rubric);
      assert.equal(page().publishedAt, '2025-12-05T00:00:00+04:00');
      // The date line gives no time: the story is known to the day only.
      assert.equal(page().publishedDateOnly, true);
    });

    it('splits the hot-tags strip into four tags and leaves the story tags empty', () => {
      assert.deepEqual(page().hotTags, facts.hotTags);
      assert.deepEqual(page().tags, []);
    });

    it('takes the first paragraph as the lead and keeps the second intro paragraph plain', () => {
      assert.ok(page().lead.startsWith(facts.lead.start));
      assert.ok(page().lead.endsWith(facts.lead.end));
      const first = page().blocks[0]!;
      assert.equal(first.type, 'paragraph');
      assert.ok(runsText(first.type === 'paragraph' ? first.content : []).startsWith(facts.intro));
    });

    it('has four questions, each followed by its answer, without the leading dash', () => {
      assert.deepEqual(
        page().blocks.map((b) => b.type),
        ['paragraph', ...Array<string[]>(4).fill(['question', 'answer']).flat()],
      );
      assert.equal(countPairs(page().blocks), 4);
      const questions = page().blocks.filter((b) => b.type === 'question');
      for (const q of questions) assert.doesNotMatch(turnText(q), /^[-–—]\s/);
      assert.ok(turnText(questions[0]!).startsWith(facts.firstQuestion.start));
      assert.ok(turnText(questions[0]!).endsWith(facts.firstQuestion.end));
    });

    it('keeps every paragraph of an answer until the next question', () => {
      const answers = page().blocks.filter((b) => b.type === 'answer');
      assert.deepEqual(
        answers.map((a) => (a.type === 'answer' ? a.content.length : 0)),
        facts.answerParagraphs,
      );
      assert.ok(turnText(answers[0]!).startsWith(facts.firstAnswer));
      assert.ok(turnText(answers[3]!).startsWith(facts.lastAnswer));
    });

    it('marks the five editor notes and keeps the text around them plain', () => {
      assert.deepEqual(notes(page().blocks), facts.notes);
      const answer = page().blocks[2]!;
      assert.equal(answer.type, 'answer');
      const runs = answer.type === 'answer' ? answer.content[1]!.content : [];
      assert.deepEqual(runs.slice(1), [
        { text: facts.noteInAnswer.note, marks: ['editorNote'] },
        { text: facts.noteInAnswer.after },
      ]);
      assert.ok(runs[0]!.text.endsWith(facts.noteInAnswer.before));
    });

    it('gives a stable source key that ignores case, spacing and the time of day', () => {
      assert.match(page().sourceKey!, /^crawl:ru:[0-9a-f]{40}$/);
      const lastWord = facts.title.split(' ').at(-1)!;
      const again = parseCrawlPage(
        utf8(
          text()
            .replace(`${lastWord} - ИНТЕРВЬЮ`, `${lastWord.toUpperCase()}  - ИНТЕРВЬЮ`)
            .replace(DATE_LINE, `${DATE_LINE} 09:10`),
        ),
      );
      assert.equal(again.sourceKey, page().sourceKey);
      const otherDay = parseCrawlPage(utf8(text().replace(DATE_LINE, '06 декабря, 2025')));
      assert.notEqual(otherDay.sourceKey, page().sourceKey);
    });
  });

  describe(`parseCrawlPage tolerates variants of the format, on ${facts.name}`, opts, () => {
    const same = (variant: ParsedCrawlPage): void => {
      const reference = page();
      assert.equal(variant.title, reference.title);
      assert.equal(variant.rubric, reference.rubric);
      assert.equal(variant.lead, reference.lead);
      assert.deepEqual(variant.blocks, reference.blocks);
    };

    it('reads CRLF line ends, a BOM and extra blank lines', () => {
      const variant = `\uFEFF\r\n${text()
        .replace(/\n/g, '\r\n')
        .replace(/\r\n\r\n/g, '\r\n\r\n\r\n\t \r\n')}`;
      const parsedVariant = parseCrawlPage(utf8(variant));
      same(parsedVariant);
      assert.deepEqual(parsedVariant.hotTags, page().hotTags);
    });

    it('reads UTF-16 with a byte-order mark', () => {
      const units = `\uFEFF${text()}`;
      const bytes = new Uint8Array(units.length * 2);
      for (let i = 0; i < units.length; i++) {
        bytes[i * 2] = units.charCodeAt(i) & 0xff;
        bytes[i * 2 + 1] = units.charCodeAt(i) >> 8;
      }
      same(parseCrawlPage(bytes));
    });

    it('accepts a page without the first " date" line, with empty hot tags', () => {
      const variant = parseCrawlPage(utf8(text().slice(text().indexOf('\n') + 1)));
      same(variant);
      assert.deepEqual(variant.hotTags, []);
      assert.equal(variant.publishedAt, '2025-12-05T00:00:00+04:00');
    });

    it('accepts en and em dashes for the label and the turns', () => {
      const variant = text()
        .replace(' - ИНТЕРВЬЮ', ' — ИНТЕРВЬЮ')
        .replace(/^(\s*)- /gm, '$1– ');
      const parsedVariant = parseCrawlPage(utf8(variant));
      same(parsedVariant);
      assert.equal(parsedVariant.type, 'interview');
    });

    it('trusts the date line over the first line and reads a time beside it', () => {
      const variant = text()
        .replace('date 2025-12-05', 'date 2025-12-07')
        .replace(DATE_LINE, `${DATE_LINE} 14:30`);
      assert.equal(parseCrawlPage(utf8(variant)).publishedAt, '2025-12-05T14:30:00+04:00');
      assert.equal(parseCrawlPage(utf8(variant)).publishedDateOnly, undefined);
    });

    it('uses the time zone given', () => {
      const inLondon = parseCrawlPage(utf8(text()), { timeZone: 'Europe/London' });
      assert.equal(inLondon.publishedAt, '2025-12-05T00:00:00+00:00');
      assert.throws(
        () => parseCrawlPage(utf8(text()), { timeZone: 'Mars/Olympus' }),
        (e: unknown) => e instanceof LedeError && e.code === 'invalid_input',
      );
    });

    it('finds an interview without a label from its questions and answers', () => {
      const variant = parseCrawlPage(utf8(text().replace(' - ИНТЕРВЬЮ', '')));
      assert.equal(variant.type, 'interview');
      assert.equal(countPairs(variant.blocks), 4);
    });

    it('uses known tags to split the strip', () => {
      // The strip is a two-word name, a code, then two tags of a capitalised and a lowercase word.
      const [name, code, third, fourth] = facts.hotTags as [string, string, string, string];
      const withKnown = parseCrawlPage(utf8(text()), {
        // Known tags whose words are not side by side in the strip, or of another edition, split nothing.
        knownTags: { ru: [`${fourth} ${code}`], en: [`${name} ${code}`] },
      });
      assert.deepEqual(withKnown.hotTags, facts.hotTags);
      const known = `${third} ${fourth.split(' ')[0]}`.toLowerCase();
      const shifted = parseCrawlPage(utf8(text().replace(`${code} ${third}`, third)), {
        knownTags: { ru: [known] },
      });
      assert.deepEqual(shifted.hotTags, [name, known, fourth.split(' ')[1]]);
    });
  });
}

describeInterview(FIXTURE_INTERVIEW);
describeInterview(SEED_INTERVIEW);

describe('parseCrawlPage on invented pages', () => {
  it('reads an Azerbaijani interview with "- red." notes', () => {
    const page = parseCrawlPage(fixture('az-interview.txt'));
    assert.equal(page.edition, 'az');
    assert.equal(page.type, 'interview');
    assert.equal(page.title, 'Rektor: Gənc alimlər üçün yeni laboratoriyalar açılacaq');
    assert.equal(page.rubric, 'Elm və təhsil');
    assert.equal(page.publishedAt, '2025-03-12T10:15:00+04:00');
    assert.deepEqual(page.hotTags, [
      'İlham Əliyev',
      'COP29',
      'Dövlət büdcəsi',
      'Könüllülər həftəsi',
    ]);
    assert.ok(page.lead.startsWith('Bakı Texnologiya Universitetinin rektoru'));
    assert.deepEqual(
      page.blocks.map((b) => b.type),
      ['paragraph', 'question', 'answer', 'question', 'answer'],
    );
    assert.equal(turnText(page.blocks[1]!), 'Yeni laboratoriyalar nə vaxt istifadəyə veriləcək?');
    assert.ok(
      turnText(page.blocks[2]!).endsWith('Tələbələr avadanlıqdan pulsuz istifadə edə biləcəklər.'),
    );
    assert.deepEqual(notes(page.blocks), [
      '(kimya fakültəsində - red.)',
      '(Almaniya və Polşadan - red.)',
    ]);
  });

  it('reads an English news story with a time', () => {
    const page = parseCrawlPage(fixture('en-news.txt'));
    assert.equal(page.edition, 'en');
    assert.equal(page.type, 'news');
    assert.equal(page.title, 'Caspian ferry line adds night crossings to Aktau');
    assert.equal(page.rubric, 'Economy');
    assert.equal(page.publishedAt, '2025-12-05T14:30:00+04:00');
    assert.deepEqual(page.hotTags, ['Ilham Aliyev', 'WUF13', 'Budget package', 'Volunteers Week']);
    assert.deepEqual(
      page.blocks.map((b) => b.type),
      ['paragraph', 'paragraph'],
    );
    assert.deepEqual(notes(page.blocks), []);
  });

  it('reads an Azerbaijani news story without the first line and joins wrapped lines', () => {
    const page = parseCrawlPage(fixture('az-news.txt'));
    assert.equal(page.edition, 'az');
    assert.equal(page.type, 'news');
    assert.equal(page.title, 'Sumqayıtda yeni park salınıb');
    assert.equal(page.rubric, 'Cəmiyyət');
    assert.equal(page.publishedAt, '2025-06-28T09:05:00+04:00');
    assert.deepEqual(page.hotTags, []);
    assert.equal(
      page.lead,
      'Sumqayıt şəhərinin dənizkənarı hissəsində yeni park istifadəyə verilib. Parkda uşaq meydançası, velosiped yolu və fəvvarə var.',
    );
    assert.equal(page.blocks.length, 1);
  });

  it('reads an English interview with em-dash turns and "- ed." notes', () => {
    const page = parseCrawlPage(fixture('en-interview.txt'));
    assert.equal(page.edition, 'en');
    assert.equal(page.type, 'interview');
    assert.equal(page.title, 'Port director: We expect cargo to double by 2030');
    assert.equal(page.publishedAt, '2025-10-02T00:00:00+04:00');
    assert.equal(countPairs(page.blocks), 2);
    assert.equal(turnText(page.blocks[2]!).split('\n\n').length, 2);
    // A "?" inside an answer does not make it a question.
    assert.ok(turnText(page.blocks.at(-1)!).startsWith('Central Asia, without a doubt'));
    assert.deepEqual(notes(page.blocks), [
      '(including containers - ed.)',
      '(mainly Kazakhstan and Uzbekistan - ed.)',
    ]);
    const withKnown = parseCrawlPage(fixture('en-interview.txt'), {
      knownTags: { en: ['foreign policy', 'Middle Corridor'] },
    });
    assert.deepEqual(withKnown.hotTags, ['COP29', 'Middle Corridor', 'foreign policy']);
    assert.deepEqual(page.hotTags, ['COP29', 'Middle Corridor Foreign', 'Policy']);
  });

  it('reads a Russian opinion piece as plain paragraphs', () => {
    const page = parseCrawlPage(fixture('ru-opinion.txt'));
    assert.equal(page.edition, 'ru');
    assert.equal(page.type, 'opinion');
    assert.equal(page.title, 'Почему малому бизнесу нужен дешёвый кредит');
    assert.equal(page.publishedAt, '2025-11-20T18:40:00+04:00');
    assert.deepEqual(
      page.blocks.map((b) => b.type),
      ['paragraph', 'paragraph', 'paragraph'],
    );
    assert.deepEqual(notes(page.blocks), ['(около 18 процентов - ред.)']);
  });

  it('reads a Russian page saved in windows-1251', () => {
    const bytes = fixture('ru-news-cp1251.txt');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const page = parseCrawlPage(bytes);
    assert.equal(page.edition, 'ru');
    assert.equal(page.title, 'В Баку откроется новая станция метро');
    assert.equal(page.rubric, 'Общество');
    assert.equal(page.publishedAt, '2025-04-09T00:00:00+04:00');
    assert.deepEqual(page.hotTags, ['Ильхам Алиев', 'Весенний призыв', 'Погода']);
    assert.doesNotMatch(JSON.stringify(page), /\uFFFD/);
  });
});

describe('parseCrawlPage refuses broken input', () => {
  const cases: [string, RegExp][] = [
    ['empty.txt', /empty/],
    ['whitespace.txt', /only whitespace/],
    ['binary.png', /binary/],
    ['no-date.txt', /no date line/],
    ['no-headline.txt', /no headline/],
    ['no-body.txt', /no body/],
    ['bad-date.txt', /not a real date/],
    ['latin1.txt', /not valid UTF-8.*save the page as UTF-8/],
  ];
  for (const [name, reason] of cases) {
    it(`refuses ${name}`, () => {
      assertParseFailed(() => parseCrawlPage(fixture(name), { file: name }), name, reason);
    });
  }

  it('names a default file when none is given', () => {
    assertParseFailed(() => parseCrawlPage(new Uint8Array()), '(unnamed page)', /empty/);
  });

  it('refuses text that is mostly control characters', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    assertParseFailed(() => parseCrawlPage(bytes, { file: 'ctl.txt' }), 'ctl.txt', /binary/);
  });

  it('refuses a page whose headline is only a type label', () => {
    const page = ' date 2025-12-05 WUF13\n - ИНТЕРВЬЮ\n\n Общество\n 05 декабря, 2025\n Текст.\n';
    assertParseFailed(() => parseCrawlPage(utf8(page), { file: 'x.txt' }), 'x.txt', /headline/);
  });

  it('refuses a page with two lines between headline and date', () => {
    const page = 'Заголовок новости\nОбщество\nЕщё строка\n05 декабря, 2025\nТекст.\n';
    assertParseFailed(
      () => parseCrawlPage(utf8(page), { file: 'x.txt' }),
      'x.txt',
      /one rubric line/,
    );
  });

  it('refuses text with replacement characters', () => {
    const page = 'Заголовок \uFFFD\uFFFD\nОбщество\n05 декабря, 2025\nТекст.\n';
    assertParseFailed(() => parseCrawlPage(utf8(page), { file: 'x.txt' }), 'x.txt', /U\+FFFD/);
  });
});

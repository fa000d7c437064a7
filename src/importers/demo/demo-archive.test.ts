// Tests that the demo archive keeps its promises: size, editions, genres, translations, hot tags, valid bodies.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRuns, type Block } from '../../domain/blocks.js';
import { EDITION_CODES, type EditionCode } from '../../domain/editions.js';
import { TYPE_LABELS } from '../../domain/story.js';
import { rubricPath } from '../../domain/taxonomy.js';
import { parseStoryInput } from '../../operations/story-schema.js';
import { DEMO_HOT_TAGS, DEMO_RUBRICS, DEMO_STORIES, type DemoStory } from './index.js';

const NOTE_ENDING: Record<EditionCode, string> = { az: ' - red.)', ru: ' - ред.)', en: ' - ed.)' };
const LABELS = [...new Set(EDITION_CODES.flatMap((e) => Object.values(TYPE_LABELS[e])))].filter(
  (label) => label.length > 0,
);

const ofEdition = (edition: EditionCode): DemoStory[] =>
  DEMO_STORIES.filter((s) => s.edition === edition);
const notes = (blocks: Block[]): string[] =>
  [...allRuns(blocks)].filter((r) => r.marks?.includes('editorNote')).map((r) => r.text);

test('the archive has at least 40 stories and at least 12 per edition', () => {
  assert.ok(DEMO_STORIES.length >= 40, `${DEMO_STORIES.length} stories`);
  for (const edition of EDITION_CODES)
    assert.ok(ofEdition(edition).length >= 12, `${edition}: ${ofEdition(edition).length} stories`);
});

test('keys and sourceKeys are unique, and each sourceKey is demo: + key', () => {
  const keys = DEMO_STORIES.map((s) => s.key);
  const sourceKeys = DEMO_STORIES.map((s) => s.sourceKey);
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(new Set(sourceKeys).size, sourceKeys.length);
  for (const s of DEMO_STORIES) assert.equal(s.sourceKey, `demo:${s.key}`);
});

test('every story has a title, lead, rubric, 2-4 tags, an author and a body', () => {
  for (const s of DEMO_STORIES) {
    assert.ok(s.title.trim().length > 0, `${s.key}: title`);
    assert.ok(s.lead.trim().length > 0, `${s.key}: lead`);
    assert.ok(s.rubric.trim().length > 0, `${s.key}: rubric`);
    assert.ok(s.blocks.length >= 1, `${s.key}: blocks`);
    assert.ok(s.tags && s.tags.length >= 2 && s.tags.length <= 4, `${s.key}: tags`);
    assert.ok(s.author || s.authors?.length, `${s.key}: author`);
  }
});

test('every story is accepted by the story schema the importers use', () => {
  for (const { key, group: _group, ageHours: _age, ...input } of DEMO_STORIES)
    assert.doesNotThrow(() => parseStoryInput(input), key);
});

test('no title ends with a type label (labels are rendered from the type)', () => {
  for (const s of DEMO_STORIES)
    for (const label of LABELS)
      assert.doesNotMatch(s.title, new RegExp(`(?:^|[\\s\\-–—])${label}\\s*$`, 'iu'), s.key);
});

test('ages spread from the last hours back over about a month', () => {
  for (const s of DEMO_STORIES)
    assert.ok(s.ageHours >= 0.5 && s.ageHours <= 24 * 31, `${s.key}: ${s.ageHours}`);
  for (const edition of EDITION_CODES) {
    const ages = ofEdition(edition).map((s) => s.ageHours);
    assert.ok(ages.filter((h) => h <= 6).length >= 3, `${edition}: recent stories`);
    assert.ok(
      ages.some((h) => h >= 24 * 20),
      `${edition}: old stories`,
    );
  }
});

test('each edition has at least two interviews of questions and answers with an editor note', () => {
  for (const edition of EDITION_CODES) {
    const interviews = ofEdition(edition).filter((s) => s.type === 'interview');
    assert.ok(interviews.length >= 2, `${edition}: ${interviews.length} interviews`);
    for (const s of interviews) {
      const types = s.blocks.map((b) => b.type);
      assert.ok(types.includes('question') && types.includes('answer'), s.key);
      for (const b of s.blocks) if (b.type === 'answer') assert.ok(b.speaker, `${s.key}: speaker`);
      assert.ok(
        notes(s.blocks).some((n) => n.endsWith(NOTE_ENDING[edition])),
        `${s.key}: editor note`,
      );
    }
  }
});

test('every editor note is in parentheses and ends the way its edition writes it', () => {
  for (const s of DEMO_STORIES)
    for (const n of notes(s.blocks)) {
      assert.ok(n.startsWith('('), `${s.key}: ${n}`);
      assert.ok(n.endsWith(NOTE_ENDING[s.edition]), `${s.key}: ${n}`);
    }
});

test('each edition has an opinion and an analysis piece', () => {
  for (const edition of EDITION_CODES) {
    const types = ofEdition(edition).map((s) => s.type);
    assert.ok(types.includes('opinion'), `${edition}: opinion`);
    assert.ok(types.includes('analysis'), `${edition}: analysis`);
  }
});

test('translation groups span several editions with the same type, rubric and structure', () => {
  const groups = new Map<string, DemoStory[]>();
  for (const s of DEMO_STORIES)
    if (s.group) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  assert.ok(groups.size >= 6, `${groups.size} groups`);
  const rubricKey = (s: DemoStory): string | undefined =>
    Object.entries(DEMO_RUBRICS[s.edition]).find(([, name]) => name === s.rubric)?.[0];
  for (const [group, stories] of groups) {
    const editions = stories.map((s) => s.edition);
    assert.ok(new Set(editions).size >= 2, `${group}: editions`);
    assert.equal(new Set(editions).size, editions.length, `${group}: one story per edition`);
    const [first, ...rest] = stories;
    for (const s of rest) {
      assert.equal(s.type, first!.type, `${group}: type`);
      assert.equal(rubricKey(s), rubricKey(first!), `${group}: rubric`);
      assert.deepEqual(
        s.blocks.map((b) => b.type),
        first!.blocks.map((b) => b.type),
        `${group}: structure`,
      );
    }
  }
});

test('hot tags: 4-6 per edition, each used by a story of its edition', () => {
  for (const edition of EDITION_CODES) {
    const hot = DEMO_HOT_TAGS[edition];
    assert.ok(hot.length >= 4 && hot.length <= 6, `${edition}: ${hot.length} hot tags`);
    assert.equal(new Set(hot).size, hot.length);
    const used = new Set(ofEdition(edition).flatMap((s) => s.tags ?? []));
    for (const tag of hot) assert.ok(used.has(tag), `${edition}: hot tag ${tag} unused`);
  }
});

test('rubrics come from the edition list and have at most two levels', () => {
  for (const s of DEMO_STORIES) {
    assert.ok(Object.values(DEMO_RUBRICS[s.edition]).includes(s.rubric), `${s.key}: ${s.rubric}`);
    assert.ok(rubricPath(s.rubric).length <= 2, s.key);
  }
  for (const edition of EDITION_CODES) {
    const tops = new Set(ofEdition(edition).map((s) => rubricPath(s.rubric)[0]));
    assert.ok(tops.size >= 6, `${edition}: ${tops.size} top-level rubrics`);
  }
});

test('each edition uses the whole block palette except images, and no markup is left over', () => {
  for (const edition of EDITION_CODES) {
    const stories = ofEdition(edition);
    const blocks = stories.flatMap((s) => s.blocks);
    const types = new Set(blocks.map((b) => b.type));
    for (const t of ['paragraph', 'heading', 'quote', 'list', 'embed', 'question', 'answer'])
      assert.ok(types.has(t as Block['type']), `${edition}: ${t}`);
    assert.ok(!types.has('image'), `${edition}: no image files yet`);
    const marks = new Set([...allRuns(blocks)].flatMap((r) => r.marks ?? []));
    for (const m of ['bold', 'italic', 'link', 'editorNote'] as const)
      assert.ok(marks.has(m), `${edition}: ${m}`);
    for (const s of stories) {
      for (const r of allRuns(s.blocks)) {
        assert.doesNotMatch(r.text, /\*\*|\]\(|[{}_]/, `${s.key}: markup left in "${r.text}"`);
        if (r.marks?.includes('link')) assert.match(r.href ?? '', /^https:\/\/example\.org\//);
      }
      for (const b of s.blocks)
        if (b.type === 'embed') assert.match(b.url, /^https:\/\/www\.youtube\.com\/watch\?v=/);
    }
  }
});

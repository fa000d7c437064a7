// The rubric → Media Topic table: real IPTC codes, and a row for every demo rubric but "World".

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { standardsPath } from '../../test/support/standards.js';
import { EDITION_CODES } from '../domain/editions.js';
import { slugify } from '../domain/slug.js';
import { rubricPath, type Rubric } from '../domain/taxonomy.js';
import { DEMO_RUBRICS } from '../importers/demo/rubrics.js';
import { MEDIA_TOPICS, mediaTopicOf, RUBRIC_TOPICS } from './media-topics.js';

const iptc = JSON.parse(
  readFileSync(standardsPath('iptc-mediatopics/IPTC-Media-Topics-english.json'), 'utf8'),
) as { topics: { topicId: string; name: string }[] };
const known = new Set(iptc.topics.map((t) => t.topicId));

test('every code in the table is an IPTC Media Topic', () => {
  for (const topic of Object.values(MEDIA_TOPICS)) assert.ok(known.has(topic.qcode), topic.qcode);
  assert.equal(MEDIA_TOPICS.politics.qcode, 'medtop:11000000');
  assert.equal(MEDIA_TOPICS.economy.qcode, 'medtop:04000000');
  assert.equal(MEDIA_TOPICS.sport.qcode, 'medtop:15000000');
  assert.equal(MEDIA_TOPICS.society.qcode, 'medtop:14000000');
  assert.equal(MEDIA_TOPICS.arts.qcode, 'medtop:01000000');
});

const rubric = (slug: string, id = 1, parentId: number | null = null): Rubric => ({
  id,
  edition: 'en',
  slug,
  name: slug,
  parentId,
  position: 0,
});

test('each demo rubric of each edition has a topic, except "World"', () => {
  for (const edition of EDITION_CODES)
    for (const [key, path] of Object.entries(DEMO_RUBRICS[edition])) {
      const [top, sub] = rubricPath(path).map((name) => slugify(name, edition));
      const leaf = rubric(sub ?? top!, 2, sub ? 1 : null);
      const parent = sub ? rubric(top!, 1) : null;
      const topic = mediaTopicOf(leaf, parent);
      if (key === 'world') assert.equal(topic, null, `${edition} ${path}`);
      else assert.ok(topic, `${edition} ${path} (${leaf.slug}) has a topic`);
    }
});

test('a sub-rubric without a row takes its parent topic', () => {
  assert.equal(RUBRIC_TOPICS['football'], undefined);
  assert.equal(mediaTopicOf(rubric('football', 2, 1), rubric('sport'))?.qcode, 'medtop:15000000');
  assert.equal(
    mediaTopicOf(rubric('foreign-policy', 2, 1), rubric('politics'))?.qcode,
    'medtop:20000638',
  );
});

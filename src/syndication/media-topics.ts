// Rubric slug → IPTC Media Topic: an editable table; a sub-rubric without a row takes its parent's.

import type { Rubric } from '../domain/taxonomy.js';

export interface MediaTopic {
  /** "medtop:11000000" */
  qcode: string;
  /** English name in the IPTC vocabulary. */
  name: string;
}

/** IPTC Media Topics used below (https://cv.iptc.org/newscodes/mediatopic/). */
export const MEDIA_TOPICS = {
  arts: { qcode: 'medtop:01000000', name: 'arts, culture, entertainment and media' },
  disaster: { qcode: 'medtop:03000000', name: 'disaster, accident and emergency incident' },
  economy: { qcode: 'medtop:04000000', name: 'economy, business and finance' },
  education: { qcode: 'medtop:05000000', name: 'education' },
  health: { qcode: 'medtop:07000000', name: 'health' },
  politics: { qcode: 'medtop:11000000', name: 'politics' },
  science: { qcode: 'medtop:13000000', name: 'science and technology' },
  society: { qcode: 'medtop:14000000', name: 'society' },
  sport: { qcode: 'medtop:15000000', name: 'sport' },
  energy: { qcode: 'medtop:20000256', name: 'energy and resource' },
  transport: { qcode: 'medtop:20000337', name: 'transport' },
  internationalRelations: { qcode: 'medtop:20000638', name: 'international relations' },
} as const satisfies Record<string, MediaTopic>;

type TopicKey = keyof typeof MEDIA_TOPICS;

/**
 * Rubric slugs of every edition (az, ru, en) and their topic. Slugs are per edition but
 * transliterated, so one table serves all editions; add a row when a rubric is created.
 */
export const RUBRIC_TOPICS: Record<string, TopicKey> = {
  // Politics / Foreign policy
  siyaset: 'politics',
  politika: 'politics',
  politics: 'politics',
  'xarici-siyaset': 'internationalRelations',
  'vneshnyaya-politika': 'internationalRelations',
  'foreign-policy': 'internationalRelations',
  // Economy and its sections
  iqtisadiyyat: 'economy',
  ekonomika: 'economy',
  economy: 'economy',
  biznes: 'economy',
  business: 'economy',
  energetika: 'energy',
  energy: 'energy',
  neqliyyat: 'transport',
  transport: 'transport',
  // Society, sport, culture, science
  cemiyyet: 'society',
  obshchestvo: 'society',
  society: 'society',
  idman: 'sport',
  sport: 'sport',
  medeniyyet: 'arts',
  kultura: 'arts',
  culture: 'arts',
  texnologiya: 'science',
  tekhnologii: 'science',
  technology: 'science',
  elm: 'science',
  nauka: 'science',
  science: 'science',
  // Incidents, health, education
  hadise: 'disaster',
  proisshestviya: 'disaster',
  incidents: 'disaster',
  sehiyye: 'health',
  zdorove: 'health',
  health: 'health',
  tehsil: 'education',
  obrazovanie: 'education',
  education: 'education',
};

/** The topic of a rubric, else of its parent; null when neither has a row ("World"). */
export function mediaTopicOf(rubric: Rubric, parent: Rubric | null): MediaTopic | null {
  const key = RUBRIC_TOPICS[rubric.slug] ?? (parent ? RUBRIC_TOPICS[parent.slug] : undefined);
  return key ? MEDIA_TOPICS[key] : null;
}

/** The concept URI of a Media Topic qcode, as ninjs wants it. */
export function mediaTopicUri(qcode: string): string {
  return `http://cv.iptc.org/newscodes/mediatopic/${qcode.replace(/^medtop:/, '')}`;
}

// Labels written for Lede: for stories of the English demo archive, which other stories a reader of each really finds related.

/**
 * Topical clusters of the demo archive (src/importers/demo): every story of a cluster is related
 * to every other of it. `also` names stories outside the cluster that are related to its stories
 * too (counted as right answers, but not asked about themselves).
 */
export const RELATED_CLUSTERS: { topic: string; keys: string[]; also?: string[] }[] = [
  {
    topic: 'Caspian freight and the Middle Corridor',
    keys: [
      'en-varga-middle-corridor-interview',
      'en-caspian-shallowing-analysis',
      'en-kuryk-port-berths',
      'en-alat-container-volumes',
      'en-caspian-ferry-fleet-order',
      'en-trans-caspian-tariff-talks',
    ],
    also: ['en-uzbekistan-roadmap'],
  },
  {
    topic: 'the 2026 budget and the oil price',
    keys: [
      'en-oil-price-azeri-light',
      'en-budget-2026-committee',
      'en-budget-2026-first-reading',
      'en-oil-fund-transfer-2026',
      'en-budget-2026-deficit-economists',
      'en-brent-weekly-loss',
    ],
    also: ['en-teachers-pay-rise'],
  },
  {
    topic: 'renewable energy',
    keys: [
      'en-bilasuvar-solar-plant',
      'en-khizi-wind-farm',
      'en-rooftop-solar-rules',
      'en-green-energy-corridor-cable',
      'en-solar-plant-nakhchivan',
    ],
    also: ['en-uzbekistan-roadmap'],
  },
  {
    topic: 'chess',
    keys: [
      'en-baku-rapid-chess-open',
      'en-chess-olympiad-team-named',
      'en-junior-chess-champion',
      'en-chess-in-schools',
      'en-shamkir-chess-returns',
      'en-chess-blitz-european',
    ],
  },
  {
    topic: 'judo',
    keys: [
      'en-judo-warsaw-gold',
      'en-judo-grand-slam-baku',
      'en-judo-world-championship-squad',
      'en-judo-junior-europe-gold',
      'en-judo-coach-appointed',
      'en-judo-paris-grand-slam-silver',
    ],
  },
  {
    topic: 'getting around Baku',
    keys: [
      'en-baku-metro-new-station',
      'en-baku-bus-lanes',
      'en-baku-electric-buses',
      'en-baku-metro-fares-card',
      'en-baku-bike-lanes',
      'en-baku-shade-opinion',
    ],
  },
  {
    topic: 'farming and food exports',
    keys: [
      'en-tapla-funding-round',
      'en-wine-exports-china',
      'en-hazelnut-harvest',
      'en-pomegranate-exports-russia',
      'en-farm-subsidies-reform',
      'en-tea-plantations-lankaran',
    ],
  },
  {
    topic: 'cinema',
    keys: [
      'en-lankaran-short-film-festival',
      'en-baku-film-festival-program',
      'en-azerbaijanfilm-restoration',
      'en-debut-film-cannes',
      'en-cinema-funding-programme',
      'en-shusha-open-air-cinema',
    ],
  },
  {
    topic: 'universities',
    keys: [
      'en-northbridge-rector-interview',
      'en-university-entrance-results',
      'en-foreign-university-campus-ganja',
      'en-student-loans-scheme',
      'en-engineering-faculty-lab',
      'en-teachers-pay-rise',
    ],
  },
];

/** Each labelled story's key and the keys of the stories related to it. */
export function relatedLabels(): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  for (const cluster of RELATED_CLUSTERS)
    for (const key of cluster.keys) {
      const related = labels.get(key) ?? new Set<string>();
      for (const other of [...cluster.keys, ...(cluster.also ?? [])])
        if (other !== key) related.add(other);
      labels.set(key, related);
    }
  return labels;
}

/**
 * Precision at k of one story's list: the related among its first k, out of k, or out of all
 * the related when there are fewer than k (a story with four related stories and all four
 * first scores 1).
 */
export function precisionAt(
  k: number,
  shown: readonly string[],
  related: ReadonlySet<string>,
): number {
  const hits = shown.slice(0, k).filter((key) => related.has(key)).length;
  return hits / Math.min(k, related.size);
}

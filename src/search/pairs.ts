// Word pairs: each two neighbouring stems of a field as one token ("эмбарг_поставк"), so a phrase is looked up, not checked position by position.

/**
 * Joins two stems into one index token. Stems are runs of letters and digits, so "_" never occurs
 * in them, and a pair token never equals a stem or a filter token ("_r12", which starts with "_").
 */
export const PAIR_JOINER = '_';

/**
 * The pair tokens of stems in order: n stems give n - 1 pairs. The index keeps the pairs of each
 * field beside its stems; a phrase "a b c" is then the phrase of its pairs "a_b b_c", which holds
 * exactly where the words do. Two frequent words that are seldom neighbours make a rare pair, so
 * the index reads one short list instead of both words' long ones with all their positions.
 */
export function pairsOf(stems: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < stems.length; i++) pairs.push(`${stems[i]}${PAIR_JOINER}${stems[i + 1]}`);
  return pairs;
}

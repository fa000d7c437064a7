// Compares two versions of a story: which fields changed and which blocks were added, removed or changed.

import type { Block } from './blocks.js';

export type BlockChange =
  | { kind: 'added'; to: number; block: Block }
  | { kind: 'removed'; from: number; block: Block }
  | { kind: 'changed'; from: number; to: number; before: Block; after: Block };

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface StoryDiff {
  fields: FieldChange[];
  blocks: BlockChange[];
  /** Blocks the same in both versions. */
  unchanged: number;
}

const key = (value: unknown) => JSON.stringify(value ?? null);

/**
 * A block-level diff: the longest run of identical blocks is kept, and where blocks were
 * taken out and put in at the same place, each pair of the same type counts as one change.
 */
export function diffBlocks(before: readonly Block[], after: readonly Block[]): BlockChange[] {
  const keysBefore = before.map(key);
  const keysAfter = after.map(key);
  // The blocks the same at the start and at the end stay out of the table: an edit of a story of
  // 2,000 blocks compares the few it touched, not 2,000 × 2,000 pairs (16 MB).
  let head = 0;
  while (
    head < keysBefore.length &&
    head < keysAfter.length &&
    keysBefore[head] === keysAfter[head]
  )
    head++;
  let tail = 0;
  while (
    tail < keysBefore.length - head &&
    tail < keysAfter.length - head &&
    keysBefore[keysBefore.length - 1 - tail] === keysAfter[keysAfter.length - 1 - tail]
  )
    tail++;
  const a = keysBefore.slice(head, keysBefore.length - tail);
  const b = keysAfter.slice(head, keysAfter.length - tail);
  const n = a.length;
  const m = b.length;
  // lcs[i * (m + 1) + j]: length of the longest common run of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);

  const changes: BlockChange[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const from = removed[k] === undefined ? undefined : removed[k]! + head;
      const to = added[k] === undefined ? undefined : added[k]! + head;
      if (k < pairs && before[from!]!.type === after[to!]!.type)
        changes.push({
          kind: 'changed',
          from: from!,
          to: to!,
          before: before[from!]!,
          after: after[to!]!,
        });
      else {
        if (from !== undefined) changes.push({ kind: 'removed', from, block: before[from]! });
        if (to !== undefined) changes.push({ kind: 'added', to, block: after[to]! });
      }
    }
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * (m + 1) + j + 1]! >= lcs[(i + 1) * (m + 1) + j]!)) {
      added.push(j++);
    } else {
      removed.push(i++);
    }
  }
  flush();
  return changes;
}

/** Fields of two story shapes whose values differ (compared as JSON). */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
): FieldChange[] {
  return fields
    .filter((field) => key(before[field]) !== key(after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

export function diffStories(
  before: Record<string, unknown> & { blocks: readonly Block[] },
  after: Record<string, unknown> & { blocks: readonly Block[] },
  fields: readonly string[],
): StoryDiff {
  const blocks = diffBlocks(before.blocks, after.blocks);
  const touched = blocks.filter((c) => c.kind !== 'added').length;
  return {
    fields: diffFields(before, after, fields),
    blocks,
    unchanged: before.blocks.length - touched,
  };
}

// Rubric choices as stories name them: "Name", or "Parent / Child" for a sub-rubric.

import type { RubricNode } from '../api/types.js';

export function rubricChoices(rubrics: RubricNode[]): string[] {
  const byId = new Map(rubrics.map((r) => [r.id, r]));
  const sorted = [...rubrics].sort((a, b) => a.position - b.position);
  const out: string[] = [];
  for (const top of sorted.filter((r) => r.parentId === null)) {
    out.push(top.name);
    for (const child of sorted.filter((r) => r.parentId === top.id))
      out.push(`${top.name} / ${child.name}`);
  }
  for (const r of sorted) if (r.parentId !== null && !byId.has(r.parentId)) out.push(r.name);
  return out;
}

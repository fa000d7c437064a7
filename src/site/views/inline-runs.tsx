// Inline text runs with their marks: bold, italic, safe links and the editor's note; marks combine.

import type { ComponentChildren } from 'preact';
import type { TextRun } from '../../domain/blocks.js';
import { linkTarget, type LinkTarget } from './safe-url.js';

/** One run with its bold, italic and editor's-note marks (links are applied around groups). */
function styledRun(run: TextRun): ComponentChildren {
  const marks = run.marks ?? [];
  let node: ComponentChildren = run.text;
  if (marks.includes('italic')) node = <em>{node}</em>;
  if (marks.includes('bold')) node = <strong>{node}</strong>;
  if (marks.includes('editorNote')) {
    node = (
      <span class="editor-note" data-mark="editor-note">
        {node}
      </span>
    );
  }
  return node;
}

function targetOf(run: TextRun): LinkTarget | null {
  return run.marks?.includes('link') ? linkTarget(run.href) : null;
}

/** Renders runs in order; neighbouring runs linking to the same address share one <a>. */
export function InlineRuns({ runs }: { runs: readonly TextRun[] }) {
  const out: ComponentChildren[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    const target = targetOf(run);
    if (!target) {
      out.push(styledRun(run));
      i += 1;
      continue;
    }
    const group: ComponentChildren[] = [];
    while (i < runs.length && targetOf(runs[i]!)?.href === target.href) {
      group.push(styledRun(runs[i]!));
      i += 1;
    }
    out.push(
      <a href={target.href} rel={target.rel}>
        {group}
      </a>,
    );
  }
  return <>{out}</>;
}

// Splits paragraph text into runs, marking the editors' inline notes "(в Азербайджан - ред.)" as editorNote.

import type { TextRun } from '../../domain/blocks.js';

/**
 * An editor's note: parentheses (one level of inner parentheses allowed) whose
 * text ends with a dash and "ред." / "прим. ред." / "red." / "ed.".
 */
const EDITOR_NOTE = /\((?:[^()]|\([^()]*\))*?\s[-–—]\s*(?:прим\.\s*)?(?:ред|red|ed)\.\s*\)/giu;

/** Text runs of a paragraph: plain runs around editor's notes, the parentheses kept in the note. */
export function parseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(EDITOR_NOTE)) {
    const at = m.index;
    if (at > last) runs.push({ text: text.slice(last, at) });
    runs.push({ text: m[0], marks: ['editorNote'] });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

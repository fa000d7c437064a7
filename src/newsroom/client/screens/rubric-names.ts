// Rubric and tag names in the interface language: ones linked across editions (one key) show the one of the UI's language.

import { useEffect, useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import { listLinkedTags, listRubrics } from '../api/taxonomy.js';
import type { EditionCode, RubricNode, Tag } from '../api/types.js';
import type { UiLanguage } from '../i18n/index.js';

/** Rubric choices with their ids: "Name", or "Parent / Child" for a sub-rubric, in menu order. */
export function rubricChoiceNodes(rubrics: RubricNode[]): { value: string; id: number }[] {
  const byId = new Map(rubrics.map((r) => [r.id, r]));
  const sorted = [...rubrics].sort((a, b) => a.position - b.position);
  const out: { value: string; id: number }[] = [];
  for (const top of sorted.filter((r) => r.parentId === null)) {
    out.push({ value: top.name, id: top.id });
    for (const child of sorted.filter((r) => r.parentId === top.id))
      out.push({ value: `${top.name} / ${child.name}`, id: child.id });
  }
  for (const r of sorted)
    if (r.parentId !== null && !byId.has(r.parentId)) out.push({ value: r.name, id: r.id });
  return out;
}

/** Every edition's rubrics, asked once per page load (a rubric added later shows after a reload). */
const loaded = new Map<EditionCode, Promise<RubricNode[]>>();
function rubricsOf(edition: EditionCode): Promise<RubricNode[]> {
  let found = loaded.get(edition);
  if (!found) {
    found = listRubrics(edition).catch(() => {
      loaded.delete(edition);
      return [];
    });
    loaded.set(edition, found);
  }
  return found;
}

/** Names rubrics in a language: a linked rubric by its counterpart there, else by its own name. */
export interface RubricNamer {
  /** One rubric's name ("Economy" for "İqtisadiyyat" in the English interface). */
  name: (rubric: Pick<RubricNode, 'name' | 'key'>) => string;
  /** A rubric by id, as a path "Parent / Child" in the language; `fallback` when unknown. */
  path: (id: number, fallback: string) => string;
  /** The rubrics of the interface language's edition, for filters across editions. */
  own: RubricNode[];
}

export function rubricNamer(all: RubricNode[], language: UiLanguage): RubricNamer {
  const byId = new Map(all.map((r) => [r.id, r]));
  const byKey = new Map(
    all.filter((r) => r.edition === language && r.key).map((r) => [r.key!, r] as const),
  );
  const name = (r: Pick<RubricNode, 'name' | 'key'>) => (r.key && byKey.get(r.key)?.name) || r.name;
  return {
    name,
    path: (id, fallback) => {
      const r = byId.get(id);
      if (!r) return fallback;
      const parent = r.parentId === null ? null : byId.get(r.parentId);
      return parent ? `${name(parent)} / ${name(r)}` : name(r);
    },
    own: all.filter((r) => r.edition === language),
  };
}

/** The namer for the interface language, over every edition's rubrics. */
export function useRubricNamer(language: UiLanguage): RubricNamer {
  const [all, setAll] = useState<RubricNode[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(EDITION_CODES.map(rubricsOf)).then((lists) => live && setAll(lists.flat()));
    return () => {
      live = false;
    };
  }, []);
  return rubricNamer(all, language);
}

/**
 * How a choice of the story's edition reads in the interface language: "Economy (İqtisadiyyat)"
 * when a linked counterpart names it differently, else the name itself.
 */
export function bilingual(own: string, inLanguage: string): string {
  return inLanguage && inLanguage !== own ? `${inLanguage} (${own})` : own;
}

/** Every edition's linked tags, asked once per page load. */
let linkedTags: Promise<Tag[]> | null = null;

/** A tag's name in the interface language: its linked counterpart's there, else its own. */
export function useTagNamer(language: UiLanguage): (tag: Pick<Tag, 'name' | 'key'>) => string {
  const [byKey, setByKey] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    linkedTags ??= Promise.all(EDITION_CODES.map((e) => listLinkedTags(e))).then(
      (lists) => lists.flat(),
      () => ((linkedTags = null), []),
    );
    void linkedTags.then(
      (tags) =>
        live &&
        setByKey(
          new Map(tags.filter((t) => t.edition === language).map((t) => [t.key!, t.name] as const)),
        ),
    );
    return () => {
      live = false;
    };
  }, [language]);
  return (tag) => (tag.key && byKey.get(tag.key)) || tag.name;
}

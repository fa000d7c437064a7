// Random but realistic text per language: Zipf-distributed words (real frequent ones, then made-up roots with endings).

import type { EditionCode } from '../../domain/editions.js';
import { WORDS, type WordMaterial } from './word-lists.js';

/** A small seeded generator (mulberry32): the same seed gives the same archive. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOTS = 12_000;
const FRONT = /[əeiöü]/;

export class TextGenerator {
  readonly lang: EditionCode;
  private readonly words: WordMaterial;
  private readonly lemmas: string[];
  private readonly cumulative: Float64Array;
  private readonly rand: () => number;

  constructor(lang: EditionCode, rand: () => number, exponent = 1.0) {
    this.lang = lang;
    this.words = WORDS[lang];
    this.rand = rand;
    const roots = new Set<string>();
    const rootRand = randomSource(7 + lang.charCodeAt(0));
    const { syllables, finals } = this.words;
    while (roots.size < ROOTS) {
      const n = 1 + Math.floor(rootRand() * 3);
      let root = '';
      for (let i = 0; i < n; i++) root += syllables[Math.floor(rootRand() * syllables.length)]!;
      roots.add(root + finals[Math.floor(rootRand() * finals.length)]!);
    }
    this.lemmas = [...this.words.core, ...roots];
    this.cumulative = new Float64Array(this.lemmas.length);
    let sum = 0;
    for (let i = 0; i < this.lemmas.length; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      this.cumulative[i] = sum;
    }
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  /** A lemma's rank drawn from the Zipf distribution. */
  rank(): number {
    const target = this.rand() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The word of a rank in a random form (made-up roots take an ending). */
  wordOf(rank: number): string {
    const lemma = this.lemmas[rank]!;
    if (rank < this.words.core.length) return lemma;
    const groups = this.words.endings;
    const group = groups.length > 1 && FRONT.test(lemma.slice(-2)) ? groups[1]! : groups[0]!;
    return lemma + this.pick(group);
  }

  word(): string {
    return this.wordOf(this.rank());
  }

  sentence(min: number, max: number): string {
    const n = min + Math.floor(this.rand() * (max - min + 1));
    const out: string[] = [];
    for (let i = 0; i < n; i++)
      out.push(this.rand() < 0.03 ? this.pick(this.words.names) : this.word());
    const first = out[0]!;
    out[0] =
      first.charAt(0).toLocaleUpperCase(this.lang === 'az' ? 'tr' : this.lang) + first.slice(1);
    return `${out.join(' ')}.`;
  }

  paragraph(): string {
    const n = 2 + Math.floor(this.rand() * 3);
    return Array.from({ length: n }, () => this.sentence(8, 16)).join(' ');
  }

  question(): string {
    return `${this.pick(this.words.questionWords)} ${this.sentence(6, 12).replace(/\.$/, '?')}`;
  }

  get names(): readonly string[] {
    return this.words.names;
  }

  get speakers(): readonly string[] {
    return this.words.speakers;
  }

  /** Made-up and real words of a frequency band (ranks from..to), for benchmark queries. */
  lemmaAt(rank: number): string {
    return this.wordOf(Math.min(rank, this.lemmas.length - 1));
  }

  get vocabularySize(): number {
    return this.lemmas.length;
  }
}

// Russian stemmer: Snowball russian, plus a second pass that keeps a noun's forms on one stem.

import { newStemmer, type Stemmer } from 'snowball-stemmers';

/*
 * Snowball russian strips one ending, and for a noun whose bare form ends in letters that look like
 * an ending it cuts the bare form further than the other forms: "Азербайджан" → "азербайджа" (as if
 * -н were a verb ending) but "Азербайджану" → "азербайджан"; "Алиев" → "ал" but "Алиева" →
 * "алиев"; "Карабах" → "караб" but "Карабаха" → "карабах". Two fixes make the forms meet:
 *
 * 1. When Snowball took a noun or adjective ending off (not a gerund, reflexive or participle one)
 *    and nothing more, and the rest ends in a consonant, the rest is taken for the bare form and
 *    stemmed again (the same way, so "Иванова" → "иванов" gets the stem of "Иванов"):
 *    "Азербайджану" → "азербайджан" → "азербайджа", the stem of "Азербайджан".
 *    This also joins "Израиль" and "Израиля" ("изр"). Endings in и- (-ия, -ие, -ий) are left
 *    alone: they leave no bare form ("Армения" must stay apart from "армия").
 * 2. A final vowel left on a stem of four letters or more is dropped, so Snowball's "кита"
 *    ("Китай", "Китаю") meets its "кит" ("Китая"), "музе" ("музея") meets "муз" ("музей").
 *
 * Both only ever merge stems, never split forms Snowball already kept together. The price is a few
 * more collisions of short stems ("Китай" and "кит", "Алиев" and "алый": "ал"). Input: lowercase,
 * ё folded to е.
 */

const VOWELS = 'аеиоуыэюя';
/** The Snowball russian endings of step 1 (snowballstem.org/algorithms/russian/stemmer.html). */
const PERFECTIVE_GERUND = /(?:[ая](?:в|вши|вшись)|ив|ивши|ившись|ыв|ывши|ывшись)$/;
const REFLEXIVE = /(?:ся|сь)$/;
const ADJECTIVE = endingPattern(
  'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею',
);
const PARTICIPLE = /(?:[ая](?:ем|нн|вш|ющ|щ)|ивш|ывш|ующ)$/;
const NOUN = endingPattern(
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ' +
    'ью ю ия ья я',
);
/** Last letters after which a rest counts as a bare noun: consonants (not й, ь, ъ). */
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/;
const VOWEL_END = /[аеиоуыэюя]$/;

/** A pattern for the longest of the endings at the end of a word. */
function endingPattern(endings: string): RegExp {
  const longestFirst = endings.split(' ').sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${longestFirst.join('|')})$`);
}

let snowball: Stemmer | undefined;

function snowballStem(word: string): string {
  snowball ??= newStemmer('russian');
  return snowball.stem(word);
}

/** The region after the first vowel, where Snowball looks for endings. */
function rv(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (VOWELS.includes(word[i]!)) return word.slice(i + 1);
  }
  return '';
}

/**
 * The noun or adjective ending of the word as Snowball's first step sees it, or undefined for a
 * gerund, reflexive or participle form. Verb endings are not ruled out here: where Snowball took a
 * verb ending that is not also this noun ending, the caller sees a stem that is not the rest.
 */
function nominalEnding(word: string): string | undefined {
  const region = rv(word);
  if (region === '' || PERFECTIVE_GERUND.test(region) || REFLEXIVE.test(region)) return undefined;
  const adjective = ADJECTIVE.exec(region);
  if (adjective !== null) {
    const rest = region.slice(0, region.length - adjective[0].length);
    return PARTICIPLE.test(rest) ? undefined : adjective[0];
  }
  return NOUN.exec(region)?.[0];
}

/** The stem of one lowercase Russian word (ё already folded to е). */
export function stemRussian(word: string): string {
  const stem = stemAsBareForm(word, 0);
  return stem.length >= 4 && VOWEL_END.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * Snowball's stem, or, when Snowball only took a noun or adjective ending off and left a
 * consonant-final rest, the stem of that rest as if it were the word itself: so every form whose
 * ending leaves the bare form ("Иванова" → "иванов") gets exactly the stem of the bare form.
 */
function stemAsBareForm(word: string, depth: number): string {
  const stem = snowballStem(word);
  if (depth >= 3 || stem === word || stem.length < 3 || !CONSONANT_END.test(stem)) return stem;
  const ending = nominalEnding(word);
  if (ending === undefined) return stem;
  // Endings in и- (-ия, -ие, -ий, -ием ...) leave no bare form: "Армения" is not армен+ия
  // the way "Азербайджана" is азербайджан+а, and "армен" must not become "арм" ("армия").
  if (ending.length > 1 && ending.startsWith('и')) return stem;
  // Only when Snowball did nothing more than take the ending off.
  if (stem !== word.slice(0, word.length - ending.length)) return stem;
  return stemAsBareForm(stem, depth + 1);
}

// Azerbaijani stemmer: a table-driven stripper of case, possessive and plural suffixes.

/*
 * Works on lowercase text with the Azerbaijani letters (the caller folds ə→e, ş→s ... after it):
 * with ş folded to s, "görüşü" (görüş+ü) would look like görü+sü. Every suffix is also listed in
 * its ASCII spelling, so a reader typing "Azerbaycanin" or "xeberleri" gets the stem of
 * "Azərbaycanın" and "xəbərləri".
 *
 * Suffixes are stripped longest first, again and again, until none applies. Where the spelling
 * cannot tell a stem letter from a suffix letter, both readings are made to end at the same stem:
 * "Azərbaycanın" could be azərbayca+nın or azərbaycan+ın, so a final n after a vowel is always
 * dropped, and "Azərbaycan", "Azərbaycanın", "Azərbaycana", "Azərbaycanda" all end as
 * "azərbayc". The same holds for y (buffer -ya: "Bakıya"; k→y: "nazirliyi"), k, q and ğ (k→y and
 * q→ğ before a vowel: "əməkdaşlıq", "əməkdaşlığı") and d (the locative -da against a d-final stem
 * with the dative: "Məhəmmədə", "kəndə"). A stem is an index key, not a dictionary word:
 * "Bakı" → "bak", "nazirlik" → "nazirl".
 *
 * Known collisions, accepted for recall: a final vowel is read as a case or possessive suffix, so
 * "Gəncə" (the city) and "gənc" (young) share a stem, as do "Türkiyə" and "türk". Verbs are not
 * stemmed (their suffixes collide with noun stems: -ir in "nazir"); derivational suffixes (-lı,
 * -lıq, -çı, -sız) are kept, so "azərbaycanlı" and "Azərbaycan" stay apart. -ta/-tan are Turkish,
 * not Azerbaijani (which writes "Ermənistanda"), and would cut "Ermənistan" itself, so they are
 * left out. A vowel+s stem with the possessive ("Parisi") is read as pari+si.
 */

/**
 * What the stem must end with once the suffix is off: a vowel, a consonant, anything, or the
 * 3rd person possessive vowel (ı i u ü), the only place -na, -nda, -ndan, -ndakı come after.
 */
type After = 'vowel' | 'consonant' | 'any' | 'possessive';

interface SuffixRule {
  after: After;
  /**
   * The stem must keep at least two vowels (`true`), or only when it ends in a vowel
   * (`'after-vowel'`): for the suffixes that start with a buffer n or y and for the one-letter
   * trims, which would otherwise cut short words ("Çin", "su", "ay", "qadın").
   */
  polysyllabic: boolean | 'after-vowel';
}

/** [suffixes, after, polysyllabic], grouped by what they mean. */
const TABLE: ReadonlyArray<readonly [string, After, SuffixRule['polysyllabic']]> = [
  // plural, and plural with the 3rd person possessive and a case
  ['lar lər ları ləri ların lərin larının lərinin larına lərinə larını lərini', 'any', false],
  ['larında lərində larından lərindən larla lərlə larda lərdə lardan lərdən', 'any', false],
  // genitive (also the 2nd person possessive) -ın/-in/-un/-ün, -nın/-nin/-nun/-nün
  ['ın in un ün', 'consonant', false],
  ['nın nin nun nün', 'vowel', true],
  // dative -a/-ə, -ya/-yə, -na/-nə
  ['a ə', 'consonant', false],
  ['ya yə', 'vowel', true],
  ['na nə', 'possessive', true],
  // accusative and 3rd person possessive -ı/-i/-u/-ü, -nı/-ni/-nu/-nü, -sı/-si/-su/-sü
  ['ı i u ü', 'consonant', false],
  ['nı ni nu nü sı si su sü', 'vowel', true],
  // 1st and 2nd person plural possessive
  ['ımız imiz umuz ümüz ınız iniz unuz ünüz', 'consonant', false],
  ['mız miz muz müz nız niz nuz nüz', 'vowel', true],
  // locative, ablative, the relative -dakı/-dəki, each also after a possessive (-nda ...)
  ['da də dan dən dakı dəki', 'any', false],
  ['nda ndə ndan ndən ndakı ndəki', 'possessive', true],
  // instrumental -la/-lə, -yla/-ylə
  ['la lə', 'consonant', false],
  ['yla ylə', 'vowel', true],
  // the copula -dır/-dir/-dur/-dür ("mövqeyidir")
  ['dır dir dur dür', 'any', true],
  // one-letter trims that make ambiguous readings meet (see the header comment)
  ['n y k q ğ g', 'vowel', true],
  ['d', 'any', 'after-vowel'],
];

const ASCII: Record<string, string> = { ə: 'e', ı: 'i', ğ: 'g', ş: 's', ç: 'c', ö: 'o', ü: 'u' };

function ascii(suffix: string): string {
  return suffix.replace(/[əığşçöü]/g, (ch) => ASCII[ch]!);
}

const RULES = new Map<string, SuffixRule>();
for (const [suffixes, after, polysyllabic] of TABLE) {
  for (const suffix of suffixes.split(' ')) {
    const rule = { after, polysyllabic };
    RULES.set(suffix, rule);
    // the ASCII spelling; a real suffix keeps its own rule ("i" is a suffix in both spellings)
    if (!RULES.has(ascii(suffix))) RULES.set(ascii(suffix), rule);
  }
}
const LONGEST = Math.max(...[...RULES.keys()].map((suffix) => suffix.length));
/** No stem is cut below this many letters. */
const MIN_STEM = 2;
const MAX_ROUNDS = 8;
const VOWELS = 'aeəiıoöuü';
const POSSESSIVE_VOWELS = 'ıiuü';

function vowelCount(word: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (VOWELS.includes(word[i]!)) count++;
  return count;
}

function fits(word: string, end: number, rule: SuffixRule): boolean {
  if (end < MIN_STEM) return false;
  const vowels = vowelCount(word, end);
  if (vowels === 0) return false;
  const last = word[end - 1]!;
  const polysyllabic =
    rule.polysyllabic === 'after-vowel' ? VOWELS.includes(last) : rule.polysyllabic;
  if (polysyllabic && vowels < 2) return false;
  switch (rule.after) {
    case 'any':
      return true;
    case 'vowel':
      return VOWELS.includes(last);
    case 'consonant':
      return !VOWELS.includes(last);
    case 'possessive':
      return POSSESSIVE_VOWELS.includes(last);
  }
}

/** The stem of one lowercase Azerbaijani word, with its Azerbaijani letters (or typed in ASCII). */
export function stemAzerbaijani(word: string): string {
  let end = word.length;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let cut = 0;
    for (let length = Math.min(LONGEST, end - MIN_STEM); length > 0; length--) {
      const rule = RULES.get(word.slice(end - length, end));
      if (rule !== undefined && fits(word, end - length, rule)) {
        cut = length;
        break;
      }
    }
    if (cut === 0) break;
    end -= cut;
  }
  return end === word.length ? word : word.slice(0, end);
}

/** Ordinal suffixes after numerals: -cı/-ci/-cu/-cü, -ıncı/-inci/-uncu/-üncü, -ncı/-nci/... */
const ORDINALS = new Set(
  ['cı ci cu cü ıncı inci uncu üncü ncı nci ncu ncü'].flatMap((list) => list.split(' ')),
);

/**
 * Whether a word part is nothing but suffixes, like the part after the hyphen or apostrophe in
 * "ABŞ-ın", "BMT-nin", "NATO-ya", "2025-ci", "Azərbaycan'la": such a part is no word of its own.
 */
export function isSuffixChain(part: string): boolean {
  if (ORDINALS.has(part) || ORDINALS.has(ascii(part))) return true;
  let end = part.length;
  for (let round = 0; round < 4 && end > 0; round++) {
    let cut = 0;
    for (let length = Math.min(LONGEST, end); length > 0; length--) {
      const suffix = part.slice(end - length, end);
      // a one-letter suffix only as the whole part ("NATO-u", "ABŞ-a"), not inside a word
      if (RULES.has(suffix) && (length > 1 || end === 1) && /[aeəiıoöuü]/.test(suffix)) {
        cut = length;
        break;
      }
    }
    if (cut === 0) return false;
    end -= cut;
  }
  return end === 0;
}

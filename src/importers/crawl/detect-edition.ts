// Tells the edition of a page from its letters: Cyrillic → ru, Azerbaijani letters → az, else en.

import type { EditionCode } from '../../domain/editions.js';

/** Share of Azerbaijani-only letters among Latin letters that settles az without other hints. */
const AZ_SURE = 0.03;
/** A lower share that still tips az when the month name cannot tell (az and en both write "may"). */
const AZ_LIKELY = 0.01;

/**
 * The edition of a page. `monthEditions` are the editions whose month names the
 * date line uses; they decide when the letters alone are not conclusive.
 */
export function detectEdition(
  text: string,
  monthEditions: readonly EditionCode[] = [],
): EditionCode {
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  if (cyrillic > 0 && cyrillic >= latin) return 'ru';
  if (latin === 0) return monthEditions.length === 1 ? monthEditions[0]! : 'en';
  // ə and dotless ı are the strongest signs; ğ ş ç ö ü also occur in names in English text.
  const strong = count(text, /[əƏı]/gu);
  const weak = count(text, /[ğĞşŞçÇöÖüÜİ]/gu);
  // Without ə or ı the text is not Azerbaijani prose, whatever names it mentions.
  const share = strong > 0 ? (strong * 2 + weak) / latin : 0;
  if (share >= AZ_SURE) return 'az';
  const byMonth = monthEditions.filter((e) => e !== 'ru');
  if (byMonth.length === 1) return byMonth[0]!;
  return share >= AZ_LIKELY ? 'az' : 'en';
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/**
 * Linking a deal phrase to a deal of the dataset. A phrase links when the countries, minerals
 * and value in its sentence fit one dataset deal clearly better than any other; otherwise it
 * stays an unknown deal (`id: 'deal'`) with the parts that were extracted.
 */

/** What the linker knows of each dataset deal (shipped inside the alias index). */
export interface DealKey {
  id: string;
  date: string;
  countries: string[];
  minerals: string[];
  amount?: number;
}

export interface DealEvidence {
  countries: string[];
  minerals: string[];
  amount?: number;
  /** The page's date (YYYY-MM-DD), when known: deals after it cannot be meant. */
  date?: string;
}

const HOME = 'country:US';

function score(key: DealKey, evidence: DealEvidence): number {
  if (evidence.date && key.date > evidence.date) return 0;
  let s = 0;
  const partners = key.countries.filter((c) => c !== HOME);
  const namedPartners = partners.filter((c) => evidence.countries.includes(c));
  if (!namedPartners.length) return 0;
  s += 2 * namedPartners.length;
  if (key.countries.includes(HOME) && evidence.countries.includes(HOME)) s += 1;
  // Countries in the sentence that are not parties make this deal less likely.
  s -= 0.5 * evidence.countries.filter((c) => !key.countries.includes(c)).length;
  if (key.minerals.length && evidence.minerals.length) {
    s += key.minerals.some((m) => evidence.minerals.includes(m)) ? 1 : -1;
  }
  if (key.amount && evidence.amount) {
    const ratio = evidence.amount / key.amount;
    s += ratio > 0.9 && ratio < 1.1 ? 3 : -2;
  }
  return s;
}

/** The id of the one dataset deal the evidence points to, or undefined. */
export function linkDeal(keys: DealKey[], evidence: DealEvidence): string | undefined {
  let best: DealKey | undefined;
  let bestScore = 0;
  // Stryker disable next-line BooleanLiteral: the first deal that scores sets it to false; with none, there is no link anyway.
  let tie = false;
  for (const key of keys) {
    const s = score(key, evidence);
    if (s > bestScore) {
      best = key;
      bestScore = s;
      tie = false;
    } else if (s === bestScore) {
      // Deals that score 0 tie only with each other, and then there is no best deal to return.
      tie = true;
    }
  }
  return best && !tie && bestScore >= 2 ? best.id : undefined;
}

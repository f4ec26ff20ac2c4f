/**
 * Cricket's three-letter team codes in a fixture ("IND vs AUS", "SL v PAK"): each code stands for
 * the national side, so for its country, but only in the fixture's construction, two codes either
 * side of "vs" or "v". Alone, "IND" or "SA" could be anything (an index, a state, South Australia).
 * Also "Pak" joined to India ("India-Pak", "Indo-Pak ties"), the South Asian press's short form.
 */
import type { Mention } from '../model.ts';

/** Codes of the full members and regular associates, with their countries (none for England, Scotland, the West Indies). */
const TEAM_CODES: Readonly<Record<string, string | null>> = {
  IND: 'IN', AUS: 'AU', PAK: 'PK', SL: 'LK', SRI: 'LK', BAN: 'BD', NZ: 'NZ', SA: 'ZA', RSA: 'ZA', AFG: 'AF', ZIM: 'ZW',
  IRE: 'IE', NED: 'NL', NEP: 'NP', UAE: 'AE', OMA: 'OM', NAM: 'NA', USA: 'US', HK: 'HK', ENG: null, SCO: null, WI: null,
};
const CODE = Object.keys(TEAM_CODES).join('|');
const FIXTURE = new RegExp(`(?<![\\p{L}\\p{N}])(${CODE})\\s+(?:vs?\\.?|v)\\s+(${CODE})(?![\\p{L}\\p{N}])`, 'gu');
const INDO_PAK = /(?<![\p{L}\p{N}])(?:India|Indo)-(Pak)(?![\p{L}\p{N}])/gu;

/** "USA v IND Corp", "the SA v HK case": a lawsuit's parties, not a fixture. */
function inLawCase(text: string, start: number, end: number): boolean {
  if (/^\s+(?:Corp|Inc|Ltd|LLC|Co|Plc|PLC)\b/.test(text.slice(end, end + 8))) return true;
  return /\b(?:case|court|judge|ruling|lawsuit|appeal|tribunal)\b/i.test(text.slice(Math.max(0, start - 60), end + 60));
}

/** Country mentions for team codes in fixtures and for "Pak" in "India-Pak", not already covered by `mentions`. */
export function teamCodeMentions(text: string, mentions: readonly Mention[]): Mention[] {
  // Cheap gates: most texts have neither.
  const fixture = / vs?\.? | v /.test(text);
  const indoPak = text.includes('-Pak');
  if (!fixture && !indoPak) return [];
  const out: Mention[] = [];
  const covered = (start: number, end: number) => mentions.some((m) => m.type === 'country' && m.start < end && start < m.end);
  const add = (start: number, surface: string, country: string | null | undefined) => {
    if (!country || covered(start, start + surface.length)) return;
    out.push({ start, end: start + surface.length, type: 'country', id: `country:${country}`, surface });
  };
  if (fixture) {
    for (const m of text.matchAll(FIXTURE)) {
      if (inLawCase(text, m.index!, m.index! + m[0].length)) continue;
      add(m.index!, m[1], TEAM_CODES[m[1]]);
      add(m.index! + m[0].length - m[2].length, m[2], TEAM_CODES[m[2]]);
    }
  }
  if (indoPak) for (const m of text.matchAll(INDO_PAK)) add(m.index! + m[0].length - 3, 'Pak', 'PK');
  return out;
}

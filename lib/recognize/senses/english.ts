/**
 * Sense rules for English aliases that are also ordinary words or other names. Each rule reads
 * a few words around the match and the other matches in its sentence; it answers `unsure` only
 * when a part-of-speech tag would settle it, and then says what to do if compromise is absent.
 */
import { isTitleCase, wordsAfter, wordsBefore, wordsIn, gapText } from '../context.ts';
import * as cue from './cues.ts';
import type { Decision, SenseInput } from './types.ts';

const keep = (why: string): Decision => ({ verdict: 'keep', why });
const drop = (why: string): Decision => ({ verdict: 'drop', why });

function lower(words: { text: string }[]): string[] {
  return words.map((w) => w.text.toLowerCase().replace(/[’']s$/, ''));
}

function sentenceWords(input: SenseInput): Set<string> {
  return new Set(lower(wordsIn(input.text, input.sentence.start, input.sentence.end)));
}

function hasAny(words: Set<string>, cues: Set<string>): boolean {
  for (const w of words) if (cues.has(w)) return true;
  return false;
}

function isCapitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

function atSentenceStart(input: SenseInput): boolean {
  return !/[\p{L}\p{N}]/u.test(input.text.slice(input.sentence.start, input.start));
}

/** Another entity of the same type joined to this one by a comma, "and" or "or" (a list). */
function inList(input: SenseInput, type: 'mineral' | 'country'): boolean {
  return input.neighbours.some((n) => {
    if (n.type !== type) return false;
    const gap = n.end <= input.start ? gapText(input.text, n.end, input.start) : gapText(input.text, input.end, n.start);
    return /^(,|and|or|, and|, or|&|\/|-|–|,\s*as well as)$/.test(gap);
  });
}

/** A capitalised word inside a run of capitalised words that is not a headline: a name. */
function insideProperName(input: SenseInput): boolean {
  if (!isCapitalised(input.surface) || atSentenceStart(input) || isTitleCase(input.text, input.sentence)) return false;
  const next = wordsAfter(input.text, input.end, 1, input.sentence.end)[0];
  const prev = wordsBefore(input.text, input.start, 1, input.sentence.start)[0];
  const adjacent = (w: { start: number; end: number; text: string } | undefined, before: boolean) =>
    w !== undefined &&
    isCapitalised(w.text) &&
    /^\s$/.test(before ? input.text.slice(w.end, input.start) : input.text.slice(input.end, w.start)) &&
    !input.neighbours.some((n) => n.start === w.start);
  // "a Copper Smelting Plant" names a plant by what it makes: still the metal.
  if (next && /^(Smelting|Smelter|Mine|Mines|Mining|Refinery|Refining|Ore|Concentrate|Plant|Deposit|Project|Belt|Production|Processing)$/.test(next.text)) return false;
  return adjacent(next, false) || adjacent(prev, true);
}

function lead(input: SenseInput): Decision {
  if (insideProperName(input)) return drop('proper-name');
  // "co-lead", "team-lead": a role.
  if (/[A-Za-z]-$/.test(input.text.slice(Math.max(0, input.start - 3), input.start))) return drop('lead-role');
  const after = input.text.slice(input.end, input.end + 1);
  const next = lower(wordsAfter(input.text, input.end, 1, input.sentence.end))[0];
  const prev = lower(wordsBefore(input.text, input.start, 1, input.sentence.start))[0];
  if (after === '-' && next && cue.LEAD_MATERIAL_NEXT.has(next)) return keep('lead-compound');
  if (next && cue.LEAD_MATERIAL_NEXT.has(next)) return keep('lead-material-noun');
  if (inList(input, 'mineral')) return keep('metal-list');
  if (prev === 'of') return keep('of-lead');
  if (prev && cue.LEAD_VERB_BEFORE.has(prev)) return drop('lead-verb-or-position');
  if (next && cue.LEAD_VERB_NEXT.has(next)) return drop('lead-verb');
  if (prev === 'the' || prev === 'a') return { verdict: 'unsure', why: 'lead-noun?', fallback: 'drop' };
  return { verdict: 'unsure', why: 'lead?', fallback: 'drop' };
}

const AWARD_NOUNS = /^(album|albums|medal|medals|disc|discs|certification|single|singles|status)$/;

function award(input: SenseInput): Decision {
  if (insideProperName(input)) return drop('proper-name');
  const prev = lower(wordsBefore(input.text, input.start, 1, input.sentence.start))[0];
  if (prev && /^(going|went|gone|goes|go|certified|took|take|takes|taking|won|win|wins|winning|claimed|claim|bagged|grabbed|snatched)$/.test(prev)) return drop('award-verb');
  const next = lower(wordsAfter(input.text, input.end, 4, input.sentence.end));
  if (next[0] && cue.COLOUR_NEXT.has(next[0])) return drop('colour');
  if (input.text.charAt(input.end) === '-' && next[0] && /^(trimmed|plated|coloured|colored|embossed|framed|leaf|tipped|rimmed|edged)$/.test(next[0])) return drop('finish');
  // "Gold List", "Platinum Variable": a tier or a title; "Gold Prices" is still the metal.
  const nextWord = wordsAfter(input.text, input.end, 1, input.sentence.end)[0];
  if (/^\p{Lu}/u.test(input.surface) && nextWord && /^\p{Lu}/u.test(nextWord.text) && /^\s$/.test(input.text.slice(input.end, nextWord.start)) && !cue.MARKET_WORDS.has(nextWord.text.toLowerCase()) && !input.neighbours.some((n) => n.start === nextWord.start)) {
    return drop('name-or-tier');
  }
  const recordAt = next.findIndex((w) => w === 'record' || w === 'records');
  if (next.some((w) => AWARD_NOUNS.test(w))) return drop('award-noun');
  if (recordAt >= 0 && !/^(high|highs|low|lows|level|levels|price|prices|output|year)$/.test(next[recordAt + 1] ?? '')) return drop('record');
  if (inList(input, 'mineral') && !hasAny(sentenceWords(input), new Set(['bronze', 'medal', 'medals']))) return keep('metal-list');
  if (hasAny(sentenceWords(input), cue.AWARD_CUES)) return drop('award');
  return keep('metal');
}

function metalDefault(input: SenseInput): Decision {
  if (insideProperName(input)) return drop('proper-name');
  const next = lower(wordsAfter(input.text, input.end, 1, input.sentence.end))[0];
  const surface = input.surface.toLowerCase();
  if (surface.endsWith('s') && !/^(rare earths|.*ees|.*gms)$/.test(surface) && /^(nickels|coppers|tins|irons|leads|golds|silvers)$/.test(surface)) {
    return drop('plural-object');
  }
  if (surface === 'nickel' && /^a\s$/i.test(input.text.slice(Math.max(0, input.start - 2), input.start)) && !(next && cue.LEAD_MATERIAL_NEXT.has(next))) {
    return drop('coin');
  }
  if (surface === 'copper' && next && /^(hair|haired|coloured|colored|tone|tones|skin|glow|sky|colour|color)$/.test(next)) return drop('colour');
  if (surface === 'cobalt' && next && /^(blue|colour|color)$/.test(next)) return drop('colour');
  if (surface === 'tin') {
    const prev = lower(wordsBefore(input.text, input.start, 1, input.sentence.start))[0];
    if ((prev && cue.TIN_CONTAINER_BEFORE.has(prev)) || (next && cue.TIN_CONTAINER_NEXT.has(next))) return drop('container');
  }
  if (input.surface === 'TIN' || input.surface === 'LEAD' || input.surface === 'GOLD') {
    const ctx = input.text.slice(input.sentence.start, input.sentence.end);
    if (ctx !== ctx.toUpperCase()) return drop('acronym');
  }
  return keep('metal');
}

function chromium(input: SenseInput): Decision {
  if (hasAny(sentenceWords(input), cue.BROWSER_CUES)) return drop('browser');
  if (isCapitalised(input.surface) && !atSentenceStart(input) && !isTitleCase(input.text, input.sentence)) return drop('browser-name');
  return keep('metal');
}

function mercury(input: SenseInput): Decision {
  if (isCapitalised(input.surface) && !atSentenceStart(input)) return drop('planet-or-name');
  if (hasAny(sentenceWords(input), new Set(['planet', 'god', 'orbit', 'sun', 'nasa', 'probe', 'freddie', 'messenger']))) return drop('planet');
  return keep('metal');
}

/** Jordan and Chad as people. */
function personOrCountry(input: SenseInput): Decision {
  const next = wordsAfter(input.text, input.end, 1, input.sentence.end)[0];
  const prev = wordsBefore(input.text, input.start, 1, input.sentence.start)[0];
  const titleWords = /^(King|Queen|Kingdom|Republic|President|Prime|Minister|Foreign|Government|State|People|The|In|And|Of)$/;
  if (next && isCapitalised(next.text) && /^ $/.test(input.text.slice(input.end, next.start)) && !input.neighbours.some((n) => n.start === next.start) && !titleWords.test(next.text)) {
    return drop('first-name');
  }
  if (prev && isCapitalised(prev.text) && /^ $/.test(input.text.slice(prev.end, input.start)) && !atSentenceStartWord(input, prev) && !titleWords.test(prev.text) && !input.neighbours.some((n) => n.start === prev.start)) {
    return drop('surname');
  }
  if (inList(input, 'country') || input.neighbours.some((n) => n.type === 'country' && n.entityId !== input.entityId)) return keep('country-context');
  if (hasAny(sentenceWords(input), cue.PERSON_CUES)) return drop('person-context');
  return { verdict: 'unsure', why: 'person?', fallback: 'keep' };
}

function atSentenceStartWord(input: SenseInput, word: { start: number }): boolean {
  return !/[\p{L}\p{N}]/u.test(input.text.slice(input.sentence.start, word.start));
}

function georgia(input: SenseInput): Decision {
  const person = personOrCountry(input);
  if (person.verdict === 'drop' && (person.why === 'first-name' || person.why === 'surname')) return person;
  if (/\bstate of $/i.test(input.text.slice(Math.max(0, input.start - 12), input.start))) return drop('us-state');
  const words = sentenceWords(input);
  if (hasAny(words, cue.GEORGIA_COUNTRY_CUES)) return keep('caucasus');
  if (hasAny(words, cue.US_STATE_CUES) || /Georgia[’']s (Secretary|governor|Governor|legislature|Senate|senators?)/.test(input.text.slice(input.start, input.end + 24))) {
    return drop('us-state');
  }
  if (input.neighbours.some((n) => n.type === 'country' && n.entityId !== 'country:US' && n.entityId !== input.entityId)) return keep('country-context');
  if (input.neighbours.some((n) => n.entityId === 'country:US')) return drop('us-context');
  return keep('default-country');
}

function turkey(input: SenseInput): Decision {
  if (input.surface === 'turkey') return drop('lower-case-bird');
  return hasAny(sentenceWords(input), cue.BIRD_CUES) ? drop('bird') : keep('country');
}

function chile(input: SenseInput): Decision {
  const prev = lower(wordsBefore(input.text, input.start, 1, input.sentence.start))[0];
  if (prev === 'country' || inList(input, 'country')) return keep('country');
  return hasAny(sentenceWords(input), cue.PEPPER_CUES) ? drop('pepper') : keep('country');
}

function river(input: SenseInput): Decision {
  const next = lower(wordsAfter(input.text, input.end, 3, input.sentence.end));
  const prev = lower(wordsBefore(input.text, input.start, 1, input.sentence.start))[0];
  if (next.some((w) => cue.RIVER_CUES.has(w))) return drop('river');
  if (prev === 'the' && !inList(input, 'country') && !(next[0] && cue.NIGER_STATE_NEXT.has(next[0]))) return drop('the-river');
  return keep('country');
}

/** A demonym that names a language ("in Turkish", "the Chinese spelling"). */
export function languageReading(input: SenseInput): boolean {
  const surface = input.surface.toLowerCase();
  if (!cue.LANGUAGE_DEMONYMS.has(surface)) return false;
  const prev = lower(wordsBefore(input.text, input.start, 1, input.sentence.start))[0];
  const nextWord = wordsAfter(input.text, input.end, 1, input.sentence.end)[0];
  const next = nextWord?.text.toLowerCase();
  if (next && cue.LANGUAGE_NEXT.has(next)) return true;
  if (input.text.slice(input.end, input.end + 1) === '-' && next && /^(language|speaking|speakers?)$/.test(next)) return true;
  if (prev && cue.LANGUAGE_BEFORE.has(prev)) return true;
  if (prev === 'in') {
    // "in Chinese" at the end of a clause is the language; "in Chinese hands" is not.
    const after = input.text.slice(input.end, input.end + 2);
    return !nextWord || /^[\s]*[.,;:)"”]/.test(after) || /^(and|or|but|as|with|by)$/.test(next ?? '');
  }
  return false;
}

/** A capital standing for its government: "Beijing imposed", "Washington has said". */
function capital(input: SenseInput): Decision {
  const prev = lower(wordsBefore(input.text, input.start, 1, input.sentence.start))[0];
  if (prev && cue.LITERAL_PLACE_BEFORE.has(prev)) return drop('literal-place');
  if (input.surface === input.surface.toUpperCase() && input.surface.length > 3) return drop('dateline');
  const next = lower(wordsAfter(input.text, input.end, 3, input.sentence.end));
  if (next[0] && cue.POLICY_VERBS.has(next[0])) return keep('metonym');
  if (next[0] && cue.AUXILIARIES.has(next[0]) && next.slice(1).some((w) => cue.POLICY_VERBS.has(w))) return keep('metonym');
  if (next[0] === 'and') {
    const partner = input.neighbours.find((n) => n.start > input.end && /^\s*and\s*$/.test(input.text.slice(input.end, n.start)));
    if (partner) {
      const after = lower(wordsAfter(input.text, partner.end, 2, input.sentence.end));
      if (after[0] && (cue.POLICY_VERBS.has(after[0]) || cue.AUXILIARIES.has(after[0]))) return keep('metonym-pair');
    }
  }
  return drop('capital-not-metonym');
}

/** All-caps "US" inside an all-caps phrase ("LET US KNOW") is the pronoun. */
function usPronoun(input: SenseInput): Decision {
  // "US$8.5bn" is a currency, not a mention of the country.
  if (input.text.charAt(input.end) === '$') return drop('currency');
  if (input.surface !== 'US') return keep('not-us');
  const prev = wordsBefore(input.text, input.start, 1, input.sentence.start)[0]?.text;
  if (prev && prev === prev.toUpperCase() && /^(LET|TELL|GIVE|SHOW|FOR|WITH|TO|OF|JOIN|ABOUT|FROM|HELP|CONTACT|FOLLOW|CALL|EMAIL|ASK|WRITE|VISIT|BY)$/.test(prev)) {
    return drop('pronoun');
  }
  return keep('us');
}

const MINERAL_RULES: Record<string, (input: SenseInput) => Decision> = {
  'mineral:lead': lead,
  'mineral:gold': award,
  'mineral:silver': award,
  'mineral:platinum': award,
  'mineral:chromium': chromium,
  'mineral:mercury': mercury,
};

const COUNTRY_RULES: Record<string, (input: SenseInput) => Decision> = {
  'country:JO': personOrCountry,
  'country:TD': personOrCountry,
  'country:GE': georgia,
  'country:TR': turkey,
  'country:CL': chile,
  'country:NE': river,
  'country:CD': river,
  'country:CG': river,
  'country:US': usPronoun,
};

export function decideEnglish(input: SenseInput, isCapital: boolean): Decision {
  if (isCapital) return capital(input);
  if (input.entityId.startsWith('mineral:')) return (MINERAL_RULES[input.entityId] ?? metalDefault)(input);
  if (languageReading(input)) return drop('language');
  const rule = COUNTRY_RULES[input.entityId];
  return rule ? rule(input) : keep('no-rule');
}

/**
 * `recognize(text)`: text in, mentions out. One dictionary pass finds every alias, blocking
 * phrase and deal word; ambiguous matches go through the sense rules (and compromise when a rule
 * is unsure); deal words grow into deal phrases with their value, parties and minerals, linked to
 * a dataset deal when the evidence fits one.
 */
import { UNKNOWN_DEAL_ID, type DealParts, type EntityType, type Mention } from '../model.ts';
import { FLAG_AMBIGUOUS, FLAG_ZH, PayloadKind, type AliasIndex, type Payload } from './alias-index.ts';
import { sentenceFinder, type Span } from './context.ts';
import { teamCodeMentions } from './team-codes.ts';
import { findChineseDeals, partnershipMayBeReached, arrangementSigned } from './deals/chinese.ts';
import { findEnglishDeals, type DealTrigger, type KnownSpan, type RejectedDeal, type TextDeals } from './deals/english.ts';
import { linkDeal, type DealKey } from './deals/link.ts';
import { DealSentence, dealPlausibility, dealSentenceIn, phraseIn } from './deals/plausibility.ts';
import { shippedDealModel } from './deals/plausibility-model.ts';
import type { DealWordClass } from './lexicon/deal-words.ts';
import { rememberingNlp, type Nlp } from './nlp.ts';
import { scanAliases, type Candidate } from './scan.ts';
import { abbreviationWithoutContext, resolveWu } from './senses/chinese.ts';
import { demonymReading } from './senses/english.ts';
import { FIRST_NAME_COUNTRIES, PERSON_NAMED_COUNTRIES, firstNameOnly } from './senses/people.ts';
import { decideSense, settleWithNlp, type Decision, type Neighbour, type SenseInput } from './senses/index.ts';
import { LazySenseInput } from './sense-input.ts';
import { enNameEdge, zhMineralEdge, zhNameEdge } from './senses/name-edges.ts';
import { colourCompound, writtenAsName } from './senses/metals.ts';
import { cutByWords } from './senses/zh-words.ts';
import { WEAK_ABBREVIATIONS, WEAK_ABBREVIATION_CODES, resolveSharedAbbreviation, weakAbbreviationMayStand, weakInPair } from './senses/zh-weak-abbreviations.ts';
import { US_STATES } from './lexicon/us-states.ts';

export interface RecognizeOptions {
  index: AliasIndex;
  /** Deal facts for linking (from the index build); without them deals stay unlinked. */
  deals?: DealKey[];
  /** compromise (or another `Nlp`), for the decisions the cheap rules leave open. */
  nlp?: Nlp;
  /** The page's date (YYYY-MM-DD), to rule out deals signed after it. */
  date?: string;
  /** Types to report; all by default. */
  types?: Partial<Record<EntityType, boolean>>;
  /**
   * Readings settled by a cue in earlier texts of the same document (the content script reads a
   * page in chunks): "Georgia" cued as the US state in one chunk stays the state in the next.
   * Updated in place.
   */
  senseMemory?: SenseMemory;
  /**
   * Debug mode (eval, scan CLI): each mention says why it was kept (`why`) and the recognition
   * lists the matches it dropped and why. Off in the content script.
   */
  debug?: boolean;
  /**
   * The learned deal filter's last word on each deal phrase the rules kept (on by default). Off
   * only to measure what it adds, and to train it on what the rules alone keep.
   */
  dealFilter?: boolean;
}

/** Cued readings per word and entity: how often each was kept and dropped. */
export type SenseMemory = Map<string, Map<string, { keep: number; drop: number }>>;

export interface Recognition {
  mentions: Mention[];
  /** Ambiguous matches a rule could not settle without compromise (0 when `nlp` was given). */
  unsure: number;
  /** Every decision taken on an ambiguous match, for the eval report. */
  decisions: { start: number; end: number; surface: string; id: string; decision: Decision; final: 'keep' | 'drop' }[];
  /** Debug mode only: every match that did not become a mention, and the rule that dropped it. */
  dropped?: DroppedMatch[];
}

/** A match the recognizer dropped (debug mode). `type` is `blocker` for a blocking phrase. */
export interface DroppedMatch {
  start: number;
  end: number;
  surface: string;
  type: EntityType | 'blocker';
  id?: string;
  why: string;
}

/** A word with a capital and then small letters ("Lithium"; not "REEs" or "LITHIUM"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

const KIND_NAMES = ['name', 'alias', 'demonym', 'capital', 'abbreviation', 'blocker', 'deal word', 'deal name'];

interface EntityCandidate {
  start: number;
  end: number;
  entity: number;
  payload: Payload;
  payloads: Payload[];
  mixedScript?: true;
  lowerCase?: true;
  /** A Chinese name that straddles two words (see cutName). */
  cut?: true;
  /** A weak abbreviation in a pair whose country the page does not say (see pairedWithoutName): its partner's neighbour, never a mention. */
  neighbourOnly?: true;
}

/** A one-character country abbreviation among the scanner's matches. */
function isAbbreviation(c: Candidate | undefined): boolean {
  return c !== undefined && c.end - c.start === 1 && c.payloads.some((p) => p.kind === PayloadKind.Abbrev);
}

/**
 * Whether match `k` is a weak Chinese abbreviation (以, 老, 巴...: see zh-weak-abbreviations.ts)
 * short of what its rule asks (a pair or a side, and mostly the country's name). Such a match is set aside before any rule reads it as another
 * match's neighbour: 中老年 is no pair of China and Laos, and 老 must not make 中 one half of a
 * pair either. Most of them (以 is one of the commonest characters) end here, at a glance.
 */
function weakWithoutContext(text: string, matches: Candidate[], k: number): boolean {
  const c = matches[k];
  if (c.end - c.start !== 1 || !WEAK_ABBREVIATION_CODES.has(text.charCodeAt(c.start)) || !isAbbreviation(c)) return false;
  return !weakAbbreviationMayStand(text, c.start, ...partnersOf(matches, k));
}

/** Whether a one-character country match stands right before and right after match `k`. */
function partnersOf(matches: Candidate[], k: number): [before: boolean, after: boolean] {
  const c = matches[k];
  const before = matches[k - 1];
  const after = matches[k + 1];
  return [isAbbreviation(before) && before.end === c.start, isAbbreviation(after) && after.start === c.end];
}

/**
 * Whether the weak abbreviation `k`, set aside, still stands in a pair before a word of relations
 * or of a joint work (中巴两国, 中巴经济走廊, 中吉乌铁路): it is a country, only the page does not say
 * which (巴 is three), so it is no mention; but its partner is one half of a pair, and must see it.
 */
function pairedWithoutName(text: string, matches: Candidate[], k: number): boolean {
  return weakInPair(text, matches[k].start, ...partnersOf(matches, k));
}

function chooseEntity(c: Candidate, text: string, index: AliasIndex): { entity: number; payload: Payload } {
  // Most matches carry one payload: no list to filter.
  if (c.payloads.length === 1 && c.payloads[0].entity >= 0) return { entity: c.payloads[0].entity, payload: c.payloads[0] };
  const entities = c.payloads.filter((p) => p.entity >= 0);
  if (entities.length === 1) return { entity: entities[0].entity, payload: entities[0] };
  const ids = entities.map((p) => index.entities[p.entity].id);
  let chosen = entities.find((p) => !(p.flags & FLAG_AMBIGUOUS)) ?? entities[0];
  if (ids.includes('country:UZ') && ids.includes('country:UA')) {
    const id = resolveWu({ text, start: c.start } as SenseInput, ids);
    chosen = entities[ids.indexOf(id)];
  } else if (c.end - c.start === 1 && WEAK_ABBREVIATIONS.has(text.charAt(c.start))) {
    chosen = entities[ids.indexOf(resolveSharedAbbreviation(text, c.start, ids))];
  } else if (ids.includes('country:CD') && ids.includes('country:CG')) {
    const around = text.slice(Math.max(0, c.start - 200), c.end + 200);
    // "Democratic Republic of the Congo" holds "Republic of the Congo": only the name on its own
    // is Brazzaville's, and a Democratic Republic named after it still leans to Kinshasa.
    chosen = entities[ids.indexOf(/Brazzaville|(?<!Democratic\s+)Republic of (the )?Congo(?!.*Democratic)/.test(around) ? 'country:CG' : 'country:CD')];
  }
  return { entity: chosen.entity, payload: chosen };
}

/**
 * A Chinese country name that the words around it cut (欧美|国家 holds 美国, 湖南|非物质 holds
 * 南非) is not the name; a shorter name of the same country at its start may still stand
 * (以色列|国防军 holds 以色列国 and 以色列), or its first character as the country's abbreviation
 * (the 美 of 欧美), which the abbreviation rules then judge. Otherwise it stays a candidate marked
 * cut, so that the decisions report why it was dropped.
 */
function cutName(text: string, c: Candidate, entity: number, payload: Payload, index: AliasIndex): EntityCandidate {
  for (let end = c.end - 1; end > c.start; end--) {
    const shorter = scanAliases(text.slice(c.start, end), index).find((s) => s.start === 0 && s.end === end - c.start);
    const same = shorter?.payloads.find((p) => p.entity === entity);
    if (!same) continue;
    if (same.kind === PayloadKind.Abbrev) return { start: c.start, end, entity, payload: same, payloads: [same] };
    if (!cutByWords(text, c.start, end)) return { start: c.start, end, entity, payload: same, payloads: shorter!.payloads };
  }
  return { start: c.start, end: c.end, entity, payload, payloads: c.payloads, cut: true };
}

export function recognizeDetailed(text: string, options: RecognizeOptions): Recognition {
  const { index } = options;
  const want = (t: EntityType) => options.types?.[t] !== false;
  const dropped: DroppedMatch[] | undefined = options.debug ? [] : undefined;
  const candidates = scanAliases(text, index);
  const entityCandidates: EntityCandidate[] = [];
  const triggers: (DealTrigger & { zh: boolean })[] = [];
  const dealAliases: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const first = c.payloads[0];
    if (first.kind === PayloadKind.Blocker) {
      dropped?.push({ start: c.start, end: c.end, surface: text.slice(c.start, c.end), type: 'blocker', why: 'blocking phrase' });
      continue;
    }
    if (first.kind === PayloadKind.DealTrigger) {
      // 合作 is read only after 达成 (达成战略合作): every other one is no trigger at all.
      if (first.tag === 'zh-partnership' && !partnershipMayBeReached(text, c.start)) continue;
      // 安排 is read only after a signing (签订了货币掉期安排): every other one is no trigger at all.
      if (first.tag === 'zh-arrangement' && !arrangementSigned(text, c.start)) continue;
      // Initials that are a deal word in both languages (RCEP): Chinese characters beside them say which.
      const zhBeside = c.payloads.length > 1 && cjkBeside(text, c.start, c.end);
      const trigger = c.payloads.length > 1 ? (c.payloads.find((p) => p.kind === PayloadKind.DealTrigger && ((p.flags & FLAG_ZH) !== 0) === zhBeside) ?? first) : first;
      triggers.push({ start: c.start, end: c.end, cls: trigger.tag as DealWordClass, zh: (trigger.flags & FLAG_ZH) !== 0 });
      continue;
    }
    if (first.kind === PayloadKind.DealAlias) {
      dealAliases.push(c);
      continue;
    }
    if (weakWithoutContext(text, candidates, k)) {
      if (pairedWithoutName(text, candidates, k)) {
        const { entity, payload } = chooseEntity(c, text, index);
        entityCandidates.push({ start: c.start, end: c.end, entity, payload, payloads: c.payloads, neighbourOnly: true });
        continue;
      }
      dropped?.push({ start: c.start, end: c.end, surface: text.charAt(c.start), type: 'country', why: WEAK_SET_ASIDE });
      continue;
    }
    const { entity, payload } = chooseEntity(c, text, index);
    if (payload.flags & FLAG_ZH && index.entities[entity].type === 'country' && (payload.kind === PayloadKind.Name || payload.kind === PayloadKind.Alias) && cutByWords(text, c.start, c.end)) {
      entityCandidates.push(cutName(text, c, entity, payload, index));
      continue;
    }
    entityCandidates.push({ start: c.start, end: c.end, entity, payload, payloads: c.payloads, mixedScript: c.mixedScript, lowerCase: c.lowerCase });
  }
  // A deal's name holds countries and minerals of its own (日美關鍵礦物合作框架): find them too.
  for (const d of dealAliases) {
    const name = text.slice(d.start, d.end);
    const inners = scanAliases(name, index, (p) => p.kind !== PayloadKind.DealAlias);
    for (let k = 0; k < inners.length; k++) {
      const inner = inners[k];
      const kind = inner.payloads[0].kind;
      if (kind === PayloadKind.Blocker || kind === PayloadKind.DealTrigger || weakWithoutContext(name, inners, k)) continue;
      const shifted = { ...inner, start: inner.start + d.start, end: inner.end + d.start };
      const { entity, payload } = chooseEntity(shifted, text, index);
      entityCandidates.push({ start: shifted.start, end: shifted.end, entity, payload, payloads: inner.payloads });
    }
  }
  if (dealAliases.length) entityCandidates.sort((a, b) => a.start - b.start);

  // Made when a rule first asks for them: most candidates of a Chinese page are settled with no
  // look at their neighbours.
  const neighbourList: (Neighbour | undefined)[] = new Array(entityCandidates.length);
  const neighbour = (k: number): Neighbour => {
    let n = neighbourList[k];
    if (!n) {
      const c = entityCandidates[k];
      n = neighbourList[k] = { start: c.start, end: c.end, entityId: index.entities[c.entity].id, type: index.entities[c.entity].type };
    }
    return n;
  };
  const sentenceOf = sentenceFinder(text);
  /** options.nlp answering each sentence once for this text, made when a rule first hands it a match. */
  let nlp: Nlp | undefined;
  const neighboursIn = (span: Span, self: number): Neighbour[] => {
    const out: Neighbour[] = [];
    for (let k = self - 1; k >= 0 && entityCandidates[k].start >= span.start; k--) out.push(neighbour(k));
    for (let k = self + 1; k < entityCandidates.length && entityCandidates[k].end <= span.end; k++) out.push(neighbour(k));
    return out;
  };
  /**
   * The neighbours right against candidate `self`: only the ones either side can be (see
   * touchesAnother). They are always in its sentence, whose edges are after an end mark or 2,000
   * units away, never between two matches with nothing between them.
   */
  const touchingOf = (self: number): Neighbour[] => {
    const out: Neighbour[] = [];
    const c = entityCandidates[self];
    const left = entityCandidates[self - 1];
    if (left && left.end === c.start) out.push(neighbour(self - 1));
    const right = entityCandidates[self + 1];
    if (right && right.start === c.end) out.push(neighbour(self + 1));
    return out;
  };

  /**
   * Whether another candidate ends where candidate `k` starts or starts where it ends. Candidates
   * never overlap and come sorted, so only the ones either side can touch it.
   */
  const touchesAnother = (k: number): boolean =>
    (k > 0 && entityCandidates[k - 1].end === entityCandidates[k].start) || (k + 1 < entityCandidates.length && entityCandidates[k + 1].start === entityCandidates[k].end);

  const senseInputFor = (c: EntityCandidate, k: number, entityId: string, surface: string): SenseInput =>
    new LazySenseInput(text, c.start, c.end, surface, entityId, c.payload.kind, c.lowerCase, sentenceOf, (sentence) => neighboursIn(sentence, k), () => touchingOf(k));

  const mentions: Mention[] = [];
  const decisions: Recognition['decisions'] = [];
  let unsure = 0;
  entityCandidates.forEach((c, k) => {
    if (c.neighbourOnly) {
      dropped?.push({ start: c.start, end: c.end, surface: text.charAt(c.start), type: 'country', why: `${WEAK_SET_ASIDE} (its partner's neighbour)` });
      return;
    }
    // Every type is recognised whatever the reader shows, and the hidden ones left out at the end:
    // the deal rules and the deal filter read the countries and minerals named beside a deal.
    const entity = index.entities[c.entity];
    const kind = c.payload.kind;
    const zh = (c.payload.flags & FLAG_ZH) !== 0;
    const surface = text.slice(c.start, c.end);
    if (entity.type === 'country' && kind !== PayloadKind.Capital && kind !== PayloadKind.Abbrev) {
      const edge = zh
        ? c.cut ? 'cut by the words around it' : zhNameEdge(text, c.start, c.end, entity.id)
        : enNameEdge(text, c.start, c.end, entity.id, sentenceOf);
      if (edge) {
        dropped?.push({ start: c.start, end: c.end, surface, type: entity.type, id: entity.id, why: `${KIND_NAMES[kind]} → drop: ${edge}` });
        return;
      }
    }
    let input: SenseInput | undefined;
    // Two checks that decide nothing else, so they leave no decision behind when they pass: an
    // unambiguous mineral's name written as a name's word ("the Zinc Bar", 'Nirvana's "Lithium"'),
    // and a country's name that is a given name before a surname ("Kenya Barris").
    if (!zh && entity.type === 'mineral' && !(c.payload.flags & FLAG_AMBIGUOUS) && CAPITALISED_WORD.test(surface)) {
      input = senseInputFor(c, k, entity.id, surface);
      if (writtenAsName(input)) {
        dropped?.push({ start: c.start, end: c.end, surface, type: entity.type, id: entity.id, why: `${KIND_NAMES[kind]} → drop: proper-name` });
        return;
      }
    }
    // An unambiguous metal hyphened to a colour word is a shade ("Zinc-grey skies"); the ambiguous ones have the colour rules.
    if (!zh && entity.type === 'mineral' && !(c.payload.flags & FLAG_AMBIGUOUS) && colourCompound(text, c.end)) {
      dropped?.push({ start: c.start, end: c.end, surface, type: entity.type, id: entity.id, why: `${KIND_NAMES[kind]} → drop: colour-compound` });
      return;
    }
    if (!zh && kind === PayloadKind.Name && FIRST_NAME_COUNTRIES.has(entity.id) && firstNameOnly((input = senseInputFor(c, k, entity.id, surface)))) {
      dropped?.push({ start: c.start, end: c.end, surface, type: entity.type, id: entity.id, why: `${KIND_NAMES[kind]} → drop: first-name` });
      return;
    }
    // Capitals and abbreviations are built ambiguous already (build-index.ts); naming their kinds
    // too keeps the rule from resting on that.
    const needsDecision =
      (c.payload.flags & FLAG_AMBIGUOUS) !== 0 ||
      kind === PayloadKind.Capital ||
      kind === PayloadKind.Abbrev ||
      (kind === PayloadKind.Demonym && !zh) ||
      c.lowerCase ||
      (!zh && PERSON_NAMED_COUNTRIES.has(entity.id));
    if (zh && !needsDecision && entity.type === 'mineral') {
      const edge = zhMineralEdge(text, c.start, c.end);
      if (edge) {
        dropped?.push({ start: c.start, end: c.end, surface, type: entity.type, id: entity.id, why: `${KIND_NAMES[kind]} → drop: ${edge}` });
        return;
      }
    }
    let why: string | undefined;
    if (needsDecision) {
      if (kind === PayloadKind.Demonym && !(c.payload.flags & FLAG_AMBIGUOUS) && !c.lowerCase) {
        input ??= senseInputFor(c, k, entity.id, surface);
        const reading = demonymReading(input);
        if (reading) {
          dropped?.push({ start: c.start, end: c.end, surface, type: entity.type, id: entity.id, why: `${KIND_NAMES[kind]} → drop: ${reading}` });
          return;
        }
      } else {
        const decision: Decision =
          zh && kind === PayloadKind.Abbrev && abbreviationWithoutContext(text, c.start, c.end, touchesAnother(k))
            ? WITHOUT_CONTEXT
            : decideSense((input ??= senseInputFor(c, k, entity.id, surface)), { zh, capital: kind === PayloadKind.Capital, abbrev: kind === PayloadKind.Abbrev });
        let final: 'keep' | 'drop';
        let by = '';
        if (decision.verdict === 'unsure') {
          if (options.nlp) {
            final = settleWithNlp(input!, decision, (nlp ??= rememberingNlp(options.nlp)));
            by = ' (compromise)';
          } else {
            unsure++;
            final = decision.fallback ?? 'keep';
            by = ' (fallback)';
          }
        } else final = decision.verdict;
        decisions.push({ start: c.start, end: c.end, surface, id: entity.id, decision, final });
        if (dropped) why = `${KIND_NAMES[kind]} → ${final}: ${decision.why}${by}`;
        if (final === 'drop') {
          dropped?.push({ start: c.start, end: c.end, surface, type: entity.type, id: entity.id, why: why ?? '' });
          return;
        }
      }
    }
    const mention: Mention = { start: c.start, end: c.end, type: entity.type, id: entity.id, surface };
    if (c.mixedScript) mention.mixedScript = true;
    if (dropped) mention.why = why ?? `${KIND_NAMES[kind]} "${surface}"`;
    mentions.push(mention);
  });

  applyOneSensePerText(decisions, mentions, options.senseMemory, dropped);
  for (const m of teamCodeMentions(text, mentions)) {
    if (dropped) m.why = m.surface === 'Pak' ? '"Pak" joined to India' : `team code "${m.surface}" in a fixture`;
    mentions.push(m);
  }

  if (want('deal')) {
    for (const c of dealAliases) {
      const entity = index.entities[c.payloads[0].entity];
      const sentence = sentenceOf(c.start);
      const mention: Mention = { start: c.start, end: c.end, type: 'deal', id: entity.id, surface: text.slice(c.start, c.end), deal: partsIn(text, mentions, sentence) };
      if (dropped) mention.why = 'deal name';
      mentions.push(mention);
    }
    mentions.push(...findDeals(text, triggers, mentions, sentenceOf, options, dropped));
  }
  const shown = options.types ? mentions.filter((m) => want(m.type)) : mentions;
  shown.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropped ? { mentions: shown, unsure, decisions, dropped } : { mentions: shown, unsure, decisions };
}

const WEAK_SET_ASIDE = 'abbreviation → drop: a weak abbreviation with no pair or side, or no name on the page';

/** One decision object for the thousands of abbreviations settled without their context (nothing changes a decision). */
const WITHOUT_CONTEXT: Decision = { verdict: 'drop', why: 'abbrev-without-context' };

/** Decisions that fell back to a default, with no cue in their sentence. */
const DEFAULT_REASONS = new Set(['default-country', 'no-rule']);
/**
 * Readings that belong to one construction, not to the word in the whole text: "printed in
 * French" says nothing of "French banks" two sentences on, nor "Ireland Baldwin" of "Ireland".
 */
const LOCAL_READINGS = new Set(['language', 'breed', 'first-name', 'after-a-name', 'imperative-verb', 'period-style', 'religious-order', 'lead-not-material']);

/**
 * The word in lower case. One written in CJK characters only (U+2E80 to U+9FFF: ideographs, kana
 * and their punctuation; U+AC00 to U+D7AF: hangul; none with a case) is returned as it is:
 * thousands of them on a Chinese page, and the call costs more for them than for Latin letters.
 */
function lowerCased(surface: string): string {
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (!((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af))) return surface.toLowerCase();
  }
  return surface;
}

/**
 * One sense per text: "Georgia" with no cue in its sentence takes the reading that cued uses of
 * the same word elsewhere in the text settled on ("Atlanta, Georgia" earlier in the article).
 */
function applyOneSensePerText(decisions: Recognition['decisions'], mentions: Mention[], memory: SenseMemory = new Map(), dropped?: DroppedMatch[]): void {
  // Tallies by entity, then by the word in lower case: two lookups of short strings already made,
  // where one key built per decision (thousands on a Chinese page) cost more than the rest of the pass.
  const tallyOf = (d: Recognition['decisions'][number]) => memory.get(d.id)?.get(lowerCased(d.surface));
  for (const d of decisions) {
    const why = d.decision.why;
    // A lower-case "china" says nothing about what "China" means in the same text.
    if (DEFAULT_REASONS.has(why) || LOCAL_READINGS.has(why) || d.decision.verdict === 'unsure' || why.startsWith('lower-case')) continue;
    let bySurface = memory.get(d.id);
    if (!bySurface) memory.set(d.id, (bySurface = new Map()));
    const surface = lowerCased(d.surface);
    const tally = bySurface.get(surface);
    if (tally) tally[d.final]++;
    else bySurface.set(surface, d.final === 'keep' ? { keep: 1, drop: 0 } : { keep: 0, drop: 1 });
  }
  for (const d of decisions) {
    if (!DEFAULT_REASONS.has(d.decision.why)) continue;
    const tally = tallyOf(d);
    if (!tally || tally.drop <= tally.keep || d.final === 'drop') continue;
    d.final = 'drop';
    const at = mentions.findIndex((m) => m.start === d.start && m.end === d.end);
    if (at >= 0) {
      const [m] = mentions.splice(at, 1);
      dropped?.push({ start: m.start, end: m.end, surface: m.surface, type: m.type, id: m.id, why: `${m.why} → drop: one sense per text` });
    }
  }
}

/** A currency named after its country ("Singapore dollars", "Japanese yen"): money, not a party. */
const CURRENCY_AFTER = /^[ -]?(dollars?|yen|yuan|renminbi|rupees?|rand|pounds?|francs?|reals?|pesos?|won|ringgit|rupiah|kroner?|kronor|krona|rubles?|roubles?|lira|dirhams?|riyals?|shillings?)\b/i;

function partsIn(text: string, mentions: Mention[], sentence: Span): DealParts {
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const party = (m: Mention) => m.type === 'country' && !CURRENCY_AFTER.test(text.slice(m.end, m.end + 16));
  return {
    parties: [...new Set(inside.filter(party).map((m) => m.id))],
    minerals: [...new Set(inside.filter((m) => m.type === 'mineral').map((m) => m.id))],
  };
}

const PROPER_NAMES = /\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:of\s+|de\s+|the\s+)?\p{Lu}[\p{L}\p{N}&.’'-]*)*/gu;

function organisationsIn(text: string, party: { start: number; end: number } | undefined, mentions: Mention[]): string[] | undefined {
  if (!party) return undefined;
  const spanText = text.slice(party.start, party.end);
  const names = spanText.match(PROPER_NAMES) ?? [];
  const countries = new Set(mentions.filter((m) => m.type === 'country' && m.start >= party.start && m.end <= party.end).map((m) => m.surface));
  const out = names
    .map((n) => n.replace(/[’']s$/, ''))
    // "Australia's Lynas Rare Earths": a country's possessive is not part of the company's name.
    .map((n) => n.replace(/^(.+?)[’']s\s+/u, (possessive: string, owner: string) => (countries.has(owner) ? '' : possessive)))
    .filter((n) => !countries.has(n) && !/^(The|A|An)$/.test(n));
  return out.length ? out : undefined;
}

/** What a stake or an acquisition is in: "a stake in Vale's base metals unit", "its acquisition of Arcadium". */
const ASSET_OF = /\b(?:stakes?|shares|interest|acquisition|takeover|buy-?out|purchase)\s+(?:in|of)\s+/u;
/** A name run: capitalised words, possibly with an owner's "'s" at its end. */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*)*/gu;
/** Words after a name that make it a place's or a project's name, which says nothing of whose it is. */
const PROJECT_AFTER = /^\s+(?:(?:\p{Ll}+\s+)?(?:project|mine|mines|deposit|refinery|plant|smelter|operations?|field|site|concession|licen[cs]e|assets?|venture)\b|(?:operator|owner|producer|miner|developer)\s+\p{Lu})/u;

/**
 * The companies a stake or an acquisition phrase says it is in, every name after "stake in"
 * ("Mountain Pass operator MP Materials", "Vale's base metals unit"), with the countries that own
 * them ("Australia's Lynas") and the names of projects and places left out: a deal of the dataset
 * between other companies is not meant.
 */
function assetsIn(text: string, start: number, end: number, mentions: Mention[]): string[] | undefined {
  const found = ASSET_OF.exec(text.slice(start, end));
  if (!found) return undefined;
  return namesFrom(text, start + found.index + found[0].length, end, mentions);
}

/** An investment phrase that ends at its noun ("Sojitz's investment"), so that what it is in comes after it. */
const INVESTMENT_HEAD = /\binvestments?$/i;
/** "in" and a name run after an investment phrase that ends at its noun. */
const IN_NAME_AFTER = /^\s+in\s+(?=\p{Lu})/u;
/** Months and states or provinces of Australia, Canada and Germany: when or where an investment is made, not a company. */
const MONTH_OR_REGION = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Western Australia|South Australia|Queensland|New South Wales|Victoria|Tasmania|Northern Territory|Ontario|Quebec|British Columbia|Alberta|Nunavut|Bavaria)$/u;
const NAME_RUN_AT = new RegExp(`^(?:${NAME_RUN.source})`, 'u');

/**
 * The company an investment is in, read after the phrase ("an investment in Australia's Iluka
 * Resources", "Sojitz's investment in Iluka"): as with a stake, a dataset deal of other companies
 * is not meant, however well the country and the mineral fit.
 */
function investedIn(text: string, end: number, sentenceEnd: number, mentions: Mention[]): string[] | undefined {
  const found = IN_NAME_AFTER.exec(text.slice(end, Math.min(sentenceEnd, end + 8)));
  if (!found) return undefined;
  const from = end + found[0].length;
  const run = NAME_RUN_AT.exec(text.slice(from, sentenceEnd));
  // (An investment in a project, "in Thacker Pass lithium project", is left to the countries and minerals.)
  if (!run || PROJECT_AFTER.test(text.slice(from + run[0].length, sentenceEnd))) return undefined;
  // ("Korea Zinc's investment in Tennessee", "in January": when or where, no company it is in.)
  const place = run[0].replace(/[’']s$/u, '');
  if (MONTH_OR_REGION.test(place) || US_STATES.has(place)) return undefined;
  return namesFrom(text, from, from + run[0].length, mentions);
}

/** The names of companies in [from, end), with countries' names and projects' or places' left out. */
function namesFrom(text: string, from: number, end: number, mentions: Mention[]): string[] | undefined {
  const countries = new Set(mentions.filter((m) => m.type === 'country' && m.start >= from && m.end <= end).map((m) => m.surface));
  const names: string[] = [];
  for (const run of text.slice(from, end).matchAll(NAME_RUN)) {
    const after = from + run.index + run[0].length;
    if (PROJECT_AFTER.test(text.slice(after, end))) continue;
    for (const name of run[0].split(/[’']s\s+|[’']s$/u)) if (name && !countries.has(name)) names.push(name);
  }
  return names.length ? names : undefined;
}

/** Whether a Chinese character stands right before or after [start, end). */
function cjkBeside(text: string, start: number, end: number): boolean {
  // Ideographs and Chinese punctuation, full-width brackets and commas too (协议（ECFA）).
  const cjk = (c: number) => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
  return cjk(text.charCodeAt(start - 1)) || cjk(text.charCodeAt(end));
}

function findDeals(
  text: string,
  triggers: (DealTrigger & { zh: boolean })[],
  mentions: Mention[],
  sentenceOf: (pos: number) => Span,
  options: RecognizeOptions,
  dropped?: DroppedMatch[],
): Mention[] {
  const out: Mention[] = [];
  const bySentence = new Map<number, { span: Span; en: DealTrigger[]; zh: DealTrigger[] }>();
  for (const t of triggers) {
    const span = sentenceOf(t.start);
    const group = bySentence.get(span.start) ?? { span, en: [], zh: [] };
    (t.zh ? group.zh : group.en).push(t);
    bySentence.set(span.start, group);
  }
  const dealAliasSpans = mentions.filter((m) => m.type === 'deal');
  const rejected: RejectedDeal[] | undefined = dropped ? [] : undefined;
  // What earlier sentences said of deals (kinds explained, the first deal kept), read by the later ones.
  const textDeals: TextDeals = { kinds: 0, firstKept: Infinity };
  for (const d of dealAliasSpans) if (d.start < textDeals.firstKept) textDeals.firstKept = d.start;
  const readSentences = new Map<number, DealSentence>();
  for (const { span, en, zh } of bySentence.values()) {
    const parts = partsIn(text, mentions, span);
    const firstKeptBefore = textDeals.firstKept;
    const known: KnownSpan[] = mentions
      .filter((m) => m.start >= span.start && m.end <= span.end && m.type !== 'deal')
      .map((m) => ({ start: m.start, end: m.end, type: m.type as 'mineral' | 'country' }));
    const phrases = [
      ...findEnglishDeals(text, span, en, known, rejected, textDeals).map((p) => ({
        start: p.start,
        end: p.end,
        cls: p.cls,
        specific: p.specific,
        value: p.value && p.value.currency ? { text: p.value.text, amount: p.value.amount, currency: p.value.currency } : undefined,
        organisations: organisationsIn(text, p.party, mentions),
        zh: false,
      })),
      ...findChineseDeals(text, span, zh, rejected, known).map((p) => ({
        start: p.start,
        end: p.end,
        cls: p.cls,
        specific: '',
        value: p.valueText ? { text: p.valueText, amount: p.amount, currency: p.currency } : undefined,
        organisations: undefined,
        zh: true,
      })),
    ];
    const model = phrases.length && options.dealFilter !== false ? shippedDealModel() : undefined;
    for (const p of phrases) {
      if (dealAliasSpans.some((d) => d.start < p.end && p.start < d.end)) continue;
      if (model) {
        // The sentence where the phrase starts, as the trainer reads it from the phrase alone.
        const own = sentenceOf(p.start);
        let read = readSentences.get(own.start);
        if (!read) readSentences.set(own.start, (read = dealSentenceIn(text, own, mentions)));
        const plausible = dealPlausibility(model, read, phraseIn(own, p.start, p.end, p.cls, p.specific ?? ''));
        if (plausible < model.threshold) {
          rejected?.push({ start: p.start, end: p.end, why: `deal word (${p.cls}) → drop: the learned filter (${plausible.toFixed(2)})` });
          // A phrase dropped here was never kept: later sentences must not read it as the deal told before.
          if (!p.zh && p.start === textDeals.firstKept && p.start < firstKeptBefore) textDeals.firstKept = firstKeptBefore;
          continue;
        }
      }
      const deal: DealParts = { parties: parts.parties, minerals: parts.minerals };
      if (p.value) deal.value = p.value;
      if (p.organisations) deal.organisations = p.organisations;
      const linked = options.deals
        ? linkDeal(options.deals, { countries: parts.parties, minerals: parts.minerals, amount: p.value?.amount,
            date: options.date,
            phrase: text.slice(p.start, p.end),
            inPhrase: mentions.filter((m) => m.type === 'country' && m.start >= p.start && m.end <= p.end).map((m) => m.id),
            sentence: text.slice(span.start, span.end),
            assets: p.zh ? undefined : (assetsIn(text, p.start, p.end, mentions) ?? (INVESTMENT_HEAD.test(text.slice(p.start, p.end)) ? investedIn(text, p.end, span.end, mentions) : undefined)),
          })
        : undefined;
      const mention: Mention = { start: p.start, end: p.end, type: 'deal', id: linked ?? UNKNOWN_DEAL_ID, surface: text.slice(p.start, p.end), deal };
      if (dropped) mention.why = `deal word (${p.cls}) → keep${p.specific ? `: ${p.specific}` : ''}`;
      out.push(mention);
    }
  }
  for (const r of rejected ?? []) dropped?.push({ start: r.start, end: r.end, surface: text.slice(r.start, r.end), type: 'deal', why: r.why });
  return out;
}

/** Text in, mentions out: the recognizer's public entry point. */
export function recognize(text: string, options: RecognizeOptions): Mention[] {
  return recognizeDetailed(text, options).mentions;
}

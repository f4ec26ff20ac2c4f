/**
 * Deal phrases that read like specific deals but are not, by what surrounds them rather than by
 * the phrase itself: a website's terms that a reader accepts ("our User Agreement"), a cricket
 * "partnership" of runs, a deal that was not made ("has not reached an agreement", "without a
 * deal"), a partnership with no one in particular ("a new partnership with business").
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import type { Token } from './tokens.ts';
import { isCapitalised, type KnownSpan, type LeftEdge } from './walk.ts';

/** Modifiers of an agreement a reader accepts by using a site or a service. */
const ACCEPTED_BY_USE = /^(user|users|subscriber|subscribers|developer|developers|membership|member|members|end-user|visitor|visitors|privacy|cookie|cookies|website|site|usage|eula|customer|customers)$/;
/** Words of a site's legal small print: an agreement in their sentence is the site's. */
const SMALL_PRINT = /^(privacy|cookies?|copyright|unsubscribe)$/;
/** Cricket and other scoring words: a "partnership" of runs between two batters. */
const SCORING = new Set(['wicket', 'wickets', 'innings', 'runs', 'overs', 'batsman', 'batsmen', 'batter', 'batters', 'bowler', 'bowlers', 'stumps', 'unbeaten', 'boundaries', 'partnerships']);
/** Football words: a "loan" in their sentence is a player's move between clubs. */
const PLAYERS = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'footballer', 'squad', 'season-long', 'transfer', 'goals', 'league', 'premier', 'fc']);
/** Verbs that take or give a stake: "bought a stake", "holds a minority stake". */
const STAKE_VERBS = /^(take|takes|took|taken|taking|buy|buys|bought|buying|acquire|acquires|acquired|sell|sells|sold|selling|hold|holds|held|own|owns|owned|retain|retains|retained|keep|keeps|kept|raise|raised|increase|increased|cut|offload|offloaded|divest|divested|get|got|gets|secure|secured|swap|swapped|with|for)$/;
/** Words that negate the verb before a deal phrase. */
const NEGATIONS = /^(not|never|without|nor|cannot|no)$|n['’]t$/;
/** Verbs after which "to <verb> a deal" means it was not made: "failed to reach a deal". */
const FAILED = /^(failed|fail|fails|failing|refused|refuse|refuses|unable|yet)$/;
/** Verbs that make a deal: negated, no deal was made ("has not signed a deal"; not "did not confirm the deal"). */
const MAKING = /^(sign|signed|reach|reached|make|made|strike|struck|agree|agreed|conclude|concluded|seal|sealed|secure|secured|finalise|finalised|finalize|finalized|close|closed|get|got|win|won|ink|inked|have|had|has|accept|accepted)$/;
const EVALUATIVE = /^(bad|good|better|best|great|fair|terrible|lousy|sweet|fantastic|awful|poor|worse|worst|very|really|such)$/;
/** Head nouns that make a partner a party even in lower case: "a partnership with a local miner". */
const PARTNER_HEADS = /^(company|companies|miner|miners|firm|firms|producer|producers|group|groups|developer|explorer|bank|banks|fund|funds|maker|makers|supplier|suppliers|corporation|operator|refiner|refiners|smelter|subsidiary|government|governments|ministry|utility|automaker|carmaker|startup|start-up|university|universities|lender|investor|investors|consortium|state|states|country|countries|province|city)$/;

function wordsOf(tokens: Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).filter((t) => t.kind === 'word').map((t) => t.lower);
}

/** Whether the words before the phrase negate it: "has not signed a deal", "without an agreement", "failed to reach a deal". */
function negated(tokens: Token[], start: number): boolean {
  const w = (k: number) => (tokens[k]?.kind === 'word' ? tokens[k].lower : '');
  if (NEGATIONS.test(w(start - 1))) return true;
  if (!MAKING.test(w(start - 1))) return false;
  const k = start - 2;
  if (NEGATIONS.test(w(k)) || (NEGATIONS.test(w(k - 1)) && /^(yet|been|be|have|ever)$/.test(w(k)))) return true;
  return w(k) === 'to' && FAILED.test(w(k - 1));
}

/** Why a phrase that looks specific is not a deal, or '' when it is one. */
export function notADeal(tokens: Token[], head: number, cls: DealWordClass, left: LeftEdge, right: { party?: { from: number; to: number }; value?: unknown }, known: KnownSpan[]): string {
  const party = right.party;
  // The sentence's words, lower case and without "'s", read only by the rules that need them.
  // The deal word itself is not its context: "partnerships" is a scoring word only beside another partnership.
  const anyWord = (test: (w: string) => boolean) => tokens.some((t, k) => k !== head && t.kind === 'word' && test(t.lower.replace(/['’]s$/, '')));
  if (cls === 'agreement' && (left.modifiers.some((m) => ACCEPTED_BY_USE.test(m)) || (/^agreements?$/.test(tokens[head].lower) && anyWord((w) => SMALL_PRINT.test(w))))) {
    return 'an agreement a reader accepts';
  }
  if (cls === 'partnership' && (left.modifiers.some((m) => /^(?:\d+-)?(?:runs?|wicket)$/.test(m)) || anyWord((w) => SCORING.has(w)))) return 'a partnership of runs';
  if (/^loans?$/.test(tokens[head].lower) && anyWord((w) => PLAYERS.has(w))) return "a player's loan";
  if (negated(tokens, left.index)) return 'negated';
  // "a wooden stake": a stake with no share, no asset, no owner and no buyer is a post.
  if (cls === 'stake' && /^(a|an)$/.test(tokens[left.index]?.lower ?? '') && !left.value && !right.value && tokens[head + 1]?.lower !== 'in' && !STAKE_VERBS.test(tokens[left.index - 1]?.lower ?? '')) return 'a stake in no asset';
  // "a bad deal", "a good deal": a judgement of a deal in general.
  if (/^deals?$/.test(tokens[head].lower) && /^(a|an)$/.test(tokens[left.index]?.lower ?? '') && !party && !right.value && left.modifiers.length > 0 && left.modifiers.every((m) => EVALUATIVE.test(m))) return 'a deal in general';
  if (cls === 'partnership' && party && tokens[party.from - 1]?.lower === 'with' && /^(a|an|our|its|their|his|her|my|your)$/.test(tokens[left.index]?.lower ?? '')) {
    const named = tokens.slice(party.from, party.to).some((t) => (t.kind === 'word' && isCapitalised(t) && !/^(The|A|An)$/.test(t.text)) || known.some((m) => m.type === 'country' && m.start >= t.start && m.end <= t.end));
    if (!named && !wordsOf(tokens, party.from, party.to).some((w) => PARTNER_HEADS.test(w))) return 'no one in particular as partner';
  }
  return '';
}

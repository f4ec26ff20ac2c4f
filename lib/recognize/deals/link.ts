/**
 * Linking a deal phrase to a deal of the dataset. A phrase links when the countries, companies,
 * minerals and value in its sentence, and the kind of deal it names, fit one dataset deal clearly
 * better than any other; otherwise it stays an unknown deal (`id: 'deal'`) with the parts that
 * were extracted.
 */

/** What the linker knows of each dataset deal (shipped inside the alias index). */
export interface DealKey {
  id: string;
  date: string;
  countries: string[];
  minerals: string[];
  amount?: number;
  /** A peace agreement: only a phrase that says peace may link to it, and such a phrase only to it. */
  peace?: boolean;
  /** The dataset's kinds of the deal (mou, equity-stake, offtake...): a phrase that names a kind links only to a deal of it. */
  kinds?: string[];
  /** Its companies, each as the names news call it by (["Lynas Rare Earths", "Lynas"]); no government body. */
  organisations?: string[][];
  /** The sums of its parts, where the dataset breaks the value down (a loan, a stake, a grant). */
  parts?: number[];
}

export interface DealEvidence {
  countries: string[];
  minerals: string[];
  amount?: number;
  /** The page's date (YYYY-MM-DD), when known: deals after it cannot be meant. */
  date?: string;
  /** The deal phrase itself: a phrase that names another subject ("the peace deal") never links. */
  phrase?: string;
  /** Countries named inside the phrase itself ("the agreement with Kazakhstan"). */
  inPhrase?: string[];
  /** The phrase's sentence, where a deal's companies are looked for ("Apple's deal with MP Materials"). */
  sentence?: string;
  /** The companies a stake or an acquisition phrase is in ("a stake in Vale's base metals unit"). */
  assets?: string[];
}

/*
 * Subjects no deal of the dataset is about: its deals are about minerals, trade, investment and
 * (a few) peace, so a budget deal or a merger between two of their parties is none of them.
 */
const PEACE = /\b(?:peace|cease-?fire|truce|armistice)\b|和平|停火|停战|休战/i;
const OTHER_SUBJECT =
  /\b(?:budget|codeshare|arms|nuclear|hostage|prisoner|climate|tax|broadcast(?:ing)?|sponsorship|transfer|record(?:ing)?|film|movie|book|plea|settlement|merger|wage|pay|labou?r|immigration|migration|asylum|fishing|fisheries|water|gas|grain|visa)\b|(?:预算|预算案|军控|核协议|人质|换俘|认罪|移民|难民|签证)/i;

/*
 * A phrase that names what changed hands says which deals it can be: a company's acquisition of a
 * project is no framework between two governments, however well its countries fit, and a loan is
 * no offtake. Phrases that name only an agreement, a memorandum or an investment say nothing here.
 */
const STAKE_KINDS = ['equity-stake', 'investment', 'joint-venture'];
const PHRASE_KINDS: [RegExp, string[]][] = [
  [/\b(?:acquisitions?|acquir\w*|takeovers?|buy-?outs?|stakes?|shares|equity)\b|收购|并购|入股|股权|股份(?!有限|公司)|持股|控股(?!集团|公司|有限)/i, STAKE_KINDS],
  [/\bpurchases?\b|购买/i, [...STAKE_KINDS, 'offtake', 'stockpile']],
  [/\bofftakes?\b|包销|承购|长协/i, ['offtake']],
  [/\b(?:loans?|lending|credit)\b|贷款|信贷/i, ['loan', 'fund']],
  [/\bjoint[- ]ventures?\b|\bJVs?\b|合资|合营/i, ['joint-venture']],
];

/*
 * Kinds a phrase names without ruling any other out (a framework is an agreement too): they only
 * break a tie between deals that fit equally well, as "a framework with Japan" does between the
 * US-Japan framework and an earlier US-Japan agreement of another kind.
 */
const NAMED_KINDS: [RegExp, string][] = [
  [/\bframeworks?\b|框架/i, 'framework'],
  [/\bmemorand(?:um|a|ums)\b|\bmous?\b|备忘录|備忘錄/i, 'mou'],
  // ("Sojitz's investment in Lynas": of JARE's investment and its later supply deal, the investment.)
  [/\binvestments?\b/i, 'equity-stake'],
  [/\binvestments?\b/i, 'investment'],
];

/** The kinds the phrase allows, or undefined when it names none. */
function kindsOf(phrase: string): string[] | undefined {
  let allowed: string[] | undefined;
  for (const [words, kinds] of PHRASE_KINDS) if (words.test(phrase)) allowed = [...(allowed ?? []), ...kinds];
  return allowed;
}

const HOME = 'country:US';
/*
 * A declaration signed by many governments (Pax Silica's seven) shares a partner with half the
 * news: only its own name, found as an alias, points to it.
 */
const MANY_PARTIES = 5;
/*
 * A partner named somewhere in the sentence is not enough on its own ("its IMF loan" beside
 * Pakistan): the phrase must also name the partner, or the sentence the United States beside a
 * US deal, a mineral of the deal, or its amount.
 */
const ENOUGH = 3;

const LATIN_WORD = /[A-Za-z0-9]/;

/** Whether `name` stands in `text` as a name of its own (MP Materials, not MP Materialsworks). */
/** Words that name a government or a public lender as an investor: the Energy Department's, the Pentagon's. */
const PUBLIC_INVESTORS = /^(Department|Pentagon|Ministry|Government|Administration|Agency|Office|Treasury|Bank|Fund|Corporation)$/;

function names(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LATIN_WORD.test(text.charAt(at - 1)) && !LATIN_WORD.test(text.charAt(at + name.length))) return true;
  }
  return false;
}

function score(key: DealKey, evidence: DealEvidence): number {
  if (evidence.date && key.date > evidence.date) return 0;
  if (key.countries.length >= MANY_PARTIES) return 0;
  // Counted without building lists: every phrase of a page is scored against every deal, and
  // most name none of its partners.
  let named = 0;
  let partners = 0;
  let namedInPhrase = false;
  for (const c of key.countries) {
    if (c === HOME) continue;
    partners++;
    if (!evidence.countries.includes(c)) continue;
    named++;
    namedInPhrase ||= evidence.inPhrase?.includes(c) === true;
  }
  const countriesNamed = named;
  // A company of the deal counts as a partner would: Apple and MP Materials are all a deal
  // between them has to go on, as both are American.
  if (key.organisations && evidence.sentence) {
    // ("The Energy Department's investment in Lithium Americas": the company it is in, read after the
    // phrase, belongs to it as a stake's asset does; but not "Ganfeng's investment in Lithium Americas",
    // whose possessor is none of the deal's parties.)
    const organisations = key.organisations;
    const possessors = (evidence.phrase ?? '').match(/\b[A-Z][\w-]*(?=['’]s?(?:\s|$))/g) ?? [];
    const possessorOfDeal = possessors.every((p) => PUBLIC_INVESTORS.test(p) || organisations.some((aliases) => aliases.some((name) => names(name, p))));
    for (const aliases of organisations) {
      const hit = aliases.find((name) => names(evidence.sentence!, name));
      if (hit === undefined) continue;
      named++;
      namedInPhrase ||= names(evidence.phrase ?? '', hit) || (possessorOfDeal && evidence.assets?.some((asset) => names(asset, hit) || names(hit, asset)) === true);
    }
  }
  if (!named) return 0;
  // A stake in another company is another deal, whoever bought it: Maaden's stake in a unit of
  // Vale is not its joint venture with MP Materials.
  if (evidence.assets && !evidence.assets.some((asset) => key.organisations?.some((aliases) => aliases.some((name) => names(asset, name) || names(name, asset))))) return 0;
  let s = 2 * named;
  if (namedInPhrase) s += 1;
  // Named by its companies alone, a deal with another country (Saudi Arabia, beside MP Materials)
  // is less likely than one without.
  if (partners && !countriesNamed) s -= 1;
  if (key.countries.includes(HOME) && evidence.countries.includes(HOME)) s += 1;
  // Countries in the sentence that are not parties make this deal less likely.
  s -= 0.5 * evidence.countries.filter((c) => !key.countries.includes(c)).length;
  let fits = false;
  if (key.minerals.length && evidence.minerals.length) {
    const shared = key.minerals.some((m) => evidence.minerals.includes(m));
    s += shared ? 1 : -1;
    fits = shared;
  }
  if (key.amount && evidence.amount) {
    const ratio = evidence.amount / key.amount;
    const near = (sum: number) => evidence.amount! / sum > 0.9 && evidence.amount! / sum < 1.1;
    // The sum of one part ("a $150 million loan" of a $1.55 billion deal) is as good as the whole.
    const same = near(key.amount) || key.parts?.some(near) === true;
    // A deal's value is often a package (MP Materials' $400 million of shares in a $1.55 billion
    // one): a smaller sum may be one part of it, a larger one cannot be it.
    s += same ? 3 : ratio > 1 ? -2 : -0.5;
    fits ||= same;
  }
  // Two partners besides the United States (Japan and Australia): one of them alone, with no
  // mineral or amount of the deal and none of its companies, is any of that country's dealings
  // ("its stakes in Japan's trading houses").
  if (partners >= 2 && named < 2 && !fits) return 0;
  return s;
}

/** The id of the one dataset deal the evidence points to, or undefined. */
export function linkDeal(keys: DealKey[], evidence: DealEvidence): string | undefined {
  const phrase = evidence.phrase ?? '';
  if (OTHER_SUBJECT.test(phrase)) return undefined;
  const peace = PEACE.test(phrase);
  const allowed = kindsOf(phrase);
  const namedKinds = NAMED_KINDS.filter(([words]) => words.test(phrase)).map(([, kind]) => kind);
  let best: DealKey | undefined;
  let bestScore = 0;
  // Stryker disable next-line BooleanLiteral: the first deal that scores sets it to false; with none, there is no link anyway.
  let tie = false;
  // Among the deals tied for best, those of a kind the phrase names: one of them settles the tie.
  let ofNamedKind: DealKey | undefined;
  let namedKindCount = 0;
  for (const key of keys) {
    if (!!key.peace !== peace) continue;
    if (allowed && key.kinds && !key.kinds.some((k) => allowed.includes(k))) continue;
    const s = score(key, evidence);
    const named = namedKinds.length > 0 && key.kinds?.some((k) => namedKinds.includes(k)) === true;
    if (s > bestScore) {
      best = key;
      bestScore = s;
      tie = false;
      ofNamedKind = named ? key : undefined;
      namedKindCount = named ? 1 : 0;
    } else if (s === bestScore) {
      // Deals that score 0 tie only with each other, and then there is no best deal to return.
      tie = true;
      if (named) {
        ofNamedKind = key;
        namedKindCount++;
      }
    }
  }
  if (!best || bestScore < ENOUGH) return undefined;
  if (!tie) return best.id;
  return namedKindCount === 1 ? ofNamedKind!.id : undefined;
}

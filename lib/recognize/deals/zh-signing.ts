/**
 * The Chinese verbs of signing, simplified and traditional, as one regular-expression alternation.
 * Every list of them is built from this one, so that a spelling added here (签定 beside 签订)
 * reaches the negations, the parties' signings and the relative clauses alike.
 */
export const SIGN_VERBS = '签署|簽署|签订|簽訂|签定|簽定';

/** How far back, in the sentences before a deal word's own, a signing told there is looked for. */
const EARLIER_REACH = 120;

/**
 * Whether the sentences just before `sentenceStart` tell a signing of a deal `told` matches
 * (签订了碳酸锂供应合同。该合约…; 宝武与力拓签署了铁矿石长协。长协是…): the deal word after it names
 * that deal again, not a kind or an exchange's contract. `told` is built by signedDealBefore.
 */
export function toldJustBefore(text: string, sentenceStart: number, told: RegExp): boolean {
  return told.test(text.slice(Math.max(0, sentenceStart - EARLIER_REACH), sentenceStart));
}

/** A signing verb (perhaps also 达成) and, within its clause, one of `dealWords`. */
export function signedDealBefore(dealWords: string, reached = false): RegExp {
  // 敲定, 草签 and 缔结 tell a signing as well (神华与华能敲定了煤炭长协。长协是…).
  return new RegExp(String.raw`(?:${SIGN_VERBS}|${reached ? '达成|達成|敲定|草签|草簽|缔结|締結|' : ''}续签|續簽|签下|簽下)[^。；！？]{0,24}(?:${dealWords})`);
}

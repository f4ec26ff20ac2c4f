/**
 * The Chinese verbs of signing, simplified and traditional, as one regular-expression alternation.
 * Every list of them is built from this one, so that a spelling added here (签定 beside 签订)
 * reaches the negations, the parties' signings and the relative clauses alike.
 */
export const SIGN_VERBS = '签署|簽署|签订|簽訂|签定|簽定';

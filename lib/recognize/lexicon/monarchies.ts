/**
 * Countries that are kingdoms (or empires, principalities, emirates, sultanates) today. "The
 * Kingdom of Benin" or 贝宁王国 is a historic state, not today's Benin; "the Kingdom of Jordan" is
 * Jordan. (Heads of state as of 2025; Japan's emperor counts.)
 */
export const MONARCHIES: ReadonlySet<string> = new Set(
  'GB ES NL BE DK NO SE LU LI MC AD JP TH KH BT MY BN SA JO MA BH KW QA OM AE LS SZ TO VA'.split(' ').map((c) => `country:${c}`),
);

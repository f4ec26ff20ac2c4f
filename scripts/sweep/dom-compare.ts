/**
 * Whether Assay left a page's DOM alone: its body serialized with Assay, against the same page
 * loaded without it. Pages whose own scripts build a different body on each load (random ids,
 * clocks, rotating teasers) are found by loading the bare page more than once, and reported as
 * nondeterministic rather than as changed.
 */
import type { DomVerdict } from './types.ts';

const CONTEXT_CHARS = 80;

/** Where two serializations first differ, with a little text around it, for the report. */
export function firstDifference(a: string, b: string, labels = ['with Assay', 'without']): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - CONTEXT_CHARS), i + CONTEXT_CHARS));
  return `at char ${i} (lengths ${a.length} / ${b.length}): ${labels[0]} ${around(a)} / ${labels[1]} ${around(b)}`;
}

/**
 * `bare` holds the bodies of the page loaded without Assay (at least two). When Assay's body
 * differs from bare bodies that agree, `loadPairAgain` loads the page once more with Assay and
 * once more without, one right after the other: a page whose body depends on the clock or on
 * load timing can agree with itself twice yet differ from a load taken a minute earlier, and
 * only a difference that comes back is Assay's.
 */
export async function domVerdict(
  withAssay: string,
  bare: string[],
  loadPairAgain: () => Promise<{ withAssay: string; bare: string }>,
): Promise<{ verdict: DomVerdict; diff?: string }> {
  if (bare.length < 2) return { verdict: 'unknown' };
  if (bare.some((b) => b !== bare[0])) return { verdict: 'nondeterministic', diff: firstDifference(bare[1], bare[0], ['bare load 2', 'bare load 1']) };
  if (withAssay === bare[0]) return { verdict: 'unchanged' };
  const again = await loadPairAgain();
  if (again.bare !== bare[0]) return { verdict: 'nondeterministic', diff: firstDifference(again.bare, bare[0], ['later bare load', 'bare load 1']) };
  if (again.withAssay === again.bare) {
    return { verdict: 'nondeterministic', diff: `differed once, not on a second pair of loads: ${firstDifference(withAssay, bare[0])}` };
  }
  return { verdict: 'changed', diff: firstDifference(again.withAssay, again.bare) };
}

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
 * `bare` holds the bodies of the page loaded without Assay (at least two); more are asked for
 * through `loadBareAgain` only when Assay's body differs from bare bodies that agreed, to be
 * sure the page was not simply unlucky twice.
 */
export async function domVerdict(withAssay: string, bare: string[], loadBareAgain: () => Promise<string>): Promise<{ verdict: DomVerdict; diff?: string }> {
  if (bare.length < 2) return { verdict: 'unknown' };
  if (bare.some((b) => b !== bare[0])) return { verdict: 'nondeterministic', diff: firstDifference(bare[1], bare[0], ['bare load 2', 'bare load 1']) };
  if (withAssay === bare[0]) return { verdict: 'unchanged' };
  const third = await loadBareAgain();
  if (third !== bare[0]) return { verdict: 'nondeterministic', diff: firstDifference(third, bare[0], ['bare load 3', 'bare load 1']) };
  return { verdict: 'changed', diff: firstDifference(withAssay, bare[0]) };
}

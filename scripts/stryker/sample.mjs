/**
 * A fixed sample of a part's code lines, for an estimate of a part too slow to run whole (the
 * recognizer's tests run it over whole labelled sets, so each mutant costs seconds).
 * `npm run mutate -- --only senses --sample 0.1` mutates about a tenth of the part's code lines,
 * chosen by a seeded generator so the same code gives the same sample, and reports to
 * reports/mutation/<part>-sample.json, apart from full runs (the summary never counts it).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * mulberry32: a small seeded generator; the seed is fixed so a sample can be run again. The same
 * generator is `seededRandom` in lib/store/bench-fixtures.ts, but Stryker loads this file from its
 * config in plain Node 20, which cannot import a .ts module, so it is written out here.
 */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Files of the part's globs, as git lists them (a leading "!" excludes). */
function filesOf(globs, root) {
  const specs = globs.map((g) => (g.startsWith('!') ? `:(exclude,glob)${g.slice(1)}` : `:(glob)${g}`));
  return execFileSync('git', ['ls-files', '--', ...specs], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** A line that can hold a mutant: not blank, not only a comment or a brace. */
const isCode = (line) => {
  const t = line.trim();
  return t !== '' && !/^(\/\/|\/\*|\*|[{}()[\];,]+$)/.test(t) && !t.startsWith('import ');
};

/** `file:line-line` entries for Stryker's `mutate`, about `fraction` of the part's code lines. */
export function sampleLines(globs, fraction, root, seed = 20261205) {
  const random = seeded(seed);
  const picked = [];
  for (const file of filesOf(globs, root).sort()) {
    readFileSync(`${root}/${file}`, 'utf8').split('\n').forEach((line, i) => {
      if (isCode(line) && random() < fraction) picked.push(`${file}:${i + 1}-${i + 1}`);
    });
  }
  return picked;
}

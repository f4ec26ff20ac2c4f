/**
 * How many cases a fast-check property tries: all of them in `npm test`; a tenth (at least 20)
 * under `npm run mutate`, which runs the covering tests again for every mutant, so a property
 * of 2,000 cases would cost minutes per mutant. The cases that kill a mutant are rarely the
 * 200th: where one needs more, the test says so with an `examples` entry.
 */
export const propertyRuns = (runs: number): number => (process.env.ASSAY_MUTATION ? Math.max(20, Math.ceil(runs / 10)) : runs);

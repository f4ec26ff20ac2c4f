/** The parts of lib/ that `npm run mutate` runs one at a time (see run.mjs). */
export const PARTS = {
  records: [
    'lib/records/**/*.ts',
    'lib/settings/**/*.ts',
    'lib/highlight/**/*.ts',
    'lib/model.ts',
    'lib/text/**/*.ts',
    'lib/i18n/**/*.ts',
  ],
  messaging: ['lib/messaging/**/*.ts', 'lib/background/**/*.ts', 'lib/nlp-host/**/*.ts'],
  store: ['lib/store/**/*.ts', '!lib/store/bench-fixtures.ts'],
  backup: ['lib/backup/**/*.ts'],
  // lib/recognize is the largest part; in three, so each finishes (and keeps its report) in well
  // under an hour on two cores.
  recognize: ['lib/recognize/*.ts'],
  senses: ['lib/recognize/senses/**/*.ts', 'lib/recognize/lexicon/**/*.ts'],
  deals: ['lib/recognize/deals/**/*.ts'],
  dataset: ['lib/dataset/**/*.ts', '!lib/dataset/build/**'],
  facts: ['lib/facts/**/*.ts'],
};

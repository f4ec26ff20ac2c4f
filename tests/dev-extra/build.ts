/**
 * Writes the dev-extra records to tests/dev-extra/dev-extra.jsonl (not kept in git), for tools
 * that take a gold file (`npm run eval -- --gold`). `npm run eval -- --set dev-extra` and the
 * tests build the records themselves (records.ts).
 *
 *   npx tsx tests/dev-extra/build.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devExtraLines } from './records.ts';

const lines = devExtraLines();
writeFileSync(join(import.meta.dirname, 'dev-extra.jsonl'), lines.join('\n') + '\n');
console.log(`${lines.length} records written`);

import { found, reasons } from './senses-rows.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify([t, found(t), reasons(t)]));

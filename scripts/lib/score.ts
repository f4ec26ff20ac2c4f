/**
 * Scoring against the gold set, following ../shared/gold/README.md: overlap scoring (a prediction
 * hits when it overlaps a required gold mention of its type and id; predictions overlapping only
 * optional gold mentions are ignored) and exact-span scoring alongside.
 */

export interface Span {
  start: number;
  end: number;
  type: string;
  id: string;
  surface?: string;
}

export interface GoldMention extends Span {
  optional?: boolean;
}

export interface GoldRecord {
  id: string;
  lang: 'en' | 'zh';
  kind: 'topic' | 'trap' | 'zh';
  text: string;
  mentions: GoldMention[];
}

export interface Counts {
  hits: number;
  falsePositives: number;
  found: number;
  required: number;
}

export interface Errors {
  misses: { record: string; gold: GoldMention; text: string }[];
  falseHits: { record: string; prediction: Span; text: string }[];
}

export const emptyCounts = (): Counts => ({ hits: 0, falsePositives: 0, found: 0, required: 0 });

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const exact = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const sameEntity = (p: Span, g: Span) => p.type === g.type && (p.type === 'deal' || p.id === g.id);

/** Scores one record's predictions; adds into `counts[type]` and lists the errors. */
export function scoreRecord(
  record: GoldRecord,
  predictions: Span[],
  counts: Record<string, Counts>,
  mode: 'overlap' | 'exact',
  errors?: Errors,
): void {
  const match = mode === 'overlap' ? overlaps : exact;
  for (const p of predictions) {
    const c = (counts[p.type] ??= emptyCounts());
    const hit = record.mentions.some((g) => !g.optional && sameEntity(p, g) && match(p, g));
    if (hit) {
      c.hits++;
      continue;
    }
    // Predictions overlapping an optional mention of their type are neither rewarded nor penalised.
    const ignored = record.mentions.some((g) => g.optional && g.type === p.type && overlaps(p, g));
    if (ignored) continue;
    c.falsePositives++;
    errors?.falseHits.push({ record: record.id, prediction: p, text: record.text });
  }
  for (const g of record.mentions) {
    if (g.optional) continue;
    const c = (counts[g.type] ??= emptyCounts());
    c.required++;
    if (predictions.some((p) => sameEntity(p, g) && match(p, g))) c.found++;
    else errors?.misses.push({ record: record.id, gold: g, text: record.text });
  }
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.hits + c.falsePositives ? c.hits / (c.hits + c.falsePositives) : 1;
  const recall = c.required ? c.found / c.required : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function sumCounts(all: Counts[]): Counts {
  return all.reduce((a, b) => ({ hits: a.hits + b.hits, falsePositives: a.falsePositives + b.falsePositives, found: a.found + b.found, required: a.required + b.required }), emptyCounts());
}

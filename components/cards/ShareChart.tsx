import type { TableView } from '../../lib/facts/cards.ts';
import { formatQuantity, formatShare } from './format.ts';

const ROW = 20;
const LABEL_W = 104;
/** The chart's width in its own units (it is scaled to the popover's width). */
const WIDTH = 324;
/** A generous average width of one character of a value label (10.5px text). */
const VALUE_CHAR_W = 6;

/**
 * Top producers as horizontal bars (SVG), each labelled with its share and tonnage. The chart is
 * an image with a text alternative; the numbers are also in its title for screen readers.
 */
export function ShareChart({ table, limit = 6, highlight }: { table: TableView; limit?: number; highlight?: string }) {
  const rows = table.rows.filter((r) => r.country && r.share !== undefined).slice(0, limit);
  if (!rows.length) return null;
  const max = Math.max(...rows.map((r) => r.share ?? 0));
  const values = rows.map((r) => `${formatShare(r.share ?? 0)} · ${formatQuantity(r.value)}`);
  // The longest bar leaves room for its label: "23% · 5.3 million" would otherwise run off the card.
  const barWidth = Math.max(60, WIDTH - LABEL_W - 5 - Math.max(...values.map((v) => v.length)) * VALUE_CHAR_W);
  const height = rows.length * ROW + 4;
  const description = rows.map((r) => `${r.label} ${formatShare(r.share ?? 0)}`).join(', ');
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`Share of world ${table.measure}: ${description}`}>
      <title>{`Share of world ${table.measure}${table.year ? ` (${table.year})` : ''}: ${description}`}</title>
      {rows.map((r, i) => {
        const y = i * ROW + 2;
        const w = Math.max(2, ((r.share ?? 0) / max) * barWidth);
        const mine = highlight !== undefined && r.country === highlight;
        return (
          <g key={r.label}>
            <text x={LABEL_W - 6} y={y + 13} text-anchor="end" class="chart-label">
              {r.label.length > 16 ? `${r.label.slice(0, 15)}…` : r.label}
            </text>
            <rect x={LABEL_W} y={y + 3} width={w} height={ROW - 8} rx="3" class={mine ? 'chart-bar mine' : 'chart-bar'} />
            <text x={LABEL_W + w + 5} y={y + 13} class="chart-value">
              {values[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

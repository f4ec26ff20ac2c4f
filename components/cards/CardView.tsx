/**
 * Draws a mineral or country card the background laid out (lib/facts/view.ts): sections of
 * ready-worded items. Every text goes in as text (no HTML), every source link is checked.
 */
import type { Inline, Item, Section, ViewCard } from '../../lib/facts/cards.ts';
import { SourceNote } from './SourceNote.tsx';
import { LANG_TAG } from '../../lib/i18n/language.ts';

const ROW = 20;
const LABEL_W = 104;
/** The chart's width in its own units (it is scaled to the popover's width). */
const WIDTH = 324;
/** A generous average width of one character of a value label (10.5px text). */
const VALUE_CHAR_W = 6;

function Text({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? <strong>{p.strong}</strong> : <span class={`tag tag-${p.tone}`}>{p.tag}</span>))}
    </>
  );
}

/** Top producers as horizontal bars, each labelled with its share and tonnage; an image with a text alternative. */
function Bars({ item }: { item: Extract<Item, { t: 'bars' }> }) {
  // The longest bar leaves room for its label: "23% · 5.3 million" would otherwise run off the card.
  const barWidth = Math.max(60, WIDTH - LABEL_W - 5 - Math.max(...item.rows.map((r) => r.value.length)) * VALUE_CHAR_W);
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${item.rows.length * ROW + 4}`} width="100%" role="img" aria-label={item.label}>
      <title>{item.label}</title>
      {item.rows.map((r, i) => {
        const y = i * ROW + 2;
        const w = Math.max(2, r.frac * barWidth);
        return (
          <g key={r.label}>
            <text x={LABEL_W - 6} y={y + 13} text-anchor="end" class="chart-label">
              {r.label.length > 16 ? `${r.label.slice(0, 15)}…` : r.label}
            </text>
            <rect x={LABEL_W} y={y + 3} width={w} height={ROW - 8} rx="3" class={r.highlight ? 'chart-bar mine' : 'chart-bar'} />
            <text x={LABEL_W + w + 5} y={y + 13} class="chart-value">
              {r.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Spark({ item }: { item: Extract<Item, { t: 'spark' }> }) {
  const min = Math.min(...item.points);
  const span = Math.max(...item.points) - min || 1;
  const step = 120 / (item.points.length - 1);
  const line = item.points.map((v, i) => `${(i * step).toFixed(1)},${(26 - ((v - min) / span) * 24).toFixed(1)}`).join(' ');
  return (
    <>
      <svg class="spark" viewBox="-2 -2 124 32" width="124" height="32" aria-hidden="true">
        <polyline points={line} />
      </svg>
      <p class="small">{item.text}</p>
    </>
  );
}

function ItemView({ item }: { item: Item }) {
  switch (item.t) {
    case 'p':
      return (
        <p class={[item.small && 'small', item.muted && 'muted'].filter(Boolean).join(' ')}>
          <Text parts={item.text} />
        </p>
      );
    case 'facts':
      return (
        <p class="facts-line">
          {item.symbol ? <span class="symbol">{item.symbol}</span> : null}
          <span class="muted">{item.text}</span>
        </p>
      );
    case 'bars':
      return <Bars item={item} />;
    case 'spark':
      return <Spark item={item} />;
    case 'list': {
      const entries = item.items.map((parts, i) => (
        <li key={i}>
          <Text parts={parts} />
        </li>
      ));
      return item.ordered ? <ol class="ranked">{entries}</ol> : <ul class="ranked">{entries}</ul>;
    }
    case 'stats':
      return (
        <div class="stats">
          {item.items.map((s) => (
            <div class="stat" key={s.value + s.lines[0]}>
              <span class="stat-value">{s.value}</span>
              <span class="stat-label">
                <Text parts={s.label} />
              </span>
              {s.lines.map((l) => (
                <span class="stat-basis" key={l}>{l}</span>
              ))}
              <SourceNote {...s.source} />
            </div>
          ))}
        </div>
      );
    case 'grid':
      return (
        <table class="profile">
          <tbody>
            {item.rows.map((r) => (
              <tr key={r.head + r.sub} title={r.hint}>
                <th scope="row">
                  {r.head}
                  <span class="muted small"> {r.sub}</span>
                </th>
                {r.cells.map((c, i) => (
                  <td class={i ? 'num' : 'rank'} key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'entry':
      return (
        <div class="entry">
          <p>
            <Text parts={item.head} />
          </p>
          {item.lines.map((l) => (
            <p class="small" key={l}>{l}</p>
          ))}
          {item.source ? <SourceNote {...item.source} /> : null}
        </div>
      );
  }
}

function SectionView({ section }: { section: Section }) {
  return (
    <section class="block">
      {section.title ? (
        <h3>
          <Text parts={section.title} />
        </h3>
      ) : null}
      {section.items.map((item, i) => (
        <ItemView item={item} key={i} />
      ))}
      {section.sources.map((s) => (
        <SourceNote {...s} key={s.source + s.asOf} />
      ))}
    </section>
  );
}

export function CardView({ card }: { card: ViewCard }) {
  return (
    <div class="card" lang={LANG_TAG[card.lang]}>
      {card.sections.map((s, i) => (
        <SectionView section={s} key={i} />
      ))}
    </div>
  );
}

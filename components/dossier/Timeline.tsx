/**
 * An entity's deals and export controls on one date axis: one mark per event, deals green and
 * controls red, labelled by year; the list under it names each event (the chart is a picture of
 * the list, so it is hidden from screen readers and the list carries the meaning).
 */
import type { TimelineEvent } from '../../lib/facts/timeline.ts';
import { CONTROL_STATE, DEAL_STATE } from '../../lib/facts/deal-labels.ts';
import type { ControlState, DealState } from '../../lib/dataset/schema.ts';
import { LANG_TAG, type Lang } from '../../lib/i18n/language.ts';
import { useT } from '../i18n/context.ts';

const WIDTH = 560;
const HEIGHT = 64;
const PAD = 16;

/** A date string as a fractional year (2025-11 → 2025.83); a bare year sits mid-year. */
function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return y + 0.5;
  return y + (m - 1) / 12 + ((d || 15) - 1) / 365;
}

/** An event's state in the reader's language: "in force" / "已生效". */
function stateName(e: TimelineEvent, lang: Lang): string {
  const label = e.kind === 'deal' ? DEAL_STATE[e.state as DealState] : CONTROL_STATE[e.state as ControlState];
  if (!label) return e.state.replace(/-/g, ' ');
  return lang === 'zh' ? label.zh : label.en.toLowerCase();
}

/** `onOpen`: shows a deal's dossier (controls are not entities with a dossier of their own). */
export function Timeline({ events, onOpen }: { events: TimelineEvent[]; onOpen?: (event: TimelineEvent) => void }) {
  const t = useT();
  const titleOf = (e: TimelineEvent) => (t.lang === 'zh' ? e.titleZh : e.title);
  if (!events.length) return <p class="muted">{t('dossier_timeline_none')}</p>;
  const years = events.map((e) => yearOf(e.date));
  const from = Math.floor(Math.min(...years));
  const to = Math.ceil(Math.max(...years) + 0.01);
  const x = (year: number) => PAD + ((year - from) / Math.max(1, to - from)) * (WIDTH - 2 * PAD);
  const ticks = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return (
    <div class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-hidden="true" class="timeline-chart" preserveAspectRatio="xMidYMid meet">
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} class="timeline-axis" />
        {ticks.map((year) => (
          <g key={year}>
            <line x1={x(year)} x2={x(year)} y1={HEIGHT / 2 - 4} y2={HEIGHT / 2 + 4} class="timeline-axis" />
            <text x={x(year)} y={HEIGHT - 4} class="timeline-year" text-anchor="middle">
              {year}
            </text>
          </g>
        ))}
        {events.map((e, i) => (
          <circle key={e.id} cx={x(years[i])} cy={HEIGHT / 2 + (e.kind === 'deal' ? -10 : 10)} r={5} class={`timeline-mark is-${e.kind}`}>
            <title>{`${e.date} · ${titleOf(e)}`}</title>
          </circle>
        ))}
      </svg>
      <p class="timeline-key small muted">
        <span class="timeline-dot is-deal" /> {t('dossier_key_deals')} <span class="timeline-dot is-control" /> {t('dossier_key_controls')}
      </p>
      <ol class="timeline-list">
        {events.map((e) => (
          <li key={e.id} class={`is-${e.kind}`}>
            <time dateTime={e.date}>{e.date}</time> <span class="timeline-kind">{e.kind === 'deal' ? t('dossier_kind_deal') : t('dossier_kind_control')}</span>{' '}
            {onOpen && e.kind === 'deal' ? (
              <button type="button" class="link-button" onClick={() => onOpen(e)} lang={LANG_TAG[t.lang]}>
                {titleOf(e)}
              </button>
            ) : (
              titleOf(e)
            )}{' '}
            <span class="muted">{t.lang === 'zh' ? `（${stateName(e, t.lang)}）` : `(${stateName(e, t.lang)})`}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

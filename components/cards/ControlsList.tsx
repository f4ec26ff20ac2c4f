import type { ControlSummary } from '../../lib/facts/cards.ts';
import { CONTROL_STATE } from './deal-labels.ts';
import { formatDate } from './format.ts';
import { SourceNote } from './SourceNote.tsx';

/** China's export controls that cover an entity, with dates and current status. */
export function ControlsList({ controls }: { controls: ControlSummary[] }) {
  if (!controls.length) return null;
  return (
    <section class="block">
      <h3>China's export controls</h3>
      <ul class="controls">
        {controls.map((c) => (
          <li key={c.id}>
            <div class="control-head">
              <span class={`state state-${c.state}`}>{CONTROL_STATE[c.state].en}{c.until && c.state !== 'unclear' ? ` until ${formatDate(c.until)}` : ''}</span>
              <span class="control-title">{c.title}</span>
            </div>
            <div class="muted small">
              {c.instrument} · announced {formatDate(c.announced)}
              {c.effective && c.effective !== c.announced ? ` · effective ${c.effective.split(' / ').map(formatDate).join(' / ')}` : ''}
            </div>
            <p class="small">{c.statusText}</p>
            <SourceNote source={c.source} asOf={c.asOf} prefix="Status" />
          </li>
        ))}
      </ul>
    </section>
  );
}

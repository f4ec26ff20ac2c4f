import type { MineralCard as Card, TableView } from '../../lib/facts/cards.ts';
import { ControlsList } from './ControlsList.tsx';
import { DealsList } from './DealsList.tsx';
import { formatQuantity, formatShare, humanise } from './format.ts';
import { ShareChart } from './ShareChart.tsx';
import { SourceNote } from './SourceNote.tsx';

function tableTitle(t: TableView): string {
  return `${t.measure[0].toUpperCase()}${t.measure.slice(1)}${t.year ? `, ${t.year}` : ''}${t.estimated ? ' (estimated)' : ''}`;
}

function Reserves({ table }: { table: TableView }) {
  const rows = table.rows.filter((r) => r.country).slice(0, 4);
  if (!rows.length) return null;
  return (
    <section class="block">
      <h3>Reserves leaders</h3>
      <ol class="ranked">
        {rows.map((r) => (
          <li key={r.label}>
            {r.label} <span class="muted">{r.qualifier ?? ''}{formatQuantity(r.value)} {table.unit}</span>
          </li>
        ))}
      </ol>
      {table.world ? <p class="small muted">World: {table.world.qualifier ?? ''}{formatQuantity(table.world.value)} {table.unit}</p> : null}
      <SourceNote source={table.source} asOf={table.asOf} />
    </section>
  );
}

export function MineralCard({ card }: { card: Card }) {
  const lists = [card.criticalLists.us2025 && 'US critical minerals list 2025', card.criticalLists.us2022 && '2022 list'].filter(Boolean);
  return (
    <div class="card">
      <p class="facts-line">
        {card.symbol ? <span class="symbol">{card.symbol}</span> : null}
        {card.groups.length ? <span class="muted">{card.groups.map(humanise).join(' · ')}</span> : null}
        {card.partOf.length ? <span class="muted"> · part of {card.partOf.map((p) => p.label).join(', ')}</span> : null}
      </p>
      {card.uses ? (
        <section class="block">
          <h3>Used for</h3>
          <p>{card.uses.text}</p>
          <SourceNote source={card.uses.source} asOf={card.uses.asOf} />
        </section>
      ) : null}
      {card.production ? (
        <section class="block">
          <h3>{tableTitle(card.production)}</h3>
          <ShareChart table={card.production} highlight="country:CN" />
          {card.production.world ? (
            <p class="small muted">
              World: {card.production.world.qualifier ?? ''}
              {formatQuantity(card.production.world.value)} {card.production.unit}
            </p>
          ) : null}
          <SourceNote source={card.production.source} asOf={card.production.asOf} />
        </section>
      ) : null}
      <div class="stats">
        {card.chinaShare ? (
          <div class="stat">
            <span class="stat-value">{formatShare(card.chinaShare.value)}</span>
            <span class="stat-label">China's share</span>
            <span class="stat-basis">{card.chinaShare.basis}</span>
            <SourceNote source={card.chinaShare.source} asOf={card.chinaShare.asOf} />
          </div>
        ) : null}
        {card.usNetImportReliance ? (
          <div class="stat">
            <span class="stat-value">{card.usNetImportReliance.text}</span>
            <span class="stat-label">US net import reliance</span>
            {card.usNetImportReliance.note ? <span class="stat-basis">{card.usNetImportReliance.note}</span> : null}
            <SourceNote source={card.usNetImportReliance.source} asOf={card.usNetImportReliance.asOf} />
          </div>
        ) : null}
      </div>
      {card.reserves ? <Reserves table={card.reserves} /> : null}
      <ControlsList controls={card.controls} />
      <DealsList deals={card.deals} />
      <section class="block">
        <h3>Critical-minerals lists</h3>
        <p>{lists.length ? `On the ${lists.join(' and the ')}.` : 'Not on the US critical minerals lists.'}</p>
        <SourceNote source={card.criticalLists.source} asOf={card.criticalLists.asOf} />
      </section>
      {card.note ? <p class="small muted">{card.note}</p> : null}
    </div>
  );
}

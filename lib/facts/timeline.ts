/**
 * The deals and export controls around one entity, as dated events for the dossier's timeline:
 * a mineral's or a country's related deals and controls; for a deal, the deal itself and the
 * controls on its minerals. Newest first.
 */
import type { IndexedDataset } from '../dataset/load.ts';

export interface TimelineEvent {
  id: string;
  kind: 'deal' | 'control';
  /** As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  title: string;
  titleZh: string;
  /** The deal's or the control's state (signed, in-force, suspended…). */
  state: string;
}

export function timelineFor(dataset: IndexedDataset, entityId: string): TimelineEvent[] {
  const entity = dataset.byId(entityId);
  let dealIds: string[] = [];
  let controlIds: string[] = [];
  if (entity && 'relatedDeals' in entity) {
    dealIds = entity.relatedDeals;
    controlIds = entity.controls;
  } else if (entity && 'parties' in entity) {
    dealIds = [entity.id];
    const minerals = new Set(entity.minerals);
    controlIds = dataset.controls.filter((c) => c.minerals.some((m) => minerals.has(m))).map((c) => c.id);
  }
  const events: TimelineEvent[] = [];
  for (const id of new Set(dealIds)) {
    const deal = dataset.deal(id);
    if (deal) events.push({ id, kind: 'deal', date: deal.date, title: deal.title, titleZh: deal.titleZh, state: deal.status.state });
  }
  for (const id of new Set(controlIds)) {
    const control = dataset.control(id);
    if (control) events.push({ id, kind: 'control', date: control.announced, title: control.title, titleZh: control.titleZh, state: control.status.state });
  }
  return events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)));
}

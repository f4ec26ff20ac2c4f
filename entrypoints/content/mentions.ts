/**
 * Every mention found on the page, with its live DOM Range: counted for the popup and the badge,
 * ordered for next/previous, looked up by text node for clicks, and dropped when the page removes
 * its text.
 */
import type { DealParts, EntityType } from '../../lib/model.ts';
import type { EntityFacet } from '../../lib/records/types.ts';

export interface MentionRecord {
  key: number;
  id: string;
  type: EntityType;
  label: string;
  surface: string;
  range: Range;
  deal?: DealParts;
}

/**
 * Whether a mention's words left the page. A live Range whose text was removed does not die: it
 * collapses onto the removed node's parent, or keeps other text, so its text is compared too.
 */
export function isGone(r: MentionRecord): boolean {
  return r.range.collapsed || !r.range.startContainer.isConnected || !r.range.endContainer.isConnected || r.range.toString() !== r.surface;
}

export class MentionRegistry {
  private records: MentionRecord[] = [];
  private byNode = new WeakMap<Node, MentionRecord[]>();
  private sorted = true;
  private nextKey = 1;
  /** Anchors that contain a mention, for the hover-to-open behaviour inside links. */
  readonly linksWithMentions = new WeakSet<Element>();

  add(record: Omit<MentionRecord, 'key'>): MentionRecord {
    const full = { ...record, key: this.nextKey++ };
    this.records.push(full);
    this.sorted = false;
    for (const node of [full.range.startContainer, full.range.endContainer]) {
      const list = this.byNode.get(node);
      if (list) list.push(full);
      else this.byNode.set(node, [full]);
    }
    const link = (full.range.startContainer.parentElement ?? null)?.closest('a[href]');
    if (link) this.linksWithMentions.add(link);
    return full;
  }

  /** Records whose text node is `node`. */
  at(node: Node): MentionRecord[] {
    return this.byNode.get(node) ?? [];
  }

  /** Removes records matching `predicate`; returns them. */
  removeWhere(predicate: (r: MentionRecord) => boolean): MentionRecord[] {
    const removed: MentionRecord[] = [];
    this.records = this.records.filter((r) => {
      if (!predicate(r)) return true;
      removed.push(r);
      return false;
    });
    for (const r of removed) {
      for (const node of [r.range.startContainer, r.range.endContainer]) {
        const list = this.byNode.get(node);
        if (list) this.byNode.set(node, list.filter((x) => x !== r));
      }
    }
    return removed;
  }

  /** Drops mentions whose text left the page, or whose range collapsed when the text changed. */
  pruneDead(): MentionRecord[] {
    return this.removeWhere(isGone);
  }

  /** All records in document order. */
  ordered(): MentionRecord[] {
    if (!this.sorted) {
      this.records.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      this.sorted = true;
    }
    return this.records;
  }

  get size(): number {
    return this.records.length;
  }

  byKey(key: number): MentionRecord | undefined {
    return this.records.find((r) => r.key === key);
  }

  /** One row per entity, most mentioned first, for the popup's page summary. */
  summary(): EntityFacet[] {
    const rows = new Map<string, EntityFacet>();
    for (const r of this.ordered()) {
      const row = rows.get(r.id);
      if (row) row.count++;
      else rows.set(r.id, { id: r.id, type: r.type, label: r.label, count: 1 });
    }
    return [...rows.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }

  countByType(): Record<EntityType, number> {
    const counts: Record<EntityType, number> = { mineral: 0, country: 0, deal: 0 };
    for (const r of this.records) counts[r.type]++;
    return counts;
  }
}

/**
 * The compact alias index the content script ships instead of the dataset: only what matching
 * needs (text, entity, kind, competing senses), about a fifth of the facts' size. The build
 * writes it to data/alias-index.json; `expandAliasIndex` turns it back into the exact
 * `collectAliases` list, so the recognizer can use either.
 */
import type { AliasEntry, AliasKind } from './aliases';

/** [text, entity index, kind code] or [text, entity index, kind code, senses]. */
export type CompactAlias = [string, number, string] | [string, number, string, string[]];

export interface AliasIndex {
  /** Entity ids, referred to by position. */
  entities: string[];
  aliases: CompactAlias[];
}

const KIND_CODES: Record<AliasKind, string> = { name: 'n', alias: 'a', demonym: 'd', capital: 'c', abbrev: 'b' };
const KINDS = Object.fromEntries(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind])) as Record<string, AliasKind>;
const CJK = /[\u3400-\u9fff]/;

export function compactAliasIndex(entries: AliasEntry[]): AliasIndex {
  const entities: string[] = [];
  const position = new Map<string, number>();
  const aliases = entries.map((e): CompactAlias => {
    if (!position.has(e.entityId)) position.set(e.entityId, entities.push(e.entityId) - 1);
    const head: [string, number, string] = [e.text, position.get(e.entityId)!, KIND_CODES[e.kind]];
    return e.senses ? [...head, e.senses] : head;
  });
  return { entities, aliases };
}

/** The language and type are implied: Chinese aliases are written in Han characters, and ids start with the type. */
export function expandAliasIndex(index: AliasIndex): AliasEntry[] {
  return index.aliases.map(([text, entity, code, senses]) => {
    const entityId = index.entities[entity];
    return {
      text,
      lang: CJK.test(text) ? 'zh' : 'en',
      entityId,
      type: entityId.slice(0, entityId.indexOf(':')) as AliasEntry['type'],
      kind: KINDS[code],
      ambiguous: !!senses,
      ...(senses ? { senses } : {}),
    };
  });
}

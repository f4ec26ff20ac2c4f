declare module 'virtual:assay-alias-index' {
  import type { SerializedAliasIndex } from '../../lib/recognize/alias-index.ts';
  import type { DealKey } from '../../lib/recognize/deals/link.ts';
  export function readAliasIndexData(): SerializedAliasIndex & { deals: DealKey[] };
}

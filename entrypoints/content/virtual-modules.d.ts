declare module 'virtual:assay-alias-index' {
  import type { SerializedAliasIndex } from '../../lib/recognize/alias-index.ts';
  import type { DealKey } from '../../lib/recognize/deals/link.ts';
  export function readAliasIndexData(): SerializedAliasIndex & { deals: DealKey[] };
}

interface ImportMetaEnv {
  /** True only in the sweep's build (`ASSAY_MARKS=1`): see entrypoints/content/timing.ts. */
  readonly ASSAY_MARKS: boolean;
}

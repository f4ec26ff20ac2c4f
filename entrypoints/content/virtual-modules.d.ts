declare module 'virtual:assay-alias-index' {
  import type { RecognizerIndexData } from '../../lib/recognize/build-index.ts';
  export function readAliasIndexData(): RecognizerIndexData;
}

interface ImportMetaEnv {
  /** True only in the sweep's build (`ASSAY_MARKS=1`): see entrypoints/content/timing.ts. */
  readonly ASSAY_MARKS: boolean;
}

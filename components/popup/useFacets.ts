/** The entities, tags and sites in use in the clippings, for the filter menus; read again after each change. */
import { useEffect, useState } from 'preact/hooks';
import type { ClippingFacets } from '../../lib/store/clippings.ts';
import type { PopupEnv } from './env.ts';
import type { Reporter } from './useStatus.ts';

export function useFacets(env: PopupEnv, reporter: Reporter, version: number): ClippingFacets | null {
  const [facets, setFacets] = useState<ClippingFacets | null>(null);
  useEffect(() => {
    let current = true;
    void env.client.request('clippings.facets', {}).then((result) => {
      if (!current) return;
      if (result.ok) setFacets(result.value);
      else reporter.error(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [env, reporter, version]);
  return facets;
}

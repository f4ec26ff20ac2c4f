/**
 * The entities, tags and sites in use in the clippings, for the filter menus. They are read only
 * once the user reaches for the filters, and again after each change from then on: with 10,000
 * clippings the background takes over a second to count them (measured, see the storage
 * benchmark), and asking at once would hold up the list and every search typed meanwhile.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClippingFacets } from '../../lib/store/clippings.ts';
import type { PopupEnv } from './env.ts';
import type { Reporter } from './useStatus.ts';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';

export function useFacets(env: PopupEnv, reporter: Reporter, wanted: boolean, version: number): ClippingFacets | null {
  const t = useT();
  const [facets, setFacets] = useState<ClippingFacets | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void env.client.request('clippings.facets', {}).then((result) => {
      if (!current) return;
      if (result.ok) setFacets(result.value);
      else reporter.error(errorText(t, result.error));
    });
    return () => {
      current = false;
    };
  }, [env, reporter, wanted, version]);
  return facets;
}

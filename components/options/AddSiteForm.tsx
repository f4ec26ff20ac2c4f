/**
 * Adding a site: takes a page address or a host as typed, and says plainly when it is neither.
 */
import { useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { LIMITS } from '../../lib/records/limits.ts';
import { siteEntryFromInput } from '../../lib/settings/site-rules.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { useT } from '../i18n/context.ts';

interface AddSiteFormProps {
  sites: readonly string[];
  onAdd: (site: string) => Promise<boolean>;
  inputRef: Ref<HTMLInputElement>;
}

/** Why `input` cannot be added to `sites`, or the host to add. */
export function checkSiteInput(input: string, sites: readonly string[], t: Translator): { site: string } | { error: string } {
  if (input.trim() === '') return { error: t('options_site_type_hint') };
  const site = siteEntryFromInput(input);
  if (site === null) return { error: t('options_site_not_address', { input: input.trim() }) };
  if (sites.includes(site)) return { error: t('options_site_already', { site }) };
  if (sites.length >= LIMITS.siteRuleEntries) return { error: t('options_site_list_full', { count: LIMITS.siteRuleEntries }) };
  return { site };
}

export function AddSiteForm({ sites, onAdd, inputRef }: AddSiteFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const t = useT();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    const checked = checkSiteInput(text, sites, t);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    busy.current = true;
    const added = await onAdd(checked.site);
    busy.current = false;
    if (added) {
      setText('');
      setError(null);
    }
  }

  return (
    <form class="opt-add-site" onSubmit={(event) => void submit(event)} noValidate>
      <label class="opt-field-label" for="site-input">
        {t('options_add_site')}
      </label>
      <div class="opt-inline-field">
        <input
          id="site-input"
          ref={inputRef}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby="site-input-hint site-input-error"
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <button type="submit" class="opt-button opt-button-primary">
          {t('options_add')}
        </button>
      </div>
      <p class="opt-field-hint" id="site-input-hint">
        {t('options_add_site_hint')}
      </p>
      <p class="opt-field-error" id="site-input-error" aria-live="polite">
        {error}
      </p>
    </form>
  );
}

/**
 * Adding a site: takes a page address or a host as typed, and says plainly when it is neither.
 */
import { useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { LIMITS } from '../../lib/records/limits.ts';
import { siteEntryFromInput } from '../../lib/settings/site-rules.ts';

interface AddSiteFormProps {
  sites: readonly string[];
  onAdd: (site: string) => Promise<boolean>;
  inputRef: Ref<HTMLInputElement>;
}

/** Why `input` cannot be added to `sites`, or the host to add. */
export function checkSiteInput(input: string, sites: readonly string[]): { site: string } | { error: string } {
  if (input.trim() === '') return { error: 'Type a site such as example.com, or paste the address of a page on it.' };
  const site = siteEntryFromInput(input);
  if (site === null) {
    return { error: `“${input.trim()}” is not a web address or a site name. Try example.com or https://example.com/page.` };
  }
  if (sites.includes(site)) return { error: `${site} is already in the list.` };
  if (sites.length >= LIMITS.siteRuleEntries) {
    return { error: `The list is full (${LIMITS.siteRuleEntries.toLocaleString()} sites). Remove a site before adding another.` };
  }
  return { site };
}

export function AddSiteForm({ sites, onAdd, inputRef }: AddSiteFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    const checked = checkSiteInput(text, sites);
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
        Add a site
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
          Add
        </button>
      </div>
      <p class="opt-field-hint" id="site-input-hint">
        Type a site, or paste the address of any page on it. A site includes its subdomains: example.com also covers news.example.com.
      </p>
      <p class="opt-field-error" id="site-input-error" aria-live="polite">
        {error}
      </p>
    </form>
  );
}

/**
 * Sites: run everywhere except a deny list, or only on an allow list. Both lists are kept, so
 * switching the mode back brings the other list back as it was.
 */
import { useRef } from 'preact/hooks';
import type { SiteRules } from '../../lib/records/types.ts';
import { AddSiteForm } from './AddSiteForm.tsx';
import { Section } from './Section.tsx';
import { SiteList } from './SiteList.tsx';
import { useReporter } from './status.tsx';
import type { SettingsControls } from './useSettings.ts';

const MODES: { mode: SiteRules['mode']; label: string; hint: string }[] = [
  { mode: 'all-except', label: 'Everywhere except', hint: 'Assay runs on every site but the ones you list.' },
  { mode: 'only-listed', label: 'Only on', hint: 'Assay runs only on the sites you list.' },
];

export function SitesSection({ settings, update }: Pick<SettingsControls, 'settings' | 'update'>) {
  const reporter = useReporter();
  const inputRef = useRef<HTMLInputElement>(null);
  const { mode } = settings.siteRules;
  const listName = mode === 'all-except' ? 'deny' : 'allow';
  const sites = settings.siteRules[listName];
  const meaning = mode === 'all-except' ? 'Assay is off there' : 'Assay runs there';

  async function add(site: string) {
    const saved = await update({ siteRules: { [listName]: [...sites, site] } });
    if (saved) reporter.info(`Added ${site}: ${meaning}.`);
    return saved;
  }

  async function remove(site: string) {
    const saved = await update({ siteRules: { [listName]: sites.filter((entry) => entry !== site) } });
    if (saved) reporter.info(`Removed ${site}.`);
    return saved;
  }

  return (
    <Section id="sites" title="Sites" intro="Choose where Assay runs. The toolbar button can also switch it off for the site you are on.">
      <div class="opt-card">
        <fieldset class="opt-choice-group">
          <legend class="opt-row-label">Where Assay runs</legend>
          <div class="opt-choices">
            {MODES.map((choice) => (
              <label key={choice.mode} class={`opt-choice${mode === choice.mode ? ' is-selected' : ''}`}>
                <input
                  type="radio"
                  name="site-mode"
                  value={choice.mode}
                  checked={mode === choice.mode}
                  onChange={() => void update({ siteRules: { mode: choice.mode } })}
                />
                <span>
                  <span class="opt-choice-label">{choice.label} the listed sites</span>
                  <span class="opt-choice-hint">{choice.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div class="opt-card">
        <h3 class="opt-card-title" id="site-list-title">
          {mode === 'all-except' ? 'Sites where Assay is off' : 'Sites where Assay runs'}
          <span class="opt-count">{sites.length}</span>
        </h3>
        <AddSiteForm sites={sites} onAdd={add} inputRef={inputRef} />
        <SiteList
          sites={sites}
          emptyText={mode === 'all-except' ? 'No sites yet, so Assay runs on every site.' : 'No sites yet, so Assay runs nowhere. Add the sites you want it on.'}
          onRemove={remove}
          fallbackFocus={() => inputRef.current?.focus()}
        />
      </div>
    </Section>
  );
}

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
import { useT } from '../i18n/context.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';

const MODES: Choice<SiteRules['mode']>[] = [
  { value: 'all-except', label: 'options_mode_all_except', hint: 'options_mode_all_except_hint' },
  { value: 'only-listed', label: 'options_mode_only', hint: 'options_mode_only_hint' },
];

export function SitesSection({ settings, update }: Pick<SettingsControls, 'settings' | 'update'>) {
  const reporter = useReporter();
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const { mode } = settings.siteRules;
  const listName = mode === 'all-except' ? 'deny' : 'allow';
  const sites = settings.siteRules[listName];

  async function add(site: string) {
    const saved = await update({ siteRules: { [listName]: [...sites, site] } });
    if (saved) reporter.info(t(mode === 'all-except' ? 'options_site_added_off' : 'options_site_added_on', { site }));
    return saved;
  }

  async function remove(site: string) {
    const saved = await update({ siteRules: { [listName]: sites.filter((entry) => entry !== site) } });
    if (saved) reporter.info(t('options_site_removed', { site }));
    return saved;
  }

  return (
    <Section id="sites" title={t('options_nav_sites')} intro={t('options_sites_intro')}>
      <div class="opt-card">
        <ChoiceGroup legend="options_where" name="site-mode" choices={MODES} value={mode} onChange={(next) => void update({ siteRules: { mode: next } })} />
      </div>

      <div class="opt-card">
        <h3 class="opt-card-title" id="site-list-title">
          {mode === 'all-except' ? t('options_list_off') : t('options_list_on')}
          <span class="opt-count">{sites.length}</span>
        </h3>
        <AddSiteForm sites={sites} onAdd={add} inputRef={inputRef} />
        <SiteList
          sites={sites}
          emptyText={mode === 'all-except' ? t('options_list_empty_off') : t('options_list_empty_on')}
          onRemove={remove}
          fallbackFocus={() => inputRef.current?.focus()}
        />
      </div>
    </Section>
  );
}

/**
 * Language: the language of Assay's screens and cards (Auto follows the browser's), and whether
 * cards follow the page instead. A change is saved at once, and the background tells every open
 * page and tab, so everything switches without a reload.
 */
import { LANG_TAG, LANGS, NATIVE_NAME, resolveLanguage, type CardLanguage, type LanguagePreference } from '../../lib/i18n/language.ts';
import { useT } from '../i18n/context.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { Section } from './Section.tsx';
import { SettingRow } from './SettingRow.tsx';
import type { SettingsControls } from './useSettings.ts';

const CARD_CHOICES: Choice<CardLanguage>[] = [
  { value: 'assay', label: 'options_card_assay', hint: 'options_card_assay_hint' },
  { value: 'page', label: 'options_card_page', hint: 'options_card_page_hint' },
];

export function LanguageSection({ settings, update, browserLanguage }: Pick<SettingsControls, 'settings' | 'update'> & { browserLanguage: string }) {
  const t = useT();
  const browsers = NATIVE_NAME[resolveLanguage('auto', browserLanguage)];
  return (
    <Section id="language" title={t('options_nav_language')} intro={t('options_language_intro')}>
      <div class="opt-card">
        <SettingRow id="language" labelFor="language-select" label={t('options_language')} hint={t('options_language_hint', { name: browsers })}>
          <select
            id="language-select"
            class="opt-select"
            value={settings.language}
            aria-describedby="language-hint"
            onChange={(event) => void update({ language: event.currentTarget.value as LanguagePreference })}
          >
            <option value="auto">{t('options_language_auto', { name: browsers })}</option>
            {/* Each language named in itself, as language menus do. */}
            {LANGS.map((lang) => (
              <option key={lang} value={lang} lang={LANG_TAG[lang]}>
                {NATIVE_NAME[lang]}
              </option>
            ))}
          </select>
        </SettingRow>
        <ChoiceGroup legend="options_card_language" name="card-language" choices={CARD_CHOICES} value={settings.cardLanguage} onChange={(value) => void update({ cardLanguage: value })} />
      </div>
    </Section>
  );
}

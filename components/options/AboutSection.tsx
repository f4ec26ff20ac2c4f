/**
 * About: the extension's version, what it does with the user's data, and where the bundled facts
 * come from, with their editions, dates and licences.
 */
import type { DatasetInfo } from '../../lib/messaging/protocol.ts';
import type { FileMeta } from '../../lib/dataset/schema.ts';
import { formatAsOf } from './format.ts';
import { useT } from '../i18n/context.ts';
import { slot, Slotted } from '../i18n/slots.tsx';
import type { PlainKey } from '../../lib/i18n/translator.ts';
import { ExternalLink, LinkedText } from './LinkedText.tsx';
import { CardError, CardPlaceholder, Section } from './Section.tsx';
import { SettingRow } from './SettingRow.tsx';
import type { Loaded } from './useLoaded.ts';

const FILES: { key: keyof DatasetInfo['meta']; title: PlainKey }[] = [
  { key: 'minerals', title: 'options_file_minerals' },
  { key: 'countries', title: 'options_file_countries' },
  { key: 'deals', title: 'options_file_deals' },
  { key: 'controls', title: 'options_file_controls' },
];

/** A file of the dataset: its edition, licence and sources as published (English). */
function DatasetFile({ title, meta, count }: { title: PlainKey; meta: FileMeta; count: number }) {
  const t = useT();
  return (
    <article class="opt-dataset-file" data-testid="dataset-file">
      <header class="opt-dataset-head">
        <h4>{t(title)}</h4>
        <span class="opt-muted">{t('options_file_line', { entries: t.plural('options_entries', count), date: formatAsOf(meta.asOf, t) })}</span>
      </header>
      <dl class="opt-facts">
        <dt>{t('options_edition')}</dt>
        <dd lang="en">{meta.edition}</dd>
        <dt>{t('options_licence')}</dt>
        <dd lang="en">
          <LinkedText text={meta.licence} />
        </dd>
        <dt>{t('options_sources')}</dt>
        <dd>
          <ul class="opt-sources" lang="en">
            {meta.sources.map((source) => (
              <li key={source.name}>
                {source.url ? <ExternalLink href={source.url}>{source.name}</ExternalLink> : source.name}
                {source.licence && <span class="opt-tag">{source.licence}</span>}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </article>
  );
}

const WORLD_COUNTRIES = 'https://github.com/mledoze/countries';
/** The project's name, as published. */
const WORLD_COUNTRIES_NAME = 'world-countries';

interface AboutSectionProps {
  version: string;
  dataset: Loaded<DatasetInfo>;
  onRetry: () => void;
}

export function AboutSection({ version, dataset, onRetry }: AboutSectionProps) {
  const t = useT();
  return (
    <Section id="about" title={t('options_nav_about')} intro={t('options_about_intro')}>
      <div class="opt-card">
        <SettingRow
          id="privacy"
          variant="opt-row-top"
          label={t('options_private')}
          hint={t('options_private_hint')}
          leading={
            <span class="opt-badge is-ok" aria-hidden="true">
              ✓
            </span>
          }
        />
        <SettingRow id="version" label={t('options_version')}>
          <span class="opt-version" data-testid="version">
            {t('options_version_value', { version })}
          </span>
        </SettingRow>
      </div>

      <h3 class="opt-subhead">{t('options_dataset')}</h3>
      {dataset.status === 'loading' && <CardPlaceholder height={520} label={t('options_loading_dataset')} />}
      {dataset.status === 'error' && <CardError message={dataset.message} onRetry={onRetry} />}
      {dataset.status === 'ok' && (
        <div class="opt-card">
          <p class="opt-row-hint opt-card-intro">
            <Slotted text={t('options_dataset_intro', { link: slot(0) })} parts={[<ExternalLink href={WORLD_COUNTRIES}>{WORLD_COUNTRIES_NAME}</ExternalLink>]} />
          </p>
          {FILES.map(({ key, title }) => (
            <DatasetFile key={key} title={title} meta={dataset.value.meta[key]} count={dataset.value.counts[key]} />
          ))}
        </div>
      )}
    </Section>
  );
}

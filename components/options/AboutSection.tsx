/**
 * About: the extension's version, what it does with the user's data, and where the bundled facts
 * come from, with their editions, dates and licences.
 */
import type { DatasetInfo } from '../../lib/messaging/protocol.ts';
import type { FileMeta } from '../../lib/dataset/schema.ts';
import { formatAsOf } from './format.ts';
import { ExternalLink, LinkedText } from './LinkedText.tsx';
import { CardError, CardPlaceholder, Section } from './Section.tsx';
import { SettingRow } from './SettingRow.tsx';
import type { Loaded } from './useLoaded.ts';

const FILES: { key: keyof DatasetInfo['meta']; title: string }[] = [
  { key: 'minerals', title: 'Minerals' },
  { key: 'countries', title: 'Countries' },
  { key: 'deals', title: 'Deals' },
  { key: 'controls', title: 'Export controls' },
];

function DatasetFile({ title, meta, count }: { title: string; meta: FileMeta; count: number }) {
  return (
    <article class="opt-dataset-file" data-testid="dataset-file">
      <header class="opt-dataset-head">
        <h4>{title}</h4>
        <span class="opt-muted">
          {count.toLocaleString()} {count === 1 ? 'entry' : 'entries'} · as of {formatAsOf(meta.asOf)}
        </span>
      </header>
      <dl class="opt-facts">
        <dt>Edition</dt>
        <dd>{meta.edition}</dd>
        <dt>Licence</dt>
        <dd>
          <LinkedText text={meta.licence} />
        </dd>
        <dt>Sources</dt>
        <dd>
          <ul class="opt-sources">
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

interface AboutSectionProps {
  version: string;
  dataset: Loaded<DatasetInfo>;
  onRetry: () => void;
}

export function AboutSection({ version, dataset, onRetry }: AboutSectionProps) {
  return (
    <Section id="about" title="About" intro="Where Assay’s facts come from, and what it does with yours.">
      <div class="opt-card">
        <SettingRow
          id="privacy"
          variant="opt-row-top"
          label="Private by design"
          hint="Everything stays on this device: your notes, clippings and settings are stored in this browser profile, and the facts ship inside the extension. Assay makes no network requests: no accounts, no analytics, no tracking."
          leading={
            <span class="opt-badge is-ok" aria-hidden="true">
              ✓
            </span>
          }
        />
        <SettingRow id="version" label="Version">
          <span class="opt-version" data-testid="version">
            Assay {version}
          </span>
        </SettingRow>
      </div>

      <h3 class="opt-subhead">The dataset</h3>
      {dataset.status === 'loading' && <CardPlaceholder height={520} label="Loading the dataset’s details…" />}
      {dataset.status === 'error' && <CardError message={dataset.message} onRetry={onRetry} />}
      {dataset.status === 'ok' && (
        <div class="opt-card">
          <p class="opt-row-hint opt-card-intro">
            Every figure in a popover names its source and date. Country names and codes are from{' '}
            <ExternalLink href="https://github.com/mledoze/countries">world-countries</ExternalLink> by Mohammed Le Doze, under
            the Open Database License (ODbL 1.0); production and reserves figures are from the U.S. Geological Survey and in the
            US public domain.
          </p>
          {FILES.map(({ key, title }) => (
            <DatasetFile key={key} title={title} meta={dataset.value.meta[key]} count={dataset.value.counts[key]} />
          ))}
        </div>
      )}
    </Section>
  );
}

/**
 * What an import will do (or did): records added, updated and left as they are, and what
 * happens to the settings.
 */
import type { ImportReport } from '../../lib/backup/types.ts';
import type { PlainKey } from '../../lib/i18n/translator.ts';
import { useT } from '../i18n/context.ts';
import { formatCount } from './format.ts';

const SETTINGS_OUTCOME: Record<ImportReport['settings'], { preview: PlainKey; done: PlainKey }> = {
  absent: { preview: 'options_settings_absent_preview', done: 'options_settings_absent_done' },
  add: { preview: 'options_settings_add_preview', done: 'options_settings_add_done' },
  update: { preview: 'options_settings_update_preview', done: 'options_settings_update_done' },
  unchanged: { preview: 'options_settings_unchanged_preview', done: 'options_settings_unchanged_done' },
};

/** True when importing the report's file would change something. */
export function changesAnything(report: ImportReport): boolean {
  return (
    report.notes.add + report.notes.update + report.clippings.add + report.clippings.update > 0 ||
    report.settings === 'add' ||
    report.settings === 'update'
  );
}

export function ImportPreview({ report, done }: { report: ImportReport; done: boolean }) {
  const t = useT();
  const rows = [
    { id: 'notes', label: t('options_notes'), counts: report.notes },
    { id: 'clippings', label: t('options_clippings'), counts: report.clippings },
  ];
  return (
    <div class="opt-import-preview">
      <table class="opt-table" data-testid="import-counts">
        <caption class="opt-visually-hidden">{done ? t('options_table_done') : t('options_table_preview')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="opt-visually-hidden">{t('options_records')}</span>
            </th>
            <th scope="col">{done ? t('options_added') : t('options_will_add')}</th>
            <th scope="col">{done ? t('options_updated') : t('options_will_update')}</th>
            <th scope="col">{t('options_unchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, label, counts }) => (
            <tr key={id} data-testid={`import-${id}`}>
              <th scope="row">{label}</th>
              <td>{formatCount(counts.add, t)}</td>
              <td>{formatCount(counts.update, t)}</td>
              <td>{formatCount(counts.unchanged, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="opt-row-hint" data-testid="import-settings">
        {t(done ? SETTINGS_OUTCOME[report.settings].done : SETTINGS_OUTCOME[report.settings].preview)}
      </p>
    </div>
  );
}

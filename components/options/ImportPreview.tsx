/**
 * What an import will do (or did): records added, updated and left as they are, and what
 * happens to the settings.
 */
import type { ImportReport } from '../../lib/backup/types.ts';

const SETTINGS_OUTCOME: Record<ImportReport['settings'], { preview: string; done: string }> = {
  absent: { preview: 'The file holds no settings; yours stay as they are.', done: 'The file held no settings; yours are unchanged.' },
  add: { preview: 'Your settings will be taken from the file.', done: 'Your settings were taken from the file.' },
  update: { preview: 'Your settings will be replaced by the file’s, which are newer.', done: 'Your settings were replaced by the file’s.' },
  unchanged: { preview: 'Your settings are as new as the file’s or newer, and stay as they are.', done: 'Your settings are unchanged.' },
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
  const rows = [
    { label: 'Notes', counts: report.notes },
    { label: 'Clippings', counts: report.clippings },
  ];
  return (
    <div class="opt-import-preview">
      <table class="opt-table" data-testid="import-counts">
        <caption class="opt-visually-hidden">{done ? 'What the import changed' : 'What importing this file will change'}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="opt-visually-hidden">Records</span>
            </th>
            <th scope="col">{done ? 'Added' : 'Will add'}</th>
            <th scope="col">{done ? 'Updated' : 'Will update'}</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, counts }) => (
            <tr key={label} data-testid={`import-${label.toLowerCase()}`}>
              <th scope="row">{label}</th>
              <td>{counts.add.toLocaleString()}</td>
              <td>{counts.update.toLocaleString()}</td>
              <td>{counts.unchanged.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="opt-row-hint" data-testid="import-settings">
        {done ? SETTINGS_OUTCOME[report.settings].done : SETTINGS_OUTCOME[report.settings].preview}
      </p>
    </div>
  );
}

/**
 * The three exports: everything as a JSON backup, and the clippings as Markdown and as CSV.
 * Each is fetched from the background in parts, so any amount of data can be exported.
 */
import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../lib/backup/types.ts';
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import { fetchExport, type DownloadFile } from './backup-transfer.ts';
import { formatBytes } from './format.ts';
import { SettingRow } from './SettingRow.tsx';
import { useReporter } from './status.tsx';

const EXPORTS: { format: ExportFormat; title: string; hint: string; button: string }[] = [
  {
    format: 'json',
    title: 'Full backup',
    hint: 'Your notes, clippings and settings in one JSON file that Assay can import again, here or on another computer.',
    button: 'Download backup',
  },
  {
    format: 'markdown',
    title: 'Clippings as Markdown',
    hint: 'One file with every clipping, its source and your note; ready for Obsidian or any notes app.',
    button: 'Download Markdown',
  },
  {
    format: 'csv',
    title: 'Clippings as CSV',
    hint: 'One row per clipping, for spreadsheets.',
    button: 'Download CSV',
  },
];

interface ExportCardProps {
  client: Client<Protocol>;
  saveFile: (file: DownloadFile) => void;
}

export function ExportCard({ client, saveFile }: ExportCardProps) {
  const reporter = useReporter();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setProgress(null);
    const result = await fetchExport(client, format, (done, total) => setProgress(total > 0 ? Math.min(1, done / total) : null));
    setBusy(null);
    if (!result.ok) {
      reporter.error(result.message);
      return;
    }
    saveFile(result.value);
    reporter.info(`Exported ${result.value.filename} (${formatBytes(result.value.blob.size)}).`);
  }

  return (
    <div class="opt-card">
      <h3 class="opt-card-title">Export</h3>
      {EXPORTS.map((item) => (
        <SettingRow key={item.format} id={`export-${item.format}`} label={item.title} hint={item.hint} variant="opt-row-action">
          <button
            type="button"
            class={`opt-button${item.format === 'json' ? ' opt-button-primary' : ''}`}
            aria-describedby={`export-${item.format}-hint`}
            disabled={busy !== null}
            aria-busy={busy === item.format ? 'true' : undefined}
            onClick={() => void download(item.format)}
          >
            {item.button}
          </button>
          {busy === item.format && progress !== null && (
            <span class="opt-muted opt-export-progress" data-testid="export-progress">
              {Math.floor(progress * 100)}%
            </span>
          )}
        </SettingRow>
      ))}
    </div>
  );
}

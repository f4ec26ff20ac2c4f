/**
 * The three exports: everything as a JSON backup, and the clippings as Markdown and as CSV.
 */
import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '../../lib/backup/types.ts';
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
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
  saveFile: (file: ExportFile) => void;
}

export function ExportCard({ client, saveFile }: ExportCardProps) {
  const reporter = useReporter();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    const result = await client.request('backup.export', { format });
    setBusy(null);
    if (!result.ok) {
      reporter.error(result.error.message);
      return;
    }
    saveFile(result.value);
    reporter.info(`Exported ${result.value.filename} (${formatBytes(new Blob([result.value.text]).size)}).`);
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
        </SettingRow>
      ))}
    </div>
  );
}

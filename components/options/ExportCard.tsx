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
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';
import type { PlainKey } from '../../lib/i18n/translator.ts';

const EXPORTS: { format: ExportFormat; title: PlainKey; hint: PlainKey; button: PlainKey }[] = [
  { format: 'json', title: 'options_export_json', hint: 'options_export_json_hint', button: 'options_export_json_button' },
  { format: 'markdown', title: 'options_export_md', hint: 'options_export_md_hint', button: 'options_export_md_button' },
  { format: 'csv', title: 'options_export_csv', hint: 'options_export_csv_hint', button: 'options_export_csv_button' },
];

interface ExportCardProps {
  client: Client<Protocol>;
  saveFile: (file: DownloadFile) => void;
}

export function ExportCard({ client, saveFile }: ExportCardProps) {
  const reporter = useReporter();
  const t = useT();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setProgress(null);
    const result = await fetchExport(client, format, (done, total) => setProgress(total > 0 ? Math.min(1, done / total) : null));
    setBusy(null);
    if (!result.ok) {
      reporter.error(errorText(t, result));
      return;
    }
    saveFile(result.value);
    reporter.info(t('options_exported', { file: result.value.filename, size: formatBytes(result.value.blob.size, t) }));
  }

  return (
    <div class="opt-card">
      <h3 class="opt-card-title">{t('options_export')}</h3>
      {EXPORTS.map((item) => (
        <SettingRow key={item.format} id={`export-${item.format}`} label={t(item.title)} hint={t(item.hint)} variant="opt-row-action">
          <button
            type="button"
            class={`opt-button${item.format === 'json' ? ' opt-button-primary' : ''}`}
            aria-describedby={`export-${item.format}-hint`}
            disabled={busy !== null}
            aria-busy={busy === item.format ? 'true' : undefined}
            onClick={() => void download(item.format)}
          >
            {t(item.button)}
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

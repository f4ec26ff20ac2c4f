/**
 * Importing a JSON backup in two steps: the file is checked and previewed first (nothing is
 * written), then imported when the user confirms. A bad file gets the background's own account
 * of what is wrong, and nothing changes. The card has its own live region, next to the file
 * picker, for every step's outcome, errors included.
 *
 * The file is read and sent a part at a time, for the preview and again for the import, so it
 * may be of any size; the background keeps nothing between the two, so a preview the user reads
 * for a long while still imports.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportProgress, ImportReport } from '../../lib/backup/types.ts';
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import type { PickedFile } from './backup-file.ts';
import { sendBackupFile } from './backup-transfer.ts';
import { formatMoment } from './format.ts';
import { changesAnything, ImportPreview } from './ImportPreview.tsx';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; name: string; read: ImportProgress | null }
  | { step: 'preview'; name: string; file: PickedFile; report: ImportReport }
  | { step: 'importing'; name: string; file: PickedFile; report: ImportReport }
  | { step: 'done'; name: string; report: ImportReport }
  | { step: 'failed'; name: string; message: string };

function summary(report: ImportReport, t: Translator): string {
  const added = report.notes.add + report.clippings.add;
  const updated = report.notes.update + report.clippings.update;
  if (added + updated === 0) return t('options_import_none_changed');
  const notes = t.plural('common_notes', report.notes.add);
  const clippings = t.plural('common_clippings', report.clippings.add);
  const records = t.plural('options_records', updated);
  if (added && updated) return t('options_import_added_updated', { notes, clippings, records });
  return added ? t('options_import_added', { notes, clippings }) : t('options_import_updated', { records });
}

interface ImportCardProps {
  client: Client<Protocol>;
  /** Called after an import changed something, so counts and settings are read again. */
  onImported: (report: ImportReport) => void;
}

export function ImportCard({ client, onImported }: ImportCardProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = state.step === 'checking' || state.step === 'importing';
  const t = useT();

  // A file dropped beside the drop zone would otherwise make the browser open it in place of
  // this page.
  useEffect(() => {
    const keepPage = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);

  function failed(name: string, message: string) {
    setState({ step: 'failed', name, message });
  }

  async function check(file: PickedFile) {
    if (busy) return;
    setState({ step: 'checking', name: file.name, read: null });
    const result = await sendBackupFile(client, file, false, { onProgress: (read) => setState({ step: 'checking', name: file.name, read }) });
    if (!result.ok) return failed(file.name, errorText(t, result));
    setState({ step: 'preview', name: file.name, file, report: result.value });
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'importing' });
    const result = await sendBackupFile(client, state.file, true);
    if (!result.ok) return failed(state.name, errorText(t, result));
    setState({ step: 'done', name: state.name, report: result.value });
    onImported(result.value);
  }

  function pick(files: FileList | null | undefined) {
    const file = files?.[0];
    if (file) void check(file);
  }

  return (
    <div class="opt-card">
      <h3 class="opt-card-title">{t('options_import_title')}</h3>
      <p class="opt-row-hint opt-card-intro">{t('options_import_intro')}</p>
      <div
        class={`opt-dropzone${dragging ? ' is-dragging' : ''}`}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          pick(event.dataTransfer?.files);
        }}
        data-testid="dropzone"
      >
        <span class="opt-dropzone-icon" aria-hidden="true">
          ⇪
        </span>
        <p class="opt-dropzone-text">{t('options_drop')}</p>
        <input
          ref={inputRef}
          id="import-file"
          class="opt-file-input"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="import-file-hint"
          onChange={(event) => {
            pick(event.currentTarget.files);
            // Cleared so that choosing the same file again (after fixing it) is noticed.
            event.currentTarget.value = '';
          }}
        />
        <label for="import-file" class={`opt-button${busy ? ' is-disabled' : ''}`}>
          {t('options_choose_file')}
        </label>
        <p class="opt-field-hint" id="import-file-hint">
          {t('options_choose_hint')}
        </p>
      </div>

      <div class="opt-import-result" aria-live="polite">
        {state.step === 'checking' && (
          <p class="opt-muted">
            {state.read
              ? t('options_checking_read', { file: state.name, notes: t.plural('common_notes', state.read.notes), clippings: t.plural('common_clippings', state.read.clippings) })
              : t('options_checking', { file: state.name })}
          </p>
        )}
        {(state.step === 'preview' || state.step === 'importing') && (
          <div class="opt-import-panel">
            <p class="opt-import-file">
              <strong>{state.name}</strong>
              <span class="opt-muted"> · {t('options_made', { date: formatMoment(state.report.exportedAt, t) })}</span>
            </p>
            <ImportPreview report={state.report} done={false} />
            {!changesAnything(state.report) && <p class="opt-note">{t('options_import_nothing')}</p>}
            <div class="opt-actions">
              <button
                type="button"
                class="opt-button opt-button-primary"
                disabled={state.step === 'importing' || !changesAnything(state.report)}
                onClick={() => void confirm()}
              >
                {state.step === 'importing' ? t('options_importing') : t('options_import')}
              </button>
              <button type="button" class="opt-button" disabled={state.step === 'importing'} onClick={() => setState({ step: 'idle' })}>
                {t('common_cancel')}
              </button>
            </div>
          </div>
        )}
        {state.step === 'done' && (
          <div class="opt-import-panel is-done">
            <p class="opt-import-file">
              <span class="opt-ok-mark" aria-hidden="true">
                ✓
              </span>{' '}
              <strong>{t('options_imported', { file: state.name })}</strong> {summary(state.report, t)}
            </p>
            <ImportPreview report={state.report} done />
          </div>
        )}
        {state.step === 'failed' && (
          <div class="opt-import-panel is-error" data-testid="import-error">
            <p class="opt-import-file">
              <strong>{t('options_not_imported', { file: state.name })}</strong>
            </p>
            <p class="opt-error-text">{state.message}</p>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * Handing an export to the browser as a download.
 */
import type { ExportFile } from '../../lib/backup/types.ts';

/** Saves `file` through the browser's download (a Blob behind an object URL and `<a download>`). */
export function saveFile({ text, filename, mime }: ExportFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the Blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

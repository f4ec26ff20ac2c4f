/**
 * Handing an export to the browser as a download.
 */
import type { DownloadFile } from './backup-transfer.ts';

/** Saves `file` through the browser's download (the Blob behind an object URL and `<a download>`). */
export function saveFile({ blob, filename }: DownloadFile): void {
  const url = URL.createObjectURL(blob);
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

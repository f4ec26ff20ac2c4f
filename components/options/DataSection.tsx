/**
 * Your data: exports, and importing a backup.
 */
import type { ImportReport } from '../../lib/backup/types.ts';
import type { DownloadFile } from './backup-transfer.ts';
import type { Client } from '../../lib/messaging/client.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import { ExportCard } from './ExportCard.tsx';
import { ImportCard } from './ImportCard.tsx';
import { Section } from './Section.tsx';

interface DataSectionProps {
  client: Client<Protocol>;
  saveFile: (file: DownloadFile) => void;
  onImported: (report: ImportReport) => void;
}

export function DataSection({ client, saveFile, onImported }: DataSectionProps) {
  return (
    <Section id="data" title="Your data" intro="Your notes and clippings belong to you: take them anywhere, or bring them back.">
      <ExportCard client={client} saveFile={saveFile} />
      <ImportCard client={client} onImported={onImported} />
    </Section>
  );
}

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
import { useT } from '../i18n/context.ts';

interface DataSectionProps {
  client: Client<Protocol>;
  saveFile: (file: DownloadFile) => void;
  onImported: (report: ImportReport) => void;
}

export function DataSection({ client, saveFile, onImported }: DataSectionProps) {
  const t = useT();
  return (
    <Section id="data" title={t('options_nav_data')} intro={t('options_data_intro')}>
      <ExportCard client={client} saveFile={saveFile} />
      <ImportCard client={client} onImported={onImported} />
    </Section>
  );
}

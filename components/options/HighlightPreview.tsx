/**
 * A sample sentence highlighted as Assay would highlight it on a light or a dark page.
 */
import { highlightStyle } from './colour.ts';
import type { EntityTypeInfo } from './entity-types.ts';
import { useT } from '../i18n/context.ts';
import { slot, Slotted } from '../i18n/slots.tsx';

interface HighlightPreviewProps {
  info: EntityTypeInfo;
  colour: string;
  dark: boolean;
}

export function HighlightPreview({ info, colour, dark }: HighlightPreviewProps) {
  const t = useT();
  const mark = (
    <mark class="opt-preview-mark" style={highlightStyle(colour, dark)}>
      {t(info.sample.highlighted)}
    </mark>
  );
  return (
    <p class={`opt-preview ${dark ? 'is-dark' : 'is-light'}`} data-testid={`preview-${info.type}-${dark ? 'dark' : 'light'}`}>
      <Slotted text={t(info.sample.sentence, { mark: slot(0) })} parts={[mark]} />
    </p>
  );
}

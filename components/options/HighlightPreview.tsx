/**
 * A sample sentence highlighted as Assay would highlight it on a light or a dark page.
 */
import { highlightStyle } from './colour.ts';
import type { EntityTypeInfo } from './entity-types.ts';

interface HighlightPreviewProps {
  info: EntityTypeInfo;
  colour: string;
  dark: boolean;
}

export function HighlightPreview({ info, colour, dark }: HighlightPreviewProps) {
  const [before, highlighted, after] = info.sample;
  return (
    <p class={`opt-preview ${dark ? 'is-dark' : 'is-light'}`} data-testid={`preview-${info.type}-${dark ? 'dark' : 'light'}`}>
      {before}
      <mark class="opt-preview-mark" style={highlightStyle(colour, dark)}>
        {highlighted}
      </mark>
      {after}
    </p>
  );
}

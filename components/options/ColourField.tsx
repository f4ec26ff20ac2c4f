/**
 * One highlight colour (for light or for dark pages) with its preview underneath. Dragging in
 * the picker previews the colour; it is saved when the picker is closed.
 */
import { toPickerHex } from './colour.ts';
import type { EntityTypeInfo } from './entity-types.ts';
import { HighlightPreview } from './HighlightPreview.tsx';

interface ColourFieldProps {
  info: EntityTypeInfo;
  dark: boolean;
  colour: string;
  onPreview: (hex: string) => void;
  onSave: (hex: string) => void;
}

export function ColourField({ info, dark, colour, onPreview, onSave }: ColourFieldProps) {
  const id = `colour-${info.type}-${dark ? 'dark' : 'light'}`;
  const picker = toPickerHex(colour);
  return (
    <div class="opt-colour-field">
      <div class="opt-colour-control">
        <input
          id={id}
          type="color"
          value={picker}
          aria-label={`${info.label} colour on ${dark ? 'dark' : 'light'} pages`}
          onInput={(event) => onPreview(event.currentTarget.value)}
          onChange={(event) => onSave(event.currentTarget.value)}
        />
        <label for={id} class="opt-colour-label">
          {dark ? 'On dark pages' : 'On light pages'}
          <code class="opt-colour-hex">{picker}</code>
        </label>
      </div>
      <HighlightPreview info={info} colour={colour} dark={dark} />
    </div>
  );
}

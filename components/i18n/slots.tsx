/**
 * A message with elements inside it ("Assay on <site>", "press <strong>Save clipping</strong>"):
 * the catalog keeps the whole sentence, so each language orders it its own way; the elements go
 * where the message puts their placeholders. The placeholders are filled with private-use marks
 * the catalogs never contain, then the text is cut at them.
 */
import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';

/** The marks slot `i` is written as, for `t(key, { name: slot(i) })`. */
export const slot = (i: number): string => String.fromCharCode(0xe000 + i);

/** `text` with each `slot(i)` replaced by `parts[i]`. */
export function Slotted({ text, parts }: { text: string; parts: ComponentChildren[] }) {
  const pieces = text.split(/([\ue000-\ue0ff])/);
  return (
    <>
      {pieces.map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{parts[piece.charCodeAt(0) - 0xe000]}</Fragment> : piece))}
    </>
  );
}

/** Text with the words of a search marked: segments rendered as text nodes and `<mark>`s, never as HTML. */
import { markTerms } from './mark-terms.ts';

export function Highlighted({ text, query }: { text: string; query: string }) {
  if (!query.trim()) return <>{text}</>;
  return (
    <>
      {markTerms(text, query).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  );
}

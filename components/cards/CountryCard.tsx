import type { CountryCard as Card } from '../../lib/facts/cards.ts';
import { CardView } from './CardView.tsx';

/** A country's card, laid out in the background (lib/facts/country-view.ts). */
export function CountryCard({ card }: { card: Card }) {
  return <CardView card={card} />;
}

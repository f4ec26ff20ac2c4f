import type { MineralCard as Card } from '../../lib/facts/cards.ts';
import { CardView } from './CardView.tsx';

/** A mineral's card, laid out in the background (lib/facts/mineral-view.ts). */
export function MineralCard({ card }: { card: Card }) {
  return <CardView card={card} />;
}

/**
 * The shipped weights of the learned deal filter. The JSON is bundled with the content script and
 * parsed with it; its maps are built once, when a deal phrase first needs them.
 */
import file from '../../../data/deal-plausibility.json';
import { loadDealModel, type DealModel, type DealModelFile } from './plausibility.ts';

let model: DealModel | undefined;

export function shippedDealModel(): DealModel {
  return (model ??= loadDealModel(file as DealModelFile));
}

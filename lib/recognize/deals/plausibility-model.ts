/** The shipped weights of the learned deal filter, loaded once, when a deal phrase first needs them. */
import file from '../../../data/deal-plausibility.json';
import { loadDealModel, type DealModel, type DealModelFile } from './plausibility.ts';

let model: DealModel | undefined;

export function shippedDealModel(): DealModel {
  return (model ??= loadDealModel(file as DealModelFile));
}

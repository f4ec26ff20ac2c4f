/**
 * Builds the serialized alias index from the bundled dataset, in Node: used by the WXT build
 * (through the Vite plugin in wxt.config.ts) and by the CLI, eval and bench scripts.
 * OpenCC supplies the traditional-character spellings of every Chinese alias.
 */
import * as OpenCC from 'opencc-js';
import { collectAliases } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { buildRecognizerIndex } from '../../lib/recognize/build-index.ts';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTaiwanPhrases = OpenCC.Converter({ from: 'cn', to: 'twp' });

export function zhVariants(text: string): string[] {
  return [...new Set([toTaiwan(text), toHongKong(text), toTaiwanPhrases(text)])].filter((v) => v !== text);
}

export function buildSerializedIndex() {
  const dataset = loadDataset();
  return buildRecognizerIndex(dataset, collectAliases(dataset), { zhVariants });
}

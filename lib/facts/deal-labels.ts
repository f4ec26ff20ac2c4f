/**
 * Display names of the dataset's enumerated deal and control fields, in English and Chinese.
 * Typed as records over the schema's enums, so a new state or kind does not compile until it
 * has both names. The background's card views (deals-view.ts) and the content script's deal card
 * both read them, so this file holds nothing else.
 */
import type { ControlState, DealKind, DealState } from '../dataset/schema.ts';

type Labels<K extends string> = Record<K, { en: string; zh: string }>;

export const DEAL_STATE: Labels<DealState> = {
  announced: { en: 'Announced', zh: '已宣布' },
  signed: { en: 'Signed', zh: '已签署' },
  conditional: { en: 'Conditional commitment', zh: '附条件承诺' },
  'in-force': { en: 'In force', zh: '已生效' },
  completed: { en: 'Completed', zh: '已完成' },
  stalled: { en: 'Stalled', zh: '停滞' },
  suspended: { en: 'Suspended', zh: '已暂停' },
  terminated: { en: 'Terminated', zh: '已终止' },
  lapsed: { en: 'Lapsed', zh: '已失效' },
};

export const DEAL_KIND: Labels<DealKind> = {
  mou: { en: 'memorandum of understanding', zh: '谅解备忘录' },
  framework: { en: 'framework', zh: '框架' },
  agreement: { en: 'agreement', zh: '协议' },
  declaration: { en: 'declaration', zh: '宣言' },
  'equity-stake': { en: 'equity stake', zh: '股权投资' },
  loan: { en: 'loan', zh: '贷款' },
  'joint-venture': { en: 'joint venture', zh: '合资企业' },
  offtake: { en: 'offtake', zh: '包销' },
  investment: { en: 'investment', zh: '投资' },
  'peace-accord': { en: 'peace accord', zh: '和平协议' },
  'trade-agreement': { en: 'trade agreement', zh: '贸易协定' },
  'price-floor': { en: 'price floor', zh: '价格下限' },
  fund: { en: 'fund', zh: '基金' },
  stockpile: { en: 'stockpile', zh: '储备' },
};

export const CONTROL_STATE: Labels<ControlState> = {
  'in-force': { en: 'In force', zh: '有效' },
  suspended: { en: 'Suspended', zh: '暂停' },
  'partly-suspended': { en: 'Partly suspended', zh: '部分暂停' },
  superseded: { en: 'Superseded', zh: '已被取代' },
  lapsed: { en: 'Lapsed', zh: '已失效' },
  unclear: { en: 'Status unclear', zh: '状态不明' },
};

/** "at least US$1.6 billion": the headline with the qualifier its parts call for. */
export const VALUE_QUALIFIER: Record<'at-least' | 'up-to' | 'about', { en: string; zh: string }> = {
  'at-least': { en: 'at least', zh: '至少' },
  'up-to': { en: 'up to', zh: '最多' },
  about: { en: 'about', zh: '约' },
};

/**
 * Nouns that head a deal phrase. Each carries a class the deal rules use: how much context a
 * bare occurrence needs before it counts as a specific deal (an "agreement" with a determiner
 * is enough; an "investment" needs a value or a named party).
 */

export type DealWordClass =
  | 'agreement' // agreement, deal, accord, pact, MoU, truce: specific with a determiner
  | 'understanding' // an agreement only when reached, or with its parties named
  | 'framework' // specific only with a determiner and no generic modifier ("regulatory framework")
  | 'partnership' // partnership, arrangement
  | 'venture' // joint venture, JV
  | 'stake' // stake, equity stake
  | 'money' // loan, financing, funding, investment, merger, grant, credit line, equity injection, bailout, seed round (and programme, stream, package in one use each): needs a value, a named party or a transaction verb
  | 'contract' // contract, offtake, concession, letter of interest, takeover, acquisition (of a company, or for a price), transaction and purchase (of a company)
  | 'zh-strong' // 协议, 谅解备忘录, 合资企业...: a deal on its own
  | 'zh-weak' // 交易, 合同, 框架, 备忘录: needs a quantifier or a modifier (框架 and 备忘录 also a signing verb)
  | 'zh-money' // 贷款, 投资, 融资, 资金支持: needs a quantifier (一笔, 该), a value or a named lender
  | 'zh-stake' // 股权, 股份: needs a transaction (收购, 持有, 出售...) or a share (少数, 10%)
  | 'zh-acquisition' // 收购: a deal as a noun (这笔收购, 对X的收购, 收购案), not as a verb
  | 'zh-buy-in' // 入股: a company buying into another
  | 'zh-venture' // 合资 alone: parties founding something together (与X合资成立...)
  | 'zh-partnership' // 合作 only as reached between parties: 与X达成战略合作
  | 'zh-arrangement'; // 安排 only as signed: 签订了货币掉期安排 (not 工作安排, nor the verb)

/**
 * Agreements known by their initials in English and Chinese news alike: RCEP, USMCA, ECFA (the
 * cross-strait framework agreement), and so on. Only agreements that were signed: a treaty still
 * talked about (TTIP) is a prospect, and initiatives and alliances (IPEF, AUKUS) are not deals.
 */
export const AGREEMENT_INITIALS = ['RCEP', 'CPTPP', 'TPP', 'USMCA', 'NAFTA', 'ECFA', 'CETA', 'AfCFTA', 'JCPOA', 'KORUS', 'EVFTA'] as const;

export const DEAL_WORDS_EN: readonly [string, DealWordClass][] = [
  ['agreement', 'agreement'], ['agreements', 'agreement'], ['deal', 'agreement'], ['deals', 'agreement'],
  ['accord', 'agreement'], ['accords', 'agreement'], ['pact', 'agreement'], ['pacts', 'agreement'], ['truce', 'agreement'],
  ['truces', 'agreement'], ['understanding', 'understanding'],
  ['memorandum of understanding', 'agreement'], ['memoranda of understanding', 'agreement'],
  ['memorandums of understanding', 'agreement'], ['memorandum', 'agreement'], ['memoranda', 'agreement'], ['memorandums', 'agreement'], ['MoU', 'agreement'],
  ['MoUs', 'agreement'], ['MOU', 'agreement'], ['MOUs', 'agreement'],
  // A collective bargaining agreement by its initials ("the new CBA runs through 2030"), in capitals only;
  // the rules keep it only when its age or its bargaining is told (not a bank, a league or an analysis).
  ['CBA', 'agreement'], ['CBAs', 'agreement'], ['letter of intent', 'contract'],
  ['letters of intent', 'contract'], ['letter of interest', 'contract'], ['letters of interest', 'contract'],
  ['term sheet', 'contract'], ['terms sheet', 'contract'], ['heads of terms', 'contract'], ['heads of agreement', 'contract'],
  // Company releases shorten a letter of interest or intent to its initials ("a non-binding LOI from
  // EXIM"); matched in capitals only (not the French "loi"). (Not "HoA": "HOA" is a homeowners' association.)
  ['LOI', 'contract'], ['LOIs', 'contract'], ['LoI', 'contract'], ['LoIs', 'contract'], ['framework', 'framework'], ['frameworks', 'framework'],
  ['partnership', 'partnership'], ['partnerships', 'partnership'], ['arrangement', 'partnership'],
  ['arrangements', 'partnership'], ['joint venture', 'venture'], ['joint ventures', 'venture'], ['JV', 'venture'],
  ['JVs', 'venture'], ['venture', 'venture'], ['ventures', 'venture'], ['stake', 'stake'], ['stakes', 'stake'],
  ['shareholding', 'stake'],
  // A share of a company or a project as its percentage's "interest in" it ("a 55% interest in the project",
  // "a 19.11 per cent interest in the business"); the rules keep it only so (not "interest rates", "0% interest").
  ['interest', 'stake'], ['interests', 'stake'], ['loan', 'money'], ['loans', 'money'], ['credit line', 'money'],
  ['credit lines', 'money'], ['line of credit', 'money'], ['credit facility', 'money'], ['credit facilities', 'money'], ['financing', 'money'], ['funding', 'money'],
  ['equity injection', 'money'], ['bailout', 'money'], ['bailouts', 'money'], ['seed round', 'money'], ['seed rounds', 'money'], ['funding round', 'money'], ['funding rounds', 'money'],
  ['financing round', 'money'], ['financing rounds', 'money'],
  // A venture round by its letter: "a Series C round".
  ['Series A round', 'money'], ['Series B round', 'money'], ['Series C round', 'money'], ['Series D round', 'money'], ['Series E round', 'money'], ['investment', 'money'], ['investments', 'money'], ['merger', 'money'], ['mergers', 'money'], ['grant', 'money'], ['grants', 'money'], ['takeover', 'contract'],
  ['takeovers', 'contract'],
  // A takeover bid by the words market reports give it without "takeover" ("a £17.7bn cash bid from
  // Telefonica", "Melrose's 8 billion pound hostile bid for GKN"); kept only with its price or its bidder.
  ['cash bid', 'contract'], ['cash bids', 'contract'], ['hostile bid', 'contract'], ['hostile bids', 'contract'],
  // A takeover offer by the word alone, as the story goes on about it ("Perseus raised its cash offer to
  // A$0.575 a share", "The revised offer values SolGold at 28p per share"); kept only in a sentence of a
  // takeover (see english.ts), never a job's, a shop's or a share sale's offer.
  ['offer', 'contract'], ['offers', 'contract'],
  ['acquisition', 'contract'], ['acquisitions', 'contract'], ['contract', 'contract'], ['contracts', 'contract'], ['contract extension', 'contract'], ['contract extensions', 'contract'], ['offtake', 'contract'],
  ['offtakes', 'contract'], ['off-take', 'contract'], ['concession', 'contract'], ['concessions', 'contract'],
  ['scheme of arrangement', 'contract'], ['schemes of arrangement', 'contract'],
  // A company deal told of by its kind of dealing (see specific.ts): "the transaction is subject to
  // approval", "its $81 billion purchase of Mobil Oil"; a loan "facility" by a lender's word before it.
  ['transaction', 'contract'], ['transactions', 'contract'], ['purchase', 'contract'], ['purchases', 'contract'],
  ['buyout', 'contract'], ['buyouts', 'contract'], ['PPA', 'agreement'], ['PPAs', 'agreement'],
  ['facility', 'money'], ['facilities', 'money'],
  // Money words only in a narrow use each (see specific.ts): an IMF programme, a gold stream, a financing package.
  ['programme', 'money'], ['program', 'money'], ['stream', 'money'], ['package', 'money'],
  // Trade and economic agreements news calls by their initials; each is one agreement.
  ...AGREEMENT_INITIALS.map((name): [string, DealWordClass] => [name, 'agreement']),
];

export const DEAL_WORDS_ZH: readonly [string, DealWordClass][] = [
  ['协议', 'zh-strong'], ['协定', 'zh-strong'], ['谅解备忘录', 'zh-strong'], ['备忘录', 'zh-weak'],
  ['框架协议', 'zh-strong'], ['合作框架', 'zh-strong'], ['合资企业', 'zh-strong'], ['合资安排', 'zh-strong'],
  ['合资公司', 'zh-strong'], ['合资项目', 'zh-strong'], ['长期合同', 'zh-strong'], ['战略伙伴关系', 'zh-strong'], ['战略合作伙伴关系', 'zh-strong'],
  // A 协作 (coordination) partnership is the strategic partnership China names with Russia.
  ['战略协作伙伴关系', 'zh-strong'],
  ['包销协议', 'zh-strong'], ['承购协议', 'zh-strong'], ['意向书', 'zh-strong'],
  ['伙伴关系', 'zh-weak'], ['合同', 'zh-weak'], ['合约', 'zh-weak'], ['交易', 'zh-weak'], ['股权', 'zh-stake'], ['股份', 'zh-stake'], ['资金支持', 'zh-money'],
  ['贷款', 'zh-money'], ['框架', 'zh-weak'], ['投资', 'zh-money'], ['融资', 'zh-money'], ['合作备忘录', 'zh-strong'],
  ['注资', 'zh-money'], ['授信', 'zh-money'], ['收购', 'zh-acquisition'], ['收购案', 'zh-acquisition'], ['入股', 'zh-buy-in'], ['合资', 'zh-venture'],
  // 长协 and 长单 (a long-term supply contract or order, as industry news shortens it), 长约 and 新约
  // (a long or a new contract, as the sports pages shorten it: 一紙5年1.9億美元新約) and a
  // concession need a quantifier or modifier like 合同; 权益 is a stake only with its percentage.
  ['长协', 'zh-weak'], ['长单', 'zh-weak'], ['长约', 'zh-weak'], ['新约', 'zh-weak'], ['特许经营权', 'zh-weak'], ['权益', 'zh-stake'],
  // 并购 is an acquisition as 收购 is (对X的并购, 这笔并购); a protocol (议定书) amends or adds to
  // an agreement and needs a quantifier or modifier as 合同 does (升级议定书, but 《京都议定书》 alone).
  ['并购', 'zh-acquisition'], ['议定书', 'zh-weak'],
  // 契约 (契約 in Taiwan's procurement and court Chinese) is a contract, and needs a quantifier or a
  // modifier as 合同 does: 终止与宣泰食品有限公司的契约, 同铀壹集团签署契约 (not 一种法律契约, 租赁契约 in general).
  ['契约', 'zh-weak'],
  // 合作 is cooperation in general; only 达成合作 between named parties is a partnership made.
  ['合作', 'zh-partnership'],
  // An arrangement signed or reached between parties (签订了货币掉期安排, 达成了融资安排).
  ['安排', 'zh-arrangement'],
  // The same initials in Chinese text (两岸签署ECFA, 加入CPTPP): an agreement of its own.
  ...AGREEMENT_INITIALS.map((name): [string, DealWordClass] => [name, 'zh-strong']),
];

import type { DealCard as Card } from '../../lib/facts/cards.ts';
import type { DealValue } from '../../lib/dataset/schema.ts';
import type { DealParts } from '../../lib/model.ts';
import { DEAL_KIND, DEAL_STATE, VALUE_QUALIFIER } from '../../lib/facts/deal-labels.ts';
import { LANG_TAG, type Lang } from '../../lib/i18n/language.ts';
import { useT } from '../i18n/context.ts';
import type { PopoverKey } from '../../lib/i18n/popover.ts';
import { formatDate, formatMoney, safeHref, sourceLabel } from './format.ts';
import { SourceNote } from './SourceNote.tsx';

/** Deal values keep two decimals (a floor of US$1.55 billion must not read as 1.6), rounded ones one. */
const digitsFor = (qualifier: DealValue['qualifier']) => (qualifier === 'about' ? 1 : 2);

/** The card's half of an English field and its Chinese twin. */
const inLang = (lang: Lang, en: string, zh: string | undefined) => (lang === 'zh' && zh ? zh : en);
const listJoin = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

function ValueBlock({ card, value }: { card: Card; value: NonNullable<Card['value']> }) {
  const { lang, words } = card;
  const digits = digitsFor(value.qualifier);
  return (
    <section class="block">
      <h3>{words.value}</h3>
      {value.amount !== undefined ? (
        <p class="value-headline">
          {value.qualifier ? `${VALUE_QUALIFIER[value.qualifier][lang]}${lang === 'zh' ? '' : ' '}` : ''}
          <strong>{formatMoney(value.amount, value.currency, lang, digits)}</strong>
        </p>
      ) : null}
      {value.parts ? (
        <ul class="value-parts">
          {value.parts.map((p) => (
            <li key={p.label}>
              <span>{inLang(lang, p.label, p.labelZh)}</span>
              <span class={p.amount === undefined ? 'part-amount muted' : 'part-amount'}>{p.amount === undefined ? words.noFigure : formatMoney(p.amount, p.currency, lang, digits)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p class={value.amount === undefined ? undefined : 'small muted'}>{inLang(lang, value.wording, value.wordingZh)}</p>
      {words.valueSource ? <SourceNote {...words.valueSource} /> : null}
    </section>
  );
}

/** A dataset deal, worded in the card's language; sources and organisations as published. */
export function DealCard({ card }: { card: Card }) {
  const { lang, words } = card;
  const role = (p: Card['parties'][number]) => inLang(lang, p.role ?? '', p.roleZh);
  return (
    <div class="card" lang={LANG_TAG[lang]}>
      <p class="facts-line">
        <span class="muted">{formatDate(card.date, lang)}</span>
        <span>{card.kinds.map((k) => DEAL_KIND[k][lang]).join(listJoin(lang))}</span>
      </p>
      {card.dateNote ? <p class="small muted">{inLang(lang, card.dateNote, card.dateNoteZh)}</p> : null}
      <section class="block deal-status">
        <p>
          <span class={`state deal-state-${card.status.state}`}>{DEAL_STATE[card.status.state][lang]}</span>
          {card.status.note ? <span class="small"> {inLang(lang, card.status.note, card.status.noteZh)}</span> : null}
        </p>
        <SourceNote {...words.status} />
      </section>
      {card.value ? <ValueBlock card={card} value={card.value} /> : null}
      <p>{inLang(lang, card.summary, card.summaryZh)}</p>
      <section class="block">
        <h3>{words.parties}</h3>
        <ul class="parties">
          {card.parties.map((p) => (
            <li key={p.label}>
              {/* An organisation is named as it names itself, in English, and marked so on a Chinese card. */}
              {p.country && p.label === p.country.label ? inLang(lang, p.label, p.country.labelZh) : <span lang="en">{p.label}</span>}
              {p.role ? <span class="muted small">{lang === 'zh' ? `（${role(p)}）` : ` (${role(p)})`}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {card.minerals.length ? (
        <section class="block">
          <h3>{words.minerals}</h3>
          <p>{card.minerals.map((m) => inLang(lang, m.label, m.labelZh)).join(listJoin(lang))}</p>
        </section>
      ) : null}
      <section class="block">
        <h3>{words.sources}</h3>
        <ul class="sources">
          {card.sources.map((s) => {
            const href = safeHref(s);
            return <li key={s}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{sourceLabel(s)}</a> : s}</li>;
          })}
        </ul>
        <p class="source">{words.cardAsOf}</p>
      </section>
    </div>
  );
}

/** A deal the text mentions that the dataset does not know: what the sentence said about it, in the reader's language. */
export function DetectedDealCard({ surface, parts, label }: { surface: string; parts?: DealParts; label: (id: string) => string }) {
  const t = useT<PopoverKey>();
  const join = listJoin(t.lang);
  return (
    <div class="card">
      <p class="muted">{t('popover_detected_intro')}</p>
      <blockquote class="quote">{surface}</blockquote>
      <dl class="parts">
        {parts?.value ? (
          <>
            <dt>{t('popover_detected_value')}</dt>
            <dd>{parts.value.amount !== undefined ? formatMoney(parts.value.amount, parts.value.currency, t.lang) : parts.value.text}</dd>
          </>
        ) : null}
        {parts?.parties.length ? (
          <>
            <dt>{t('popover_detected_countries')}</dt>
            <dd>{parts.parties.map(label).join(join)}</dd>
          </>
        ) : null}
        {parts?.organisations?.length ? (
          <>
            <dt>{t('popover_detected_organisations')}</dt>
            <dd>{parts.organisations.join(join)}</dd>
          </>
        ) : null}
        {parts?.minerals.length ? (
          <>
            <dt>{t('popover_detected_minerals')}</dt>
            <dd>{parts.minerals.map(label).join(join)}</dd>
          </>
        ) : null}
      </dl>
      {!parts?.value && !parts?.parties.length && !parts?.minerals.length ? <p class="small muted">{t('popover_detected_nothing')}</p> : null}
    </div>
  );
}

/**
 * What the page mentions, grouped by type with counts: each entity scrolls the page to its first
 * mention and marks it current (its popover opens there, as from the popup), and has a button
 * that shows its dossier in the panel.
 */
import type { EntityFacet } from '../../lib/records/types.ts';
import { EntityChip } from '../popup/EntityChip.tsx';
import { groupEntities } from '../popup/entity-groups.ts';
import { useT } from '../i18n/context.ts';

interface Props {
  entities: EntityFacet[];
  total: number;
  onReveal(entity: EntityFacet): void;
  onDossier(entity: EntityFacet): void;
}

export function MentionList({ entities, total, onReveal, onDossier }: Props) {
  const groups = groupEntities(entities);
  const t = useT();
  if (!total) return <p class="muted panel-note">{t('panel_no_mentions')}</p>;
  return (
    <div class="panel-mentions">
      <p class="panel-total">{t.plural('panel_total', total)}</p>
      {groups.map((group) => (
        <section key={group.type} class="panel-group" aria-labelledby={`panel-${group.type}`}>
          <h3 id={`panel-${group.type}`} class="panel-group-title">
            {t(group.title)} <span class="muted">{group.mentions}</span>
          </h3>
          <ul class="panel-rows">
            {group.entities.map((entity) => (
              <li key={entity.id} class="panel-row">
                <EntityChip type={entity.type} title={entity.label} count={entity.count} onClick={() => onReveal(entity)} label={t('common_chip_reveal', { name: entity.label, mentions: t.plural('common_mentions', entity.count) })}>
                  {entity.label}
                </EntityChip>
                {entity.id !== 'deal' ? (
                  <button type="button" class="link-button small" onClick={() => onDossier(entity)} aria-label={t('panel_dossier_of', { name: entity.label })}>
                    {t('common_dossier')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

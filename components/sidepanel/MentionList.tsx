/**
 * What the page mentions, grouped by type with counts: each entity scrolls the page to its first
 * mention and marks it current (its popover opens there, as from the popup), and has a button
 * that shows its dossier in the panel.
 */
import type { EntityFacet } from '../../lib/records/types.ts';
import { EntityChip } from '../popup/EntityChip.tsx';
import { groupEntities } from '../popup/entity-groups.ts';
import { useT } from '../i18n/context.ts';
import { entityName } from '../popup/entity-name.ts';

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
          <h2 id={`panel-${group.type}`} class="panel-group-title">
            {t(group.title)} <span class="muted">{group.mentions}</span>
          </h2>
          <ul class="panel-rows">
            {group.entities.map((entity) => {
              const name = entityName(t, entity);
              return (
                <li key={entity.id} class="panel-row">
                  <EntityChip entity={entity} count={entity.count} onClick={() => onReveal(entity)} label={(shown) => t('common_chip_reveal', { name: shown, mentions: t.plural('common_mentions', entity.count) })} />
                  {entity.id !== 'deal' ? (
                    <button type="button" class="link-button small" onClick={() => onDossier(entity)} aria-label={t('panel_dossier_of', { name: name.text })}>
                      {t('common_dossier')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

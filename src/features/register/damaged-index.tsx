/**
 * Entries of the stored register index that fail their schema: said, with repair and delete
 * for each (issue 14). Shown only when there are any.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { I18n } from '../../i18n/i18n';
import { queryKeys } from '../../queries/keys';
import { registersHealthQueryOptions, removeRegister } from '../../queries/registers';

export function DamagedIndex({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  const client = useQueryClient();
  const health = useQuery(registersHealthQueryOptions());
  const damaged = health.data?.damaged ?? [];
  if (damaged.length === 0) return null;
  const after = () => client.invalidateQueries({ queryKey: queryKeys.registers() });
  const repair = async () => {
    await (await import('../../storage/registers')).repairIndex();
    await after();
  };
  const remove = async (id: string) => {
    await removeRegister(client, id);
    await after();
  };
  return (
    <div className="notice" role="alert" data-damaged-index={health.data?.unreadable ? 'unreadable' : damaged.length}>
      <p>{health.data?.unreadable ? t.safety.indexUnreadable : t.safety.indexDamaged(damaged.length)}</p>
      <ul>
        {damaged.slice(0, 10).map((d, i) => (
          <li key={`${d.id ?? 'x'}-${i}`}>
            <code>
              {d.id ?? '?'}
              {d.name ? ` (${d.name.slice(0, 60)})` : ''}: {d.problems.slice(0, 3).join('; ')}
            </code>{' '}
            {d.id ? (
              <button type="button" onClick={() => void remove(d.id ?? '')}>
                {t.safety.deleteEntry(d.id)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="notice-actions">
        <button type="button" data-repair-index="" onClick={() => void repair()}>
          {t.safety.repairIndex}
        </button>
      </div>
    </div>
  );
}


/**
 * Entries of the stored register index that fail their schema: said, with repair and delete
 * for each (issue 14). Shown only when there are any.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { I18n } from '../../i18n/i18n';
import { loadChunk } from '../../components/load-chunk';
import { queryKeys } from '../../queries/keys';
import { registersHealthQueryOptions, removeRegister } from '../../queries/registers';
import { importMessages } from '../../i18n/import-messages';
import { safetyMessages } from '../../i18n/safety-messages';

export function DamagedIndex({ i18n }: { i18n: I18n }) {
  const st = importMessages(i18n.lang).storage;
  const client = useQueryClient();
  const health = useQuery(registersHealthQueryOptions());
  const [repairStatus, setRepairStatus] = useState<string | null>(null);
  const damaged = health.data?.damaged ?? [];
  const recovered = health.data?.recovered.length ?? 0;
  const after = () => client.invalidateQueries({ queryKey: queryKeys.registers() });
  const repair = async () => {
    // repairIndex never throws: it says what it listed and dropped, or why it could not.
    const r = await (await loadChunk(() => import('../../storage/registers'))).repairIndex();
    setRepairStatus('failed' in r ? st.repairFailed(r.failed) : st.repaired(r.listed, r.dropped));
    await after();
  };
  if (health.data?.unavailable) return <p className="notice" role="status" data-storage-unavailable="">{st.unavailable}</p>;
  if (damaged.length === 0 && recovered === 0 && !health.data?.unreadable) return repairStatus ? <p role="status" data-index-repaired="">{repairStatus}</p> : null;
  const remove = async (id: string) => {
    await removeRegister(client, id);
    await after();
  };
  return (
    <div className="notice" role="alert" data-damaged-index={health.data?.unreadable ? 'unreadable' : damaged.length > 0 ? damaged.length : 'recovered'}>
      {health.data?.unreadable ? <p>{safetyMessages(i18n.lang).indexUnreadable}</p> : damaged.length > 0 ? <p>{safetyMessages(i18n.lang).indexDamaged(damaged.length)}</p> : null}
      {recovered > 0 ? <p data-index-recovered={recovered}>{st.recovered(recovered)}</p> : null}
      {repairStatus ? <p role="status">{repairStatus}</p> : null}
      <ul>
        {damaged.slice(0, 10).map((d, i) => (
          <li key={`${d.id ?? 'x'}-${i}`}>
            <code>
              {d.id ?? '?'}
              {d.name ? ` (${d.name.slice(0, 60)})` : ''}: {d.problems.slice(0, 3).join('; ')}
            </code>{' '}
            {d.id ? (
              <button type="button" onClick={() => void remove(d.id ?? '')}>
                {safetyMessages(i18n.lang).deleteEntry(d.id)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="notice-actions">
        <button type="button" data-repair-index="" onClick={() => void repair()}>
          {safetyMessages(i18n.lang).repairIndex}
        </button>
      </div>
    </div>
  );
}


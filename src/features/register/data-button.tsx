/** The header's "Data: …" button, naming the dataset on screen (published figures or a register). */
import { registerOf } from '../../domain/basis-policy';
import { useI18n } from '../../i18n/i18n';
import { useDataset } from '../../queries/dataset';

/** The dataset on screen by name: the published figures, or the register's title. */
export function useDatasetName(): string {
  const i18n = useI18n();
  const { data, isPending } = useDataset();
  return isPending ? i18n.t.loading : ((data ? registerOf(data)?.name : undefined) ?? i18n.t.data.published);
}

export function DataButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  const name = useDatasetName();
  return (
    <button type="button" className="data-button" data-data-button="" onClick={onOpen}>
      {t.data.button(name)}
    </button>
  );
}

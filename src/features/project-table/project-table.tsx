/** The named projects matching every filter: the only project-level rows the sources give. */
import { SourceRefs, coverageText } from '../../components/source-note';
import type { District, ItemizedProject } from '../../data/types';
import type { View } from '../../domain/engine';
import { useI18n } from '../../i18n/i18n';

export function ProjectTable({ view, districts }: { view: View; districts: readonly District[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const districtName = (row: ItemizedProject): string => {
    if (row.area === 'liangjiang') return t.liangjiang;
    const d = row.district === null ? undefined : byCode.get(row.district);
    return d ? i18n.pick(d) : t.unclassified;
  };
  const coverage = coverageText({ value: 0, basis: 'itemized', sources: [], fullPublished: false, coverage: view.coverage }, i18n);
  return (
    <div className="project-table">
      <p className="source-note">
        <span className="basis basis-itemized">{t.basis.itemized}</span> {coverage}
      </p>
      {view.rows.length === 0 ? (
        <p className="empty-state" role="status">
          {t.noProjects}
        </p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t.regions.projects}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.colDistrict}</th>
                <th scope="col">{t.colPartner}</th>
                <th scope="col">{t.colProject}</th>
                <th scope="col">{t.colAmount}</th>
                <th scope="col">{t.dimension.sectors}</th>
                <th scope="col">{t.dimension.investors}</th>
                <th scope="col">{t.source}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={row.id} data-project={row.id}>
                  <td>
                    {districtName(row)}
                    {row.inside92 === 'not-stated' ? <span className="flag"> ({t.insideNotStated})</span> : null}
                  </td>
                  <td>{i18n.pick(row.partner)}</td>
                  <td>
                    {i18n.pick(row.name)}
                    {row.note ? <span className="row-note"> — {i18n.pick(row.note)}</span> : null}
                  </td>
                  <td className="num">
                    {row.amount === null ? t.amountNotStated : `${row.amountApprox ? `${t.approx} ` : ''}${i18n.amount(row.amount)}`}
                  </td>
                  <td>{row.sector ? t.sector[row.sector] : t.unclassified}</td>
                  <td>{row.investor ? t.investor[row.investor] : t.unclassified}</td>
                  <td>
                    <SourceRefs refs={[row.source]} i18n={i18n} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

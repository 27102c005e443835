/**
 * The register's totals next to the published ones (92 projects / 2524亿元 and every published
 * breakdown), with the differences. Shown after an import and, while a register is on
 * screen, as its own section of the dashboard.
 */
import type { ReconciliationLine } from '../../domain/register/reconcile';
import type { I18n } from '../../i18n/i18n';
import { valueLabel } from '../../i18n/labels';

function keyLabel(line: ReconciliationLine, i18n: I18n): string {
  const { t } = i18n;
  switch (line.dimension) {
    case 'total':
      return t.data.reconTotal;
    default:
      return valueLabel(line.dimension, line.key, i18n);
  }
}

function dimensionLabel(line: ReconciliationLine, i18n: I18n): string {
  return line.dimension === 'total' ? i18n.t.data.reconTotal : i18n.t.dimension[line.dimension];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function signed(n: number, lang: I18n['lang']): string {
  const text = Math.abs(n).toLocaleString(lang, { maximumFractionDigits: 1 });
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : '0';
}

export function ReconciliationTable({ lines, i18n }: { lines: readonly ReconciliationLine[]; i18n: I18n }) {
  const { t, lang } = i18n;
  const c = t.data.reconColumns;
  const num = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 1 });
  return (
    <div className="table-scroll">
      <table className="recon-table" data-recon="">
        <caption className="visually-hidden">{t.data.reconTitle}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {c.dimension}
            </th>
            <th scope="col" rowSpan={2}>
              {c.key}
            </th>
            <th scope="colgroup" colSpan={3}>
              {c.projects}
            </th>
            <th scope="colgroup" colSpan={3}>
              {c.amount}
            </th>
          </tr>
          <tr>
            <th scope="col">{c.published}</th>
            <th scope="col">{c.register}</th>
            <th scope="col">{c.difference}</th>
            <th scope="col">{c.published}</th>
            <th scope="col">{c.register}</th>
            <th scope="col">{c.difference}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const dp = line.register.projects - line.published.projects;
            const da = line.published.amount === null ? null : round1(line.register.amount - line.published.amount);
            return (
              <tr key={`${line.dimension}-${line.key}`} data-recon-row={`${line.dimension}:${line.key}`}>
                <td>{dimensionLabel(line, i18n)}</td>
                <th scope="row">{keyLabel(line, i18n)}</th>
                <td className="num">{num(line.published.projects)}</td>
                <td className="num">{num(line.register.projects)}</td>
                <td className={`num diff${dp === 0 ? ' diff-zero' : ''}`}>{signed(dp, lang)}</td>
                <td className="num">{line.published.amount === null ? t.data.notPublished : num(line.published.amount)}</td>
                <td className="num">{num(line.register.amount)}</td>
                <td className={`num diff${da === 0 ? ' diff-zero' : ''}`}>{da === null ? '—' : signed(da, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Retention heatmap (an HTML table with cell colours: crisp, selectable text) and retention curves. */
import { retentionCurvesSvg } from '../charts';
import { html, type SafeHtml } from '../html';
import { figure, intro, section, type SectionContext } from './context';

/** White to deep blue; the scale tops out at the best retention after the first period so later cells still differ. */
function cellStyle(rate: number, top: number): string {
  const strength = Math.max(0, Math.min(1, top > 0 ? rate / top : 0));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * strength);
  const background = `rgb(${mix(255, 31)},${mix(255, 95)},${mix(255, 139)})`;
  return `background-color:${background};color:${strength > 0.55 ? '#fff' : '#1d1f24'}`;
}

export function retentionSection(context: SectionContext, notes: string): SafeHtml {
  const { data, t, f } = context;
  const { rows, offsets, cohortsLeftOut } = data.heatmap;
  let top = 0;
  for (const row of rows) row.retention.forEach((rate, k) => (k > 0 && rate !== null && rate > top ? (top = rate) : undefined));
  const header = html`<tr><th class="cohort">${t.retention.cohort}</th><th class="num size">${t.retention.customers}</th>${Array.from(
    { length: offsets },
    (_, k) => html`<th class="num">${k}</th>`,
  )}</tr>`;
  const body = rows.map(
    (row) =>
      html`<tr><th class="cohort">${f.period(row.index, data.period)}</th><td class="num">${f.integer(row.customers)}</td>${row.retention.map((rate, k) =>
        rate === null
          ? html`<td class="empty"></td>`
          : html`<td class="${row.partial[k] ? 'partial' : ''}" style="${cellStyle(rate, top)}">${f.percent(rate, 0)}</td>`,
      )}</tr>`,
  );
  const heatmap = html`<h3>${t.retention.heatmapTitle}</h3>${intro(t.retention.heatmapIntro)}<table class="data heatmap"><thead><tr><th colspan="2"></th><th colspan="${offsets}" class="offsets">${t.retention.offsets}</th></tr>${header}</thead><tbody>${body}</tbody></table><p class="caption">${t.retention.partial}${cohortsLeftOut > 0 ? ` ${t.retention.cohortsLeftOut(f.integer(cohortsLeftOut))}` : ''}</p>`;

  const curves = retentionCurvesSvg(
    [
      // From offset 1: offset 0 is 100% by definition and would flatten everything after it.
      ...data.curves.cohorts.map((cohort) => ({ name: f.period(cohort.index, data.period), values: cohort.retention.slice(1, 25) })),
      { name: t.retention.average, values: data.curves.average.slice(1, 25), emphasis: true },
    ],
    { offset: t.retention.offsetAxis, retention: t.retention.retentionAxis },
    (ratio) => f.percent(ratio, 0),
  );
  return section('retention', context, notes, html`${heatmap}${figure(t.retention.curvesTitle, curves, t.retention.curvesIntro)}`);
}

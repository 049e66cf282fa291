/**
 * Only the ECharts parts the app uses are registered (keeps the bundle small).
 * Not ECharts' aria component: its generated description is English only; each
 * chart carries a translated label instead (EChart's `label`).
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

registerChartParts([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export { format, init, type ECharts, type EChartsCoreOption } from 'echarts/core';

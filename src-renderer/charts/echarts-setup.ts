/**
 * Only the ECharts parts the app uses are registered (keeps the bundle small).
 * Not ECharts' aria component: its generated description is English only; each
 * chart carries a translated label instead (EChart's `label`).
 */
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  BrushComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

registerChartParts([
  BarChart,
  HeatmapChart,
  LineChart,
  // The fit matrix: points, shaded quadrants, threshold lines, brushing customers.
  ScatterChart,
  MarkAreaComponent,
  MarkLineComponent,
  BrushComponent,
  ToolboxComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { format, init, type ECharts, type EChartsCoreOption } from 'echarts/core';

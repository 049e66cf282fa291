/** Only the ECharts parts the app uses are registered (keeps the bundle small). */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

registerChartParts([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer, SVGRenderer]);

export { format, init, type ECharts, type EChartsCoreOption } from 'echarts/core';

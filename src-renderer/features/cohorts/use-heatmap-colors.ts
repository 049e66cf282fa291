/** Heatmap colours from the theme: the scale runs from the page surface to the chart accent. */
import { useMemo } from 'react';
import { useChartColors } from '../../charts/use-chart-colors';
import type { CurveColors } from './curve-option';
import type { HeatmapColors } from './heatmap-option';

export function useCohortChartColors(): { heatmap: HeatmapColors; curves: CurveColors } {
  const theme = useChartColors();
  return useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    const surface = style.getPropertyValue('--surface-raised').trim() || '#ffffff';
    const text = style.getPropertyValue('--text').trim() || theme.text;
    return {
      heatmap: { text, grid: theme.grid, low: surface, high: theme.accent, outline: theme.text },
      curves: { text: theme.text, grid: theme.grid, average: theme.accentSecondary },
    };
  }, [theme]);
}

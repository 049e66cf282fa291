/** Chart colours from the theme's CSS variables, re-read when the theme or the system scheme changes. */
import { useEffect, useState } from 'react';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';

export interface ThemeChartColors {
  text: string;
  grid: string;
  accent: string;
  accentSecondary: string;
  /** The page's font stack: ECharts measures labels with it (a wrong font clips axis labels). */
  fontFamily: string;
}

function readColors(): ThemeChartColors {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text-muted', '#5b6472'),
    grid: read('--border', '#e3e6eb'),
    accent: read('--chart-1', '#2f6fed'),
    accentSecondary: read('--chart-2', '#e07b39'),
    fontFamily: style.fontFamily || 'sans-serif',
  };
}

export function useChartColors(): ThemeChartColors {
  const theme = useAppStore(selectors.theme);
  const [colors, setColors] = useState(readColors);

  useEffect(() => {
    setColors(readColors());
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const update = () => setColors(readColors());
    query?.addEventListener('change', update);
    return () => query?.removeEventListener('change', update);
  }, [theme]);

  return colors;
}

/** Paper widths in CSS pixels (96 per inch), so the preview lays the report out at the width it prints at. */
import type { ReportPageSize } from '../../../src-core/report';

const MM_PER_INCH = 25.4;

export function paperWidthPx(pageSize: ReportPageSize): number {
  const inches = pageSize === 'A4' ? 210 / MM_PER_INCH : 8.5;
  return Math.round(inches * 96);
}

/** Since schema v7: report definitions the user saved in a workspace (issue 8). */
import type { ReportDefinition } from '../../src-core/report';

export interface SavedReportRecord {
  /** A random id; the user's name for it is `definition.name` (names may repeat). */
  id: string;
  /** ms since epoch */
  createdAt: number;
  updatedAt: number;
  /** Stored as plain JSON and read back through parseReportDefinition: never trusted as is. */
  definition: ReportDefinition;
}

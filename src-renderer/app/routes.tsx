/**
 * The route table: every page, its navigation label and its component.
 * Adding a page: add its id to ROUTE_IDS (route-ids.ts), write
 * features/<id>/<Name>Page.tsx, add it here, and add `nav.<id>` to the locales.
 */
import type { ComponentType } from 'react';
import { CampaignsPage } from '../features/campaigns/CampaignsPage';
import { CohortsPage } from '../features/cohorts/CohortsPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { FitPage } from '../features/fit/FitPage';
import { ImportPage } from '../features/import/ImportPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { RouteId } from './route-ids';

export interface Route {
  /** i18n key of the navigation label. */
  labelKey: `nav.${RouteId}`;
  /** A single glyph beside the label (decorative). */
  icon: string;
  Page: ComponentType;
}

export const ROUTES = {
  overview: { labelKey: 'nav.overview', icon: '◧', Page: OverviewPage },
  import: { labelKey: 'nav.import', icon: '⇪', Page: ImportPage },
  cohorts: { labelKey: 'nav.cohorts', icon: '▦', Page: CohortsPage },
  customers: { labelKey: 'nav.customers', icon: '☰', Page: CustomersPage },
  fit: { labelKey: 'nav.fit', icon: '◩', Page: FitPage },
  campaigns: { labelKey: 'nav.campaigns', icon: '✉', Page: CampaignsPage },
  reports: { labelKey: 'nav.reports', icon: '▤', Page: ReportsPage },
  settings: { labelKey: 'nav.settings', icon: '⚙', Page: SettingsPage },
} as const satisfies Record<RouteId, Route>;

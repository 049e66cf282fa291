/**
 * The route table: every page, its navigation label and its component.
 * Adding a page: add its id to ROUTE_IDS (route-ids.ts), write
 * features/<id>/<Name>Page.tsx exporting `<Name>Page`, add it here with
 * lazyPage, and add `nav.<id>` to the locales.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { OverviewPage } from '../features/overview/OverviewPage';
import type { RouteId } from './route-ids';

/**
 * Pages other than the first one load on first visit, so the app's first paint
 * does not wait for every page's code (and charts) to be parsed.
 */
function lazyPage<Name extends string>(
  load: () => Promise<{ [K in Name]: ComponentType }>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module): { default: ComponentType } => ({ default: module[name] })));
}

export interface Route {
  /** i18n key of the navigation label. */
  labelKey: `nav.${RouteId}`;
  /** A single glyph beside the label (decorative). */
  icon: string;
  Page: ComponentType | LazyExoticComponent<ComponentType>;
}

export const ROUTES = {
  overview: { labelKey: 'nav.overview', icon: '◧', Page: OverviewPage },
  import: { labelKey: 'nav.import', icon: '⇪', Page: lazyPage(() => import('../features/import/ImportPage'), 'ImportPage') },
  cohorts: { labelKey: 'nav.cohorts', icon: '▦', Page: lazyPage(() => import('../features/cohorts/CohortsPage'), 'CohortsPage') },
  customers: {
    labelKey: 'nav.customers',
    icon: '☰',
    Page: lazyPage(() => import('../features/customers/CustomersPage'), 'CustomersPage'),
  },
  fit: { labelKey: 'nav.fit', icon: '◩', Page: lazyPage(() => import('../features/fit/FitPage'), 'FitPage') },
  campaigns: {
    labelKey: 'nav.campaigns',
    icon: '✉',
    Page: lazyPage(() => import('../features/campaigns/CampaignsPage'), 'CampaignsPage'),
  },
  reports: { labelKey: 'nav.reports', icon: '▤', Page: lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage') },
  settings: { labelKey: 'nav.settings', icon: '⚙', Page: lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage') },
} as const satisfies Record<RouteId, Route>;

/** Every page of the app, in navigation order. The components for each are in routes.tsx. */
export const ROUTE_IDS = ['overview', 'import', 'cohorts', 'customers', 'fit', 'campaigns', 'reports', 'settings'] as const;

export type RouteId = (typeof ROUTE_IDS)[number];

export function isRouteId(value: unknown): value is RouteId {
  return ROUTE_IDS.some((id) => id === value);
}

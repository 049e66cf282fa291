/**
 * Where inside the Customers page the user is, kept in the URL hash after the page id so that
 * reload, back and forward work: #/customers (the table), #/customers/segments,
 * #/customers/model, #/customers/customer/<store index>.
 */
import { useEffect, useState } from 'react';

export type CustomerRoute =
  | { view: 'table' }
  | { view: 'segments' }
  | { view: 'model' }
  | { view: 'customer'; customer: number };

export function customerRouteFromHash(hash: string): CustomerRoute {
  const [page, view, id] = hash.replace(/^#\/?/, '').split('/');
  if (page !== 'customers') return { view: 'table' };
  if (view === 'segments' || view === 'model') return { view };
  if (view === 'customer' && id !== undefined && /^\d{1,9}$/.test(id)) return { view: 'customer', customer: Number(id) };
  return { view: 'table' };
}

export function customerRouteHash(route: CustomerRoute): string {
  switch (route.view) {
    case 'table':
      return '#/customers';
    case 'customer':
      return `#/customers/customer/${route.customer}`;
    default:
      return `#/customers/${route.view}`;
  }
}

/** The route in the hash, followed as it changes. */
export function useCustomerRoute(): CustomerRoute {
  const [route, setRoute] = useState(() => customerRouteFromHash(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(customerRouteFromHash(window.location.hash));
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

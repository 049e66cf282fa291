/**
 * Manual overrides of a customer's status, kept as an append-only log so the
 * history of who was moved, when and why is never lost. The current override
 * of a customer is their latest event; an event with status null hands the
 * customer back to the rules. The log is what the database stores.
 */
import { isFitStatus, type FitStatus } from './rules';

export interface FitOverrideEvent {
  customerKey: string;
  /** The status imposed, or null when the override is lifted. */
  status: FitStatus | null;
  /** Why: required when imposing a status. */
  reason: string;
  /** ISO timestamp, given by the caller (the core has no clock). */
  at: string;
}

export type FitOverrideLog = readonly FitOverrideEvent[];

export interface OverrideProblem {
  field: 'customerKey' | 'status' | 'reason' | 'at';
  message: string;
}

export type OverrideOutcome = { ok: true; log: FitOverrideEvent[] } | { ok: false; problem: OverrideProblem };

/** Imposes a status on a customer. The reason must say something: an override nobody can explain is a guess. */
export function overrideStatus(log: FitOverrideLog, customerKey: string, status: FitStatus, reason: string, at: string): OverrideOutcome {
  if (customerKey.trim() === '') return { ok: false, problem: { field: 'customerKey', message: 'Choose a customer to override.' } };
  if (!isFitStatus(status)) return { ok: false, problem: { field: 'status', message: 'The status must be Keep, Grow or Depart.' } };
  if (reason.trim() === '') return { ok: false, problem: { field: 'reason', message: 'Give a reason for overriding the rules.' } };
  if (Number.isNaN(Date.parse(at))) return { ok: false, problem: { field: 'at', message: 'The time of the override is not a valid date.' } };
  return { ok: true, log: [...log, { customerKey, status, reason: reason.trim(), at }] };
}

/** Hands a customer back to the rules; the earlier overrides stay in the history. */
export function liftOverride(log: FitOverrideLog, customerKey: string, reason: string, at: string): OverrideOutcome {
  if (currentOverrides(log).get(customerKey) === undefined) {
    return { ok: false, problem: { field: 'customerKey', message: 'This customer has no override to lift.' } };
  }
  if (Number.isNaN(Date.parse(at))) return { ok: false, problem: { field: 'at', message: 'The time is not a valid date.' } };
  return { ok: true, log: [...log, { customerKey, status: null, reason: reason.trim(), at }] };
}

/** Customer key → the override in force (customers handed back to the rules are absent). */
export function currentOverrides(log: FitOverrideLog): Map<string, FitOverrideEvent & { status: FitStatus }> {
  const current = new Map<string, FitOverrideEvent & { status: FitStatus }>();
  for (const event of log) {
    const { status } = event;
    if (status === null) current.delete(event.customerKey);
    else current.set(event.customerKey, { ...event, status });
  }
  return current;
}

/** Every event of one customer, oldest first. */
export function overrideHistory(log: FitOverrideLog, customerKey: string): FitOverrideEvent[] {
  return log.filter((event) => event.customerKey === customerKey);
}

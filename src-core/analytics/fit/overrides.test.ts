import { describe, expect, it } from 'vitest';
import { currentOverrides, liftOverride, overrideHistory, overrideStatus, type FitOverrideEvent } from './overrides';

function ok(outcome: ReturnType<typeof overrideStatus>): FitOverrideEvent[] {
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.log;
}

describe('override log', () => {
  it('requires a reason that says something', () => {
    expect(overrideStatus([], 'c1', 'keep', '   ', '2024-05-01T10:00:00Z')).toEqual({
      ok: false,
      problem: { field: 'reason', message: 'Give a reason for overriding the rules.' },
    });
    expect(overrideStatus([], '', 'keep', 'x', '2024-05-01T10:00:00Z')).toMatchObject({ ok: false, problem: { field: 'customerKey' } });
    expect(overrideStatus([], 'c1', 'keep', 'x', 'yesterday-ish')).toMatchObject({ ok: false, problem: { field: 'at' } });
  });

  it('keeps the whole history while the latest event decides', () => {
    let log = ok(overrideStatus([], 'c1', 'keep', ' Strategic partner ', '2024-05-01T10:00:00Z'));
    log = ok(overrideStatus(log, 'c2', 'depart', 'Abusive to staff', '2024-05-02T10:00:00Z'));
    log = ok(overrideStatus(log, 'c1', 'grow', 'Signed a framework deal', '2024-06-01T10:00:00Z'));
    expect(currentOverrides(log).get('c1')).toMatchObject({ status: 'grow', reason: 'Signed a framework deal' });
    expect(currentOverrides(log).get('c2')).toMatchObject({ status: 'depart' });

    log = ok(liftOverride(log, 'c1', '', '2024-07-01T10:00:00Z'));
    expect(currentOverrides(log).has('c1')).toBe(false);
    expect(overrideHistory(log, 'c1')).toEqual([
      { customerKey: 'c1', status: 'keep', reason: 'Strategic partner', at: '2024-05-01T10:00:00Z' },
      { customerKey: 'c1', status: 'grow', reason: 'Signed a framework deal', at: '2024-06-01T10:00:00Z' },
      { customerKey: 'c1', status: null, reason: '', at: '2024-07-01T10:00:00Z' },
    ]);
    expect(log).toHaveLength(4);
  });

  it('does not lift what is not there, and never mutates the log it is given', () => {
    const log = ok(overrideStatus([], 'c1', 'keep', 'Reason', '2024-05-01T10:00:00Z'));
    const frozen = Object.freeze(log.slice());
    expect(liftOverride(frozen, 'c9', 'x', '2024-05-01T10:00:00Z')).toMatchObject({ ok: false, problem: { field: 'customerKey' } });
    expect(ok(overrideStatus(frozen, 'c1', 'depart', 'Changed my mind', '2024-05-02T10:00:00Z'))).toHaveLength(2);
    expect(frozen).toHaveLength(1);
  });
});

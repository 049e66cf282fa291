/**
 * The cost form's fields as text, to and from a CostEntry: an empty field is
 * "not given" (so a segment default still applies), a bad number is refused
 * with the field named.
 */
import type { CostEntry } from '../../../src-core/analytics/fit';

export interface CostDraft {
  labourHours: string;
  hourlyRate: string;
  communication: string;
  hard: string;
  other: { name: string; amount: string }[];
}

export type CostDraftOutcome = { ok: true; entry: CostEntry } | { ok: false; field: keyof CostDraft | `other.${number}` };

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function costDraftOf(entry: CostEntry | undefined): CostDraft {
  return {
    labourHours: text(entry?.labourHours),
    hourlyRate: text(entry?.hourlyRate),
    communication: text(entry?.communication),
    hard: text(entry?.hard),
    other: Object.entries(entry?.other ?? {}).map(([name, amount]) => ({ name, amount: String(amount) })),
  };
}

/** An amount the user typed: blank → undefined, a non-negative number → it, anything else → NaN. */
function amount(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : Number.NaN;
}

export function costEntryOf(draft: CostDraft): CostDraftOutcome {
  const entry: CostEntry = {};
  for (const field of ['labourHours', 'hourlyRate', 'communication', 'hard'] as const) {
    const value = amount(draft[field]);
    if (Number.isNaN(value)) return { ok: false, field };
    if (value !== undefined) entry[field] = value;
  }
  const other: Record<string, number> = {};
  for (const [index, line] of draft.other.entries()) {
    const name = line.name.trim();
    const value = amount(line.amount);
    if (name === '' && value === undefined) continue;
    if (name === '' || value === undefined || Number.isNaN(value)) return { ok: false, field: `other.${index}` };
    other[name] = (other[name] ?? 0) + value;
  }
  if (Object.keys(other).length > 0) entry.other = other;
  return { ok: true, entry };
}

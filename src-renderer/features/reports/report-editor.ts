/**
 * The report builder's editing state and the one reducer that changes it.
 * Every section is listed, chosen or not, so a section switched off keeps its
 * place and its notes until it is switched back on; `definitionOf` turns the
 * draft into the ReportDefinition that is previewed, printed and saved
 * (chosen sections only, in the order shown).
 */
import type { PeriodKind } from '../../../src-core/analytics/periods';
import {
  REPORT_SECTION_IDS,
  type ReportCover,
  type ReportDefinition,
  type ReportLanguage,
  type ReportPageSize,
  type ReportSectionId,
} from '../../../src-core/report';

export interface DraftSection {
  id: ReportSectionId;
  included: boolean;
  notes: string;
}

export interface ReportDraft {
  /** Everything but the sections, as the definition has it. */
  settings: Omit<ReportDefinition, 'sections'>;
  /** Every section once, in print order. */
  sections: DraftSection[];
  /** The saved report this draft was opened from (null: not saved yet). */
  savedId: string | null;
  /** Changed since it was opened or saved. */
  dirty: boolean;
}

export type CoverField = Exclude<keyof ReportCover, 'logoDataUrl'>;

export type ReportEditAction =
  | { type: 'toggleSection'; id: ReportSectionId }
  /** -1 moves the section one place earlier, +1 one place later. */
  | { type: 'moveSection'; id: ReportSectionId; by: -1 | 1 }
  | { type: 'notes'; id: ReportSectionId; notes: string }
  | { type: 'cover'; field: CoverField; value: string }
  | { type: 'logo'; dataUrl: string | null }
  | { type: 'pageSize'; pageSize: ReportPageSize }
  | { type: 'summaryDays'; days: number }
  | { type: 'period'; period: PeriodKind }
  | { type: 'language'; language: ReportLanguage }
  | { type: 'name'; name: string }
  /** Opens a definition (a saved one with its id, or a fresh standard one with null). */
  | { type: 'open'; definition: ReportDefinition; savedId: string | null }
  /** The draft was stored under this id. */
  | { type: 'saved'; savedId: string };

export function draftOf(definition: ReportDefinition, savedId: string | null = null): ReportDraft {
  const { sections, ...settings } = definition;
  const chosen: DraftSection[] = sections.map((section) => ({ id: section.id, notes: section.notes, included: true }));
  const rest: DraftSection[] = REPORT_SECTION_IDS.filter((id) => !sections.some((section) => section.id === id)).map((id) => ({ id, notes: '', included: false }));
  return { settings, sections: [...chosen, ...rest], savedId, dirty: false };
}

export function definitionOf(draft: ReportDraft): ReportDefinition {
  return { ...draft.settings, sections: draft.sections.filter((section) => section.included).map(({ id, notes }) => ({ id, notes })) };
}

function moved(sections: DraftSection[], id: ReportSectionId, by: -1 | 1): DraftSection[] {
  const from = sections.findIndex((section) => section.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= sections.length) return sections;
  const next = [...sections];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

function edited(draft: ReportDraft, change: Partial<Pick<ReportDraft, 'settings' | 'sections'>>): ReportDraft {
  return { ...draft, ...change, dirty: true };
}

export function reportEditReducer(draft: ReportDraft, action: ReportEditAction): ReportDraft {
  const { settings, sections } = draft;
  switch (action.type) {
    case 'toggleSection':
      return edited(draft, { sections: sections.map((section) => (section.id === action.id ? { ...section, included: !section.included } : section)) });
    case 'moveSection': {
      const next = moved(sections, action.id, action.by);
      return next === sections ? draft : edited(draft, { sections: next });
    }
    case 'notes':
      return edited(draft, { sections: sections.map((section) => (section.id === action.id ? { ...section, notes: action.notes } : section)) });
    case 'cover':
      return edited(draft, { settings: { ...settings, cover: { ...settings.cover, [action.field]: action.value } } });
    case 'logo':
      return edited(draft, { settings: { ...settings, cover: { ...settings.cover, logoDataUrl: action.dataUrl } } });
    case 'pageSize':
      return edited(draft, { settings: { ...settings, pageSize: action.pageSize } });
    case 'summaryDays':
      return edited(draft, { settings: { ...settings, summaryDays: action.days } });
    case 'period':
      return edited(draft, { settings: { ...settings, period: action.period } });
    case 'language':
      return edited(draft, { settings: { ...settings, language: action.language } });
    case 'name':
      return edited(draft, { settings: { ...settings, name: action.name } });
    case 'open':
      return draftOf(action.definition, action.savedId);
    case 'saved':
      return { ...draft, savedId: action.savedId, dirty: false };
  }
}

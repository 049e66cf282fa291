/** The report builder's pure parts: the definition editor reducer, the logo check, the PDF's file name. */
import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS, parseReportDefinition, standardReport, type ReportDefinition } from '../../src-core/report';
import { definitionOf, draftOf, reportEditReducer, type ReportDraft, type ReportEditAction } from '../../src-renderer/features/reports/report-editor';
import { MAX_LOGO_BYTES, imageTypeOf, logoDataUrl } from '../../src-renderer/features/reports/report-logo';
import { reportFileName } from '../../src-renderer/features/reports/report-file-name';
import { paperWidthPx } from '../../src-renderer/features/reports/report-paper';

const apply = (draft: ReportDraft, ...actions: ReportEditAction[]) => actions.reduce(reportEditReducer, draft);
const chosen = (draft: ReportDraft) => definitionOf(draft).sections.map((section) => section.id);

describe('report definition editor', () => {
  it('opens the standard report with every section chosen, in the standard order, unchanged', () => {
    const draft = draftOf(standardReport({ language: 'ja', businessName: 'Sakura' }));
    expect(chosen(draft)).toEqual([...REPORT_SECTION_IDS]);
    expect(draft.dirty).toBe(false);
    expect(definitionOf(draft)).toEqual(standardReport({ language: 'ja', businessName: 'Sakura' }));
  });

  it('lists sections a definition leaves out after the chosen ones, unticked, and keeps the chosen order', () => {
    const definition: ReportDefinition = { ...standardReport(), sections: [{ id: 'atRisk', notes: 'Call them' }, { id: 'cover', notes: '' }] };
    const draft = draftOf(definition, 'saved-1');
    expect(draft.sections.slice(0, 2)).toEqual([
      { id: 'atRisk', notes: 'Call them', included: true },
      { id: 'cover', notes: '', included: true },
    ]);
    expect(draft.sections.slice(2).every((section) => !section.included)).toBe(true);
    expect(draft.sections).toHaveLength(REPORT_SECTION_IDS.length);
    expect(draft.savedId).toBe('saved-1');
    expect(definitionOf(draft)).toEqual(definition);
  });

  it('toggling leaves a section out and back in at the same place, with its notes kept', () => {
    const start = draftOf(standardReport());
    const off = apply(start, { type: 'notes', id: 'funnel', notes: 'Second orders are the problem.' }, { type: 'toggleSection', id: 'funnel' });
    expect(chosen(off)).not.toContain('funnel');
    expect(off.dirty).toBe(true);
    const on = apply(off, { type: 'toggleSection', id: 'funnel' });
    expect(chosen(on)).toEqual([...REPORT_SECTION_IDS]);
    expect(definitionOf(on).sections.find((section) => section.id === 'funnel')?.notes).toBe('Second orders are the problem.');
  });

  it('moves a section one place up or down, and not past either end', () => {
    const start = draftOf(standardReport());
    expect(chosen(apply(start, { type: 'moveSection', id: 'summary', by: -1 })).slice(0, 3)).toEqual(['summary', 'cover', 'retention']);
    expect(chosen(apply(start, { type: 'moveSection', id: 'summary', by: 1 })).slice(0, 3)).toEqual(['cover', 'retention', 'summary']);
    expect(apply(start, { type: 'moveSection', id: 'cover', by: -1 })).toBe(start);
    expect(apply(start, { type: 'moveSection', id: 'methodology', by: 1 })).toBe(start);
    // Moving past a left-out section changes the printed order only relative to the chosen ones.
    const withGap = apply(start, { type: 'toggleSection', id: 'retention' }, { type: 'moveSection', id: 'funnel', by: -1 }, { type: 'moveSection', id: 'funnel', by: -1 });
    expect(chosen(withGap).slice(0, 3)).toEqual(['cover', 'funnel', 'summary']);
  });

  it('notes, cover, logo, page size, language, period and name end up in the definition, which stays valid', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const draft = apply(
      draftOf(standardReport()),
      { type: 'notes', id: 'summary', notes: 'A strong quarter.\n\nOne worry.' },
      { type: 'cover', field: 'businessName', value: '<img src=x onerror=alert(1)>' },
      { type: 'cover', field: 'author', value: 'Ivan Petrov' },
      { type: 'logo', dataUrl: logo },
      { type: 'pageSize', pageSize: 'Letter' },
      { type: 'language', language: 'ru' },
      { type: 'summaryDays', days: 30 },
      { type: 'period', period: 'quarter' },
      { type: 'name', name: 'Quarterly review' },
    );
    const definition = definitionOf(draft);
    expect(definition).toMatchObject({
      name: 'Quarterly review',
      pageSize: 'Letter',
      language: 'ru',
      summaryDays: 30,
      period: 'quarter',
      cover: { businessName: '<img src=x onerror=alert(1)>', author: 'Ivan Petrov', logoDataUrl: logo },
    });
    expect(definition.sections.find((section) => section.id === 'summary')?.notes).toBe('A strong quarter.\n\nOne worry.');
    expect(parseReportDefinition(JSON.parse(JSON.stringify(definition)))).toEqual({ ok: true, definition });
  });

  it('opening replaces the draft; saving records the id and clears "unsaved"', () => {
    const edited = apply(draftOf(standardReport()), { type: 'name', name: 'Q1' });
    const saved = reportEditReducer(edited, { type: 'saved', savedId: 'abc' });
    expect(saved).toMatchObject({ savedId: 'abc', dirty: false });
    expect(saved.settings.name).toBe('Q1');
    const other: ReportDefinition = { ...standardReport(), name: 'Other', sections: [{ id: 'methodology', notes: '' }] };
    const opened = reportEditReducer(saved, { type: 'open', definition: other, savedId: 'xyz' });
    expect(opened.savedId).toBe('xyz');
    expect(definitionOf(opened)).toEqual(other);
  });
});

describe('cover logo', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

  it('knows PNG and JPEG by their first bytes, not by a name', () => {
    expect(imageTypeOf(png)).toBe('image/png');
    expect(imageTypeOf(jpeg)).toBe('image/jpeg');
    expect(imageTypeOf(new TextEncoder().encode('<svg onload="alert(1)">'))).toBeNull();
    expect(imageTypeOf(new TextEncoder().encode('GIF89a'))).toBeNull();
  });

  it('keeps a small image as a base64 data: URL the report engine accepts', () => {
    expect(logoDataUrl(png)).toEqual({ ok: true, dataUrl: 'data:image/png;base64,iVBORw0KGgoAAAAN' });
    const outcome = logoDataUrl(jpeg);
    expect(outcome.ok && outcome.dataUrl.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
  });

  it('refuses other files, empty files and large images', () => {
    expect(logoDataUrl(new TextEncoder().encode('<html>'))).toEqual({ ok: false, problem: 'notAnImage' });
    expect(logoDataUrl(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png);
    expect(logoDataUrl(big)).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('PDF file name and paper', () => {
  const date = new Date(2025, 11, 31, 15, 0);

  it.each([
    ['Sakura Coffee', 'Customer retention report', 'Sakura Coffee — Customer retention report — 2025-12-31.pdf'],
    ['', '顧客リテンションレポート', '顧客リテンションレポート — 2025-12-31.pdf'],
    ['<img src=x onerror=alert(1)>', 'Report', 'img src=x onerror=alert(1) — Report — 2025-12-31.pdf'],
    ['a/b\\c:d*e?f"g|h\u0007', 'R', 'a b c d e f g h — R — 2025-12-31.pdf'],
    // Leading dots would hide the file on macOS and Linux.
    ['..', '', '2025-12-31.pdf'],
  ])('%j + %j → %j', (businessName, title, expected) => {
    expect(reportFileName({ businessName, title, date })).toBe(expected);
  });

  it('stays within file-name limits for very long names', () => {
    const name = reportFileName({ businessName: 'x'.repeat(400), title: 'Report', date });
    expect(name.length).toBeLessThanOrEqual(255);
    expect(name.endsWith('Report — 2025-12-31.pdf')).toBe(true);
  });

  it('lays the preview out at paper width (96 px per inch)', () => {
    expect(paperWidthPx('A4')).toBe(794);
    expect(paperWidthPx('Letter')).toBe(816);
  });
});

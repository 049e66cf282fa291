/** Which page is shown, and the messages the app owes the user. */
import type { RouteId } from '../app/route-ids';
import type { SliceCreator } from './app-state';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  /** i18n key of the sentence, e.g. 'errors.openWorkspace'. */
  messageKey: string;
  /** The technical reason, shown after the sentence (already readable, not translated). */
  detail?: string;
}

export interface UiSlice {
  page: RouteId;
  notices: Notice[];
  showPage(page: RouteId): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
}

let nextNoticeId = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  page: 'overview',
  notices: [],
  showPage: (page) => set({ page }),
  notify: (notice) => set((state) => ({ notices: [...state.notices, { ...notice, id: nextNoticeId++ }] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});

/** The name a saved PDF is offered under: who it is for, what it is, and the day it was made. */
import { isSafeFileName } from '../../../src-core/bridge/contract';

const withoutControls = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join('');

/** "Sakura Coffee — Customer retention report — 2025-12-31.pdf", with characters file systems refuse replaced. */
export function reportFileName(parts: { businessName: string; title: string; date: Date }): string {
  const day = `${parts.date.getFullYear()}-${String(parts.date.getMonth() + 1).padStart(2, '0')}-${String(parts.date.getDate()).padStart(2, '0')}`;
  const words = [parts.businessName, parts.title]
    .map((part) => withoutControls(part).replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  // Leave room for the date and extension within the 255-character limit.
  const stem = [...words, day].join(' — ').slice(-200).replace(/^[\s.—-]+/, '');
  const name = `${stem}.pdf`;
  return isSafeFileName(name) ? name : `report-${day}.pdf`;
}

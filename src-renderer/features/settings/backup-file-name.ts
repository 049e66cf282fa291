/** `<workspace>-<date>.rwbackup`, safe as a file name on every system the app runs on. */

export const BACKUP_EXTENSION = 'rwbackup';

/** Characters Windows, macOS or the bridge's file-name check refuse (control characters too). */
function isUnsafe(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f || '\\/:*?"<>|'.includes(character);
}

export function backupFileName(workspaceName: string, at: Date): string {
  const safe = Array.from(workspaceName, (character) => (isUnsafe(character) ? '-' : character)).join('');
  const base = safe.replace(/^[\s.-]+|[\s.-]+$/g, '').slice(0, 80) || 'workspace';
  // The local calendar day the person made it on, as they would look for it.
  const day = [at.getFullYear(), String(at.getMonth() + 1).padStart(2, '0'), String(at.getDate()).padStart(2, '0')].join('-');
  return `${base}-${day}.${BACKUP_EXTENSION}`;
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../src-main/main/menu';
import { asElectron } from './fake-electron';

function menu(label: string, template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const found = template.find((item) => item.label === label || (label === 'Help' && item.role === 'help'));
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
  return found.submenu;
}
const roles = (items: MenuItemConstructorOptions[]): string[] => items.flatMap((item) => (item.role ? [item.role] : []));
const everyRole = (template: MenuItemConstructorOptions[]): string[] =>
  template.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? everyRole(item.submenu) : [])]);

const build = (isMac: boolean, isDev: boolean, onImport = vi.fn()) => buildMenuTemplate({ appName: 'Retention Workbench', isMac, isDev, onImport });

describe('native menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux, with Quit under File and About under Help', () => {
    const template = build(false, false);
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'Window', 'help']);
    expect(roles(menu('File', template))).toEqual(['quit']);
    expect(roles(menu('Help', template))).toEqual(['about']);
    expect(roles(menu('Window', template))).toEqual(['minimize', 'close']);
  });

  it('follows macOS conventions: an app menu with About and Quit first, Close under File', () => {
    const template = build(true, false);
    expect(template[0]?.label).toBe('Retention Workbench');
    expect(roles(menu('Retention Workbench', template))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(menu('File', template))).toEqual(['close']);
    expect(roles(menu('Edit', template))).toContain('pasteAndMatchStyle');
    expect(roles(menu('Window', template))).toEqual(['minimize', 'zoom', 'front']);
  });

  it('has the usual edit commands', () => {
    expect(roles(menu('Edit', build(false, false)))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('has zoom and full screen, and reload and DevTools only in development', () => {
    const production = everyRole(build(false, false));
    expect(roles(menu('View', build(false, false)))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(production).not.toContain(role);
      expect(everyRole(build(true, false))).not.toContain(role);
    }
    expect(roles(menu('View', build(false, true)))).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('File → Import… calls back into the app', () => {
    const onImport = vi.fn();
    const item = menu('File', build(false, false, onImport)).find((entry) => entry.id === 'import');
    expect(item?.label).toBe('Import…');
    expect(item?.accelerator).toBe('CmdOrCtrl+O');
    const click = item?.click;
    if (typeof click !== 'function') throw new Error('Import… has no click handler');
    click.call(item, asElectron({}), undefined, asElectron({}));
    expect(onImport).toHaveBeenCalledTimes(1);
  });
});

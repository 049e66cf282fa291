/**
 * Commands the native menu sends to the page. The main process sends a command name
 * on MENU_COMMAND_CHANNEL; the preload checks it against this list and turns it into
 * a plain DOM event on window (no data attached), which the renderer may listen for.
 * Shared by main and preload, so it imports nothing.
 */
export const MENU_COMMAND_CHANNEL = 'rw:menuCommand';

export const MENU_COMMANDS = ['import'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && MENU_COMMANDS.some((command) => command === value);
}

/** e.g. window.addEventListener('retention-workbench:import', …) in the renderer. */
export function menuEventName(command: MenuCommand): string {
  return `retention-workbench:${command}`;
}

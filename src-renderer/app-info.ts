/** Shown in Settings and reported by the browser bridge. Kept equal to package.json by a test. */
export const APP_NAME = 'Retention Workbench';
export const APP_VERSION = '0.1.0';

/** The import case with the file read range by range (as the CLI reads it): see import.ts. */
process.env['BENCH_IMPORT_SOURCE'] = 'file';
await import('./import');
export {};

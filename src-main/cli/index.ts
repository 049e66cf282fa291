/**
 * The headless entry: `npm run -s cli -- <command> …`.
 * stdout carries only the result (one JSON document with --json); problems go
 * to stderr as one line naming the file and the reason, with exit code 2.
 */
import { pathToFileURL } from 'node:url';
import { analyze, InputError } from './analyze';
import { parseAnalyzeArgs, USAGE, UsageError } from './args';
import { summaryText } from './summary-text';
import { runMeasure } from './measure';
import { runReport } from './report';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE + '\n');
    return command ? 0 : 2;
  }
  try {
    if (command === 'analyze') {
      const args = parseAnalyzeArgs(rest);
      try {
        const doc = await analyze(args);
        io.out(args.json ? JSON.stringify(doc, null, 2) + '\n' : summaryText(doc));
        return 0;
      } catch (error) {
        if (error instanceof InputError) {
          io.err(`${args.file}: ${error.message}\n`);
          return 2;
        }
        throw error;
      }
    }
    if (command === 'measure') return await runMeasure(rest, io);
    if (command === 'report') return await runReport(rest, io);
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}

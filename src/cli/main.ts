import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '../engine/types';
import { runCheck } from './check';
import { runDirectory } from './directory';
import type { CliIo } from './io';
import { runRecommend } from './recommend';

export type { CliIo } from './io';

export const USAGE = `Usage: treatment-quiz <command> [options]

Commands:
  recommend [--locale en|es]   read answers as JSON Lines on stdin, write one
                               recommendation JSON per line on stdout
  check [config.json]          validate a config (or the defaults) and verify its rules
  directory …                  build the practice directory (see "treatment-quiz directory --help")

Exit codes: 0 ok, 1 problems found by check, 2 bad usage or bad input.
`;

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

function usageError(message: string, io: CliIo): 2 {
  io.stderr.write(`treatment-quiz: ${message}\n\n${USAGE}`);
  return 2;
}

function parseLocale(args: readonly string[], io: CliIo): Locale | 2 {
  let locale: string = 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--locale') {
      const next = args[++i];
      if (next === undefined) return usageError('--locale needs a value (en or es)', io);
      locale = next;
    } else if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
    else return usageError(`recommend: unknown option "${arg}"`, io);
  }
  if (!(LOCALES as readonly string[]).includes(locale)) {
    return usageError(`recommend: unknown locale "${locale}" (expected one of ${LOCALES.join(', ')})`, io);
  }
  return locale as Locale;
}

/** The whole command line, testable in-process: argv without node and the script. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (isHelp(command) || (command !== 'directory' && isHelp(args[0]))) {
    io.stdout.write(USAGE);
    return 0;
  }
  switch (command) {
    case 'recommend': {
      const locale = parseLocale(args, io);
      return locale === 2 ? 2 : runRecommend(locale, io);
    }
    case 'check': {
      if (args.length > 1 || args[0]?.startsWith('-')) return usageError(`check: expected at most one config file (got ${args.join(' ')})`, io);
      return runCheck(args[0], io);
    }
    case 'directory':
      return runDirectory([...args], io);
    case undefined:
      return usageError('missing command', io);
    default:
      return usageError(`unknown command "${command}"`, io);
  }
}

/** True when this file is the program node started (also through an npm bin symlink). */
function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  // A reader that leaves early (`| head`) fails our next write with EPIPE. Without a listener
  // that is a crash with a stack trace; with one, the command finds stdout closed and stops.
  process.stdout.on('error', () => {});
  run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`treatment-quiz: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

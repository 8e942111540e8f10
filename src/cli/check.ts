import { readFile } from 'node:fs/promises';
import { formatError, validateConfig } from '../config/validate';
import { describeProblem, verify } from '../engine/verify';
import type { CliIo, ExitCode } from './io';

async function readConfig(file: string, io: CliIo): Promise<{ value: unknown } | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(e);
    io.stderr.write(`${file}: cannot read the config: ${why}\n`);
    return undefined;
  }
  try {
    // A leading byte-order mark is common from Windows editors and is not a JSON error.
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    io.stderr.write(`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}\n`);
    return undefined;
  }
}

/**
 * `treatment-quiz check [config.json]`: every config problem as `path: message`, one per line,
 * then the rules in force are verified (gaps, conflicts, dead rules). Without a file it checks
 * the product's defaults, which must always be clean.
 */
export async function runCheck(file: string | undefined, io: CliIo): Promise<ExitCode> {
  const read = file === undefined ? { value: undefined } : await readConfig(file, io);
  if (!read) return 1;
  const { config, errors } = validateConfig(read.value);
  const problems = [...errors.map(formatError), ...verify(config.rules).map(describeProblem)];
  const name = file ?? 'the default config';
  if (problems.length) {
    for (const p of problems) io.stdout.write(`${p}\n`);
    io.stderr.write(`${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    return 1;
  }
  const count = config.rules.areas.rules.length + config.rules.safety.rules.length;
  io.stdout.write(`OK: ${name} is valid; ${count} rules verified with no gaps, conflicts or dead rules\n`);
  return 0;
}

import { checkAnswers } from '../config/answers';
import { describeValue } from '../config/validate';
import { recommend } from '../recommend';
import type { Locale } from '../engine/types';
import { drained, lines, type CliIo, type ExitCode } from './io';

/**
 * `treatment-quiz recommend`: one answers object per stdin line (JSON Lines) -> one
 * recommendation per stdout line. Stops at the first bad line so a pipeline never goes on
 * with output that no longer lines up with its input.
 */
export async function runRecommend(locale: Locale, io: CliIo): Promise<ExitCode> {
  let n = 0;
  for await (const line of lines(io.stdin)) {
    const code = answerLine(line, ++n, locale, io);
    if (code) return code;
    // Read the next line only once stdout can take it, so a slow reader keeps memory flat.
    await drained(io.stdout);
  }
  return 0;
}

/** Line `n` of answers -> its recommendation on stdout, or 2 with what is wrong on stderr. */
function answerLine(line: string, n: number, locale: Locale, io: CliIo): ExitCode {
  if (!line.trim()) return 0;
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    const why = e instanceof Error ? e.message : 'parse error';
    io.stderr.write(`line ${n}: not valid JSON: ${why} (got ${describeValue(line)})\n`);
    return 2;
  }
  const checked = checkAnswers(input);
  if (!checked.ok) {
    for (const err of checked.errors) io.stderr.write(`line ${n}: ${err.path ? `${err.path}: ` : ''}${err.message}\n`);
    return 2;
  }
  io.stdout.write(`${JSON.stringify(recommend(checked.answers, { locale }))}\n`);
  return 0;
}

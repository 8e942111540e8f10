import { Readable } from 'node:stream';
import { run } from '../../src/cli/main';

/** Runs the CLI in-process with `input` on stdin; returns the exit code and both outputs. */
export async function cli(argv: readonly string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdin: Readable.from([Buffer.from(input)]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export const jsonLines = (...values: unknown[]) => values.map((v) => JSON.stringify(v)).join('\n') + '\n';

/**
 * What a command may touch: its input and two output streams. Commands take this instead of
 * `process` so tests can run them in-process with strings.
 */
export interface CliIo {
  readonly stdin: AsyncIterable<string | Uint8Array>;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** A command's exit code: 0 clean, 1 problems found, 2 bad usage or bad input. */
export type ExitCode = 0 | 1 | 2;

/** Splits a byte or text stream into lines (without the line break, `\r\n` too). */
export async function* lines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let at: number;
    while ((at = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, at).replace(/\r$/, '');
      rest = rest.slice(at + 1);
    }
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
}

import { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * What a command may touch: its input and two output streams. Commands take this instead of
 * `process` so tests can run them in-process with strings.
 */
export interface CliIo {
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** A node Writable (process.stdout) or anything with `write`; see `drained` for the difference. */
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** A command's exit code: 0 clean, 1 problems found, 2 bad usage or bad input. */
export type ExitCode = 0 | 1 | 2;

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/** Splits a byte or text stream into lines (without the line break, `\r\n` too). */
export async function* lines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  // A line that spans chunks is kept as a list of pieces and joined once it ends, and each
  // chunk is searched once: appending to one string and searching it all again per chunk made
  // a long line quadratic (64 MB took 49 s).
  let pieces: string[] = [];
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      pieces.push(text.slice(from, at));
      yield withoutCr(pieces.join(''));
      pieces = [];
      from = at + 1;
    }
    if (from < text.length) pieces.push(text.slice(from));
  }
  pieces.push(decoder.decode());
  const last = pieces.join('');
  if (last) yield withoutCr(last);
}

const closed = (cause?: unknown) => new Error('output closed before all was written', { cause });

/**
 * Resolves once `out` can take more: at once for a plain writer, after 'drain' for a node stream
 * whose buffer is full (its last `write` returned false). Awaiting this between writes keeps
 * memory flat when the reader downstream is slower than we are (1M lines into a slow pipe
 * once buffered 2.8 GB). Rejects once the stream has failed or closed (the reader went away).
 */
export function drained(out: CliIo['stdout']): Promise<void> | undefined {
  if (!(out instanceof EventEmitter)) return undefined;
  const stream = out as Partial<Writable>;
  if (stream.destroyed) return Promise.reject(closed());
  if (!stream.writableNeedDrain) return undefined;
  return new Promise((resolve, reject) => {
    const stop = () => out.off('drain', onDrain).off('error', onError).off('close', onClose);
    const onDrain = () => (stop(), resolve());
    const onError = (e: unknown) => (stop(), reject(closed(e)));
    const onClose = () => (stop(), reject(closed()));
    out.on('drain', onDrain).on('error', onError).on('close', onClose);
  });
}

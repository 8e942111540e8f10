import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { recommend } from '../../src/recommend';

// How `treatment-quiz recommend` streams, whatever it prints per line: input read in the
// chunks a pipe delivers, output paced by the reader downstream.

const lips = { areas: ['lips', 'temples'], safety: ['blood-thinners'] } as const;

/** `text` as stdin delivers it from a pipe: 64 KB chunks of bytes. */
async function* pipe(text: string, size = 65_536): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function recommendFrom(stdin: AsyncIterable<Uint8Array>, stdout: { write(text: string): unknown }) {
  let stderr = '';
  const code = await run(['recommend'], { stdin, stdout, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stderr };
}

/** The fastest of three runs: the least disturbed by whatever else the machine is doing. */
async function fastest(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

describe('treatment-quiz recommend streaming', () => {
  it('reads lines split anywhere by the pipe, inside a character or between \\r and \\n', async () => {
    const spanish = { areas: ['forehead'], appearance: { forehead: 'at-rest' }, note: 'año' };
    // An unknown key makes the line fail, and the error quotes it: proof the "ñ" survived.
    const input = `${JSON.stringify(lips)}\r\n\r\n${JSON.stringify(lips)}\n${JSON.stringify(spanish)}`;
    let whole = '';
    let byByte = '';
    const a = await recommendFrom(pipe(input), { write: (s: string) => (whole += s) });
    const b = await recommendFrom(pipe(input, 1), { write: (s: string) => (byByte += s) });
    expect(b).toEqual(a);
    expect(byByte).toBe(whole);
    expect(whole.split('\n')).toEqual([JSON.stringify(recommend(lips)), JSON.stringify(recommend(lips)), '']);
    expect(a.stderr).toMatch(/^line 4: note: unknown key "note"/);
  });

  it('takes time in proportion to the length of one long line, not its square', async () => {
    // Valid answers padded with spaces to `bytes`: one line, one recommendation.
    const json = JSON.stringify(lips);
    const padded = (bytes: number) => `${json.slice(0, -1)}${' '.repeat(bytes - json.length)}}\n`;
    const time = (bytes: number) => {
      const input = padded(bytes);
      return fastest(async () => {
        let out = '';
        const { code } = await recommendFrom(pipe(input), { write: (s: string) => (out += s) });
        expect(code).toBe(0);
        expect(JSON.parse(out)).toEqual(recommend(lips));
      });
    };
    const small = await time(1 << 20);
    const large = await time(16 << 20);
    // 16 times the input: linear takes ~16 times as long, quadratic ~256 times (it took 49 s
    // for 64 MB). A factor of 4 either way leaves room for a busy machine.
    expect(large / small).toBeLessThan(16 * 4);
  }, 120_000);

  it('waits for a slow reader instead of piling output up in memory', async () => {
    const count = 300;
    const line = `${JSON.stringify(lips)}\n`;
    let read = 0;
    async function* stdin() {
      for (let i = 0; i < count; i++) {
        read++;
        yield Buffer.from(line);
      }
    }
    const highWaterMark = 4096;
    const outLength = JSON.stringify(recommend(lips)).length + 1;
    let written = 0;
    let mostBuffered = 0;
    let mostAhead = 0;
    // A reader that takes one line per turn of the event loop, slower than any producer that
    // does not wait: without backpressure every line is buffered before the first is taken.
    const slow = new Writable({
      highWaterMark,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        mostBuffered = Math.max(mostBuffered, this.writableLength);
        mostAhead = Math.max(mostAhead, read - written);
        written++;
        setImmediate(done);
      },
    });
    const { code, stderr } = await recommendFrom(stdin(), slow);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await new Promise((finished) => slow.end(finished));
    expect(written).toBe(count);
    // The stream's buffer stays within its high-water mark (plus the line that crossed it),
    // and input is read only a few lines ahead of what the reader has taken.
    expect(mostBuffered).toBeLessThanOrEqual(highWaterMark + outLength);
    expect(mostAhead).toBeLessThanOrEqual(Math.ceil(highWaterMark / outLength) + 2);
  });

  it('stops with an error instead of waiting forever when the reader goes away', async () => {
    const stdin = pipe(`${JSON.stringify(lips)}\n`.repeat(100));
    const gone = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, done) {
        setImmediate(() => gone.destroy());
        setImmediate(done);
      },
    });
    await expect(recommendFrom(stdin, gone)).rejects.toThrow(/closed/);
  });
});

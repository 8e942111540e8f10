import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend';
import { cli, jsonLines } from '../helpers/run-cli';

describe('treatment-quiz', () => {
  it.each([['--help'], ['-h'], ['help'], ['recommend', '--help'], ['check', '--help']])('prints usage for %j and exits 0', async (...argv) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: treatment-quiz <command>/);
    for (const command of ['recommend', 'check', 'directory']) expect(stdout).toContain(`  ${command}`);
  });

  it('prints usage to stderr and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^treatment-quiz: missing command\n\nUsage:/);
  });

  it('prints usage to stderr and exits 2 for an unknown command', async () => {
    const { code, stderr } = await cli(['recomend']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^treatment-quiz: unknown command "recomend"\n\nUsage:/);
  });

  it('hands "directory" to the directory command', async () => {
    const { code, stderr } = await cli(['directory']);
    expect(code).toBe(2);
    expect(stderr).not.toContain('unknown command');
  });

  it('runs as a real program, reading stdin and setting the exit code', () => {
    // The source through tsx: unit tests do not depend on a build (tests/package runs the built one).
    const [command, args] = [process.execPath, ['--import', 'tsx', 'src/cli/main.ts']];
    const answers = { areas: ['crows-feet'], appearance: { 'crows-feet': 'at-rest' } } as const;
    const ok = spawnSync(command, [...args, 'recommend', '--locale', 'es'], { input: jsonLines(answers), encoding: 'utf8', timeout: 60_000 });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(recommend(answers, { locale: 'es' }));
    const bad = spawnSync(command, [...args, 'recommend'], { input: '{"areas":["nose"]}\n', encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^line 1: areas\[0\]: unknown area "nose"/);
    const check = spawnSync(command, [...args, 'check'], { encoding: 'utf8', timeout: 60_000 });
    expect(check.status).toBe(0);
  }, 90_000);

  it('stops with one line on stderr, not a crash, when its reader leaves early (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'recommend'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    // Far more output than a pipe holds, so the program is still writing when the reader goes.
    child.stdin.on('error', () => {}).end(jsonLines({ areas: ['lips'] }).repeat(20_000));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((exited) => child.on('close', exited));
    expect(stderr).toBe('treatment-quiz: output closed before all was written\n');
    expect(code).toBe(2);
  }, 90_000);
});

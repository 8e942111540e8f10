import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend';
import { cli, jsonLines } from './run';

const forehead = { areas: ['forehead'], appearance: { forehead: 'with-expression' } } as const;
const lips = { areas: ['lips', 'temples'], safety: ['blood-thinners'] } as const;

describe('treatment-quiz recommend', () => {
  it('writes one recommendation per line of answers, in English by default', async () => {
    const { code, stdout, stderr } = await cli(['recommend'], jsonLines(forehead, lips));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([JSON.stringify(recommend(forehead)), JSON.stringify(recommend(lips)), '']);
  });

  it.each([['--locale', 'es'], ['--locale=es']])('writes Spanish with %s', async (...flag) => {
    const { code, stdout } = await cli(['recommend', ...flag], jsonLines(lips));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(recommend(lips, { locale: 'es' }));
    expect(stdout).toContain('anticoagulantes');
  });

  it('skips blank lines, reads Windows line ends and a last line without a line end', async () => {
    const { code, stdout } = await cli(['recommend'], `\n${JSON.stringify(forehead)}\r\n\r\n${JSON.stringify(lips)}`);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });

  it('writes nothing for empty input', async () => {
    expect(await cli(['recommend'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['malformed JSON', '{"areas": ["lips"]', /^line 3: not valid JSON: .+ \(got "\{\\"areas\\": \[\\"lips\\"\]"\)$/],
    ['an unknown area', '{"areas": ["lips", "nose"]}', /^line 3: areas\[1\]: unknown area "nose" \(expected one of "forehead", .*"neck-bands"\)$/],
    ['an unknown flag', '{"areas": ["lips"], "safety": ["smoker"]}', /^line 3: safety\[0\]: unknown safety flag "smoker" \(expected one of "pregnant-or-breastfeeding", /],
    ['an unknown appearance', '{"areas": ["lips"], "appearance": {"lips": "sometimes"}}', /^line 3: appearance\.lips: unknown appearance "sometimes" \(expected one of "with-expression", /],
    ['an unknown area in appearance', '{"areas": ["lips"], "appearance": {"nose": "at-rest"}}', /^line 3: appearance\.nose: unknown area "nose"/],
    ['missing areas', '{"safety": []}', /^line 3: areas: is missing \(expected a list of area ids/],
    ['empty areas', '{"areas": []}', /^line 3: areas: must name at least one area/],
    ['areas that are not a list', '{"areas": "lips"}', /^line 3: areas: must be a list of area ids \(got "lips"\)$/],
    ['a number for an area', '{"areas": [7]}', /^line 3: areas\[0\]: unknown area 7 /],
    ['safety that is not a list', '{"areas": ["lips"], "safety": "none"}', /^line 3: safety: must be a list of safety flags \(got "none"\)$/],
    ['appearance that is a list', '{"areas": ["lips"], "appearance": ["at-rest"]}', /^line 3: appearance: must be an object like .* \(got a list\)$/],
    ['an unknown key', '{"areas": ["lips"], "age": 40}', /^line 3: age: unknown key "age"/],
    ['a list instead of an object', '[{"areas": ["lips"]}]', /^line 3: must be an object like .* \(got a list\)$/],
    ['null', 'null', /^line 3: must be an object like .* \(got null\)$/],
  ])('stops with exit code 2 and names the line for %s', async (_kind, bad, message) => {
    const input = `${JSON.stringify(forehead)}\n\n${bad}\n${JSON.stringify(lips)}\n`;
    const { code, stdout, stderr } = await cli(['recommend'], input);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')[0]).toMatch(message);
    // Lines before the bad one are answered; nothing after it is.
    expect(stdout.trim().split('\n')).toEqual([JSON.stringify(recommend(forehead))]);
  });

  it('lists every problem of the bad line', async () => {
    const { code, stderr } = await cli(['recommend'], '{"areas": ["nose"], "safety": ["smoker"]}\n');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n').map((l) => l.split(':').slice(0, 2).join(':'))).toEqual(['line 1: areas[0]', 'line 1: safety[0]']);
  });

  it.each([
    [['recommend', '--locale', 'fr'], /unknown locale "fr" \(expected one of en, es\)/],
    [['recommend', '--locale'], /--locale needs a value/],
    [['recommend', '--fast'], /unknown option "--fast"/],
  ])('refuses %j with usage and exit code 2', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv, jsonLines(lips));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: treatment-quiz');
  });
});

import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend';
import { cli, jsonLines } from '../helpers/run-cli';

const forehead = { areas: ['forehead'], appearance: { forehead: 'with-expression' } } as const;
const lips = { areas: ['lips', 'temples'], safety: ['blood-thinners'] } as const;

describe('treatment-quiz recommend', () => {
  it('writes one recommendation per line of answers, in English by default', async () => {
    const { code, stdout, stderr } = await cli(['recommend'], jsonLines(forehead, lips));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([JSON.stringify(recommend(forehead)), JSON.stringify(recommend(lips)), '']);
  });

  it('prints overall, areas, cautions, interest and the disclaimer, with the interest free of health answers', async () => {
    const answers = { areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' }, safety: ['pregnant-or-breastfeeding'] };
    const { code, stdout } = await cli(['recommend'], jsonLines(answers));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['overall', 'areas', 'cautions', 'interest', 'disclaimer']);
    expect(printed.overall).toBe('not-now');
    expect(printed.interest).toEqual({ overall: 'combination', areas: [{ area: 'forehead', treatment: 'neuromodulator' }, { area: 'lips', treatment: 'filler' }] });
    expect(printed.disclaimer).toMatch(/not medical advice/);
  });

  it('counts an appearance an area does not ask about as not-sure, not as an error', async () => {
    const { code, stdout } = await cli(['recommend'], jsonLines({ areas: ['chin'], appearance: { chin: 'at-rest' } }));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(recommend({ areas: ['chin'], appearance: { chin: 'not-sure' } }));
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
    ['an unknown flag', '{"areas": ["lips"], "safety": ["smoker"]}', /^line 3: safety\[0\]: unknown safety flag "smoker" \(expected one of "under-18", "age-18-to-21", /],
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

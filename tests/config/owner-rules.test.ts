import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { defaultRules } from '../../src/engine/default-rules';
import { recommend } from '../../src/recommend';
import { AREA_IDS } from '../../src/engine/types';

const reason = { en: 'Our injectors prefer it.', es: 'Nuestros profesionales lo prefieren.' };
const KEEP_DEFAULTS = { path: 'rules', message: 'the quiz uses its default rules until these problems are fixed' };

describe('owner rules in the config', () => {
  it('replaces the area table with a complete one', () => {
    const { config, errors } = validateConfig({
      rules: { areas: { hitPolicy: 'first', rules: [{ id: 'temples-combo', areas: ['temples'], treatment: 'combination', reason }, { id: 'rest', treatment: 'filler', reason }] } },
    });
    expect(errors).toEqual([]);
    expect(config.rules.safety).toBe(defaultRules.safety);
    const r = recommend({ areas: ['temples', 'forehead'], appearance: { forehead: 'with-expression' } }, { rules: config.rules, locale: 'es' });
    expect(r.areas.map((a) => [a.treatment, a.reasons[0]?.text])).toEqual([
      ['combination', reason.es],
      ['filler', reason.es],
    ]);
  });

  it('extends the defaults: the owner rule wins where it matches and the defaults cover the rest', () => {
    const { config, errors } = validateConfig({
      rules: { mode: 'extend', areas: { rules: [{ id: 'temples-combo', areas: ['temples'], treatment: 'combination', reason }] } },
    });
    expect(errors).toEqual([]);
    expect(config.rules.areas.hitPolicy).toBe('first');
    expect(config.rules.areas.rules.map((r) => r.id)).toEqual(['temples-combo', ...defaultRules.areas.rules.map((r) => r.id)]);
    expect(recommend({ areas: ['temples'] }, { rules: config.rules }).areas[0]?.treatment).toBe('combination');
    expect(recommend({ areas: ['cheeks'] }, { rules: config.rules }).areas[0]?.treatment).toBe('filler');
  });

  it('extends the safety table with a stricter rule of the owner', () => {
    const { config, errors } = validateConfig({
      rules: { mode: 'extend', safety: { rules: [{ id: 'thinners-see-us', flags: ['blood-thinners'], treatment: 'consult-first', reason }] } },
    });
    expect(errors).toEqual([]);
    const r = recommend({ areas: ['lips'], safety: ['blood-thinners'] }, { rules: config.rules });
    expect(r.overall).toBe('consult-first');
    expect(r.areas[0]?.reasons.map((x) => x.rule)).toEqual(['volume-lips', 'thinners-see-us']);
  });

  it('falls back to the default rules when the owner table leaves a gap, and says where', () => {
    const { config, errors } = validateConfig({ rules: { areas: { rules: [{ id: 'only-lips', areas: ['lips'], treatment: 'filler', reason }] } } });
    expect(config.rules).toBe(defaultRules);
    const gaps = errors.filter((e) => e.message.startsWith('no rule covers'));
    // Every cell a visitor can reach: the options each area asks, plus not-sure; lips are covered.
    const reachable = AREA_IDS.filter((a) => a !== 'lips').reduce((n, a) => n + defaultRules.questions[a].filter((x) => x !== 'not-sure').length + 1, 0);
    expect(gaps).toHaveLength(reachable);
    expect(gaps[0]).toEqual({ path: 'rules.areas', message: 'no rule covers area "forehead" seen "with-expression" (add a rule for it)' });
    expect(errors.at(-1)).toEqual(KEEP_DEFAULTS);
  });

  it('points a conflict under "unique" at the owner rule to change', () => {
    const { config, errors } = validateConfig({
      rules: { mode: 'extend', areas: { hitPolicy: 'unique', rules: [{ id: 'jawline-combo', areas: ['jawline'], treatment: 'combination', reason }] } },
    });
    expect(config.rules).toBe(defaultRules);
    expect(errors).toEqual([
      { path: 'rules.areas.rules[0]', message: expect.stringMatching(/^rules "jawline-combo", "volume-jawline" all match jawline \/ not-sure under hit policy "unique"/) },
      KEEP_DEFAULTS,
    ]);
  });

  it('points a dead owner rule at its place in the config', () => {
    const { errors } = validateConfig({
      rules: { areas: { hitPolicy: 'first', rules: [{ id: 'all', treatment: 'filler', reason }, { id: 'never', areas: ['lips'], treatment: 'combination', reason }] } },
    });
    expect(errors).toEqual([{ path: 'rules.areas.rules[1]', message: expect.stringMatching(/^rule "never" can never decide anything/) }, KEEP_DEFAULTS]);
  });

  it('does not blame the owner for a default rule their table makes unreachable', () => {
    // An all-filler table never gives a neuromodulator, so the default neuromuscular rule never fires.
    const { config, errors } = validateConfig({ rules: { areas: { rules: [{ id: 'all-filler', treatment: 'filler', reason }] } } });
    expect(errors).toEqual([]);
    expect(recommend({ areas: ['forehead'], safety: ['neuromuscular-condition'] }, { rules: config.rules }).areas[0]?.treatment).toBe('filler');
  });

  it('reports an owner rule that reuses a default id', () => {
    const { errors } = validateConfig({ rules: { mode: 'extend', safety: { rules: [{ id: 'safety-allergy', flags: ['blood-thinners'], treatment: 'consult-first', reason }] } } });
    expect(errors[0]).toEqual({ path: 'rules.safety.rules[0]', message: 'rule id "safety-allergy" is used more than once (ids must be unique)' });
  });

  it('falls back to the default rules when a rule is malformed, with the exact path', () => {
    const { config, errors } = validateConfig({ locale: 'es', rules: { areas: { rules: [{ id: 'x', areas: ['nose'], treatment: 'botox', reason: { en: '' } }] } } });
    expect(config.rules).toBe(defaultRules);
    expect(config.locale).toBe('es');
    expect(errors).toEqual([
      { path: 'rules.areas.rules[0].areas[0]', message: expect.stringContaining('a face area) (got "nose")') },
      { path: 'rules.areas.rules[0].treatment', message: expect.stringContaining('(got "botox")') },
      { path: 'rules.areas.rules[0].reason.en', message: 'must not be empty (got "")' },
      KEEP_DEFAULTS,
    ]);
  });

  it('lets the owner change which "when" options an area asks, keeping the others', () => {
    const { config, errors } = validateConfig({ rules: { questions: { forehead: [], chin: ['with-expression', 'not-sure'] } } });
    expect(errors).toEqual([]);
    expect(config.rules.questions.forehead).toEqual([]);
    expect(config.rules.questions.chin).toEqual(['with-expression', 'not-sure']);
    expect(config.rules.questions['lip-lines']).toEqual(defaultRules.questions['lip-lines']);
    // Not asked any more, so an answer for it counts as not-sure.
    expect(recommend({ areas: ['chin'], appearance: { chin: 'lost-volume' } }, { rules: config.rules }).areas[0]?.reasons[0]?.rule).toBe('chin-volume');
  });

  it('reports an unknown area or option in questions at its exact path', () => {
    const { errors } = validateConfig({ rules: { questions: { nose: [], chin: ['sometimes'] } } });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['rules.questions.nose', 'rules.questions.chin[0]']));
  });

  it('refuses a safety rule without flags', () => {
    const { errors } = validateConfig({ rules: { safety: { rules: [{ id: 's', flags: [], treatment: 'consult-first', reason }] } } });
    expect(errors[0]).toEqual({ path: 'rules.safety.rules[0].flags', message: 'must name at least one flag (got a list)' });
  });
});

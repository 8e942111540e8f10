import { describe, expect, it, vi } from 'vitest';
import { createAnalytics } from '../../src/embed/analytics';
import { analyticsDetail, createSender, dataLayerName } from '../../src/embed/analytics-send';
import { SAFETY_FLAGS } from '../../src/engine/types';
import { validateConfig } from '../../src/config/validate';

// What the widget's emitter hands over on completion: more than may leave the widget.
const complete = {
  locale: 'es',
  overall: 'consult-first',
  areas: [
    { area: 'forehead', treatment: 'consult-first', reasons: [{ rule: 'pregnancy', text: '…' }] },
    { area: 'lips', treatment: 'filler' },
  ],
  safety: ['pregnant-or-breastfeeding'],
  cautions: [{ flag: 'pregnant-or-breastfeeding', text: 'Wait until after pregnancy' }],
  answers: { areas: ['forehead'], safety: ['pregnant-or-breastfeeding'] },
  email: 'a@b.c',
};

describe('analytics opt-in', () => {
  it('attaches nothing and pushes nothing without an opt-in', () => {
    const host: { dataLayer?: unknown[] } = {};
    expect(createAnalytics({}, host)).toBeUndefined();
    expect(createAnalytics({ analytics: 'none' }, host)).toBeUndefined();
    expect(host.dataLayer).toBeUndefined();
  });

  it('keeps events that fire before the sending code has loaded, and sends them in order', async () => {
    const host: { dataLayer?: { event: string }[] } = {};
    const listen = createAnalytics({ analytics: 'datalayer' }, host)!;
    listen('start', {});
    listen('step', { step: 'areas' });
    await vi.waitFor(() => expect(host.dataLayer?.map((e) => e.event)).toEqual(['treatment_quiz_start', 'treatment_quiz_step']));
    listen('restart', {}); // once loaded, at once
    expect(host.dataLayer).toHaveLength(3);
  });

  it('pushes GTM-style events with the recommendation type only when asked', () => {
    const host: { dataLayer?: unknown[] } = {};
    const listen = createSender({ analytics: 'datalayer' }, host);
    listen('start', { locale: 'en' });
    listen('step', { step: 'areas', locale: 'en' });
    listen('complete', complete);
    expect(host.dataLayer).toEqual([
      { event: 'treatment_quiz_start', treatment_quiz: { locale: 'en' } },
      { event: 'treatment_quiz_step', treatment_quiz: { step: 'areas', locale: 'en' } },
      { event: 'treatment_quiz_complete', treatment_quiz: { locale: 'es', overall: 'consult-first' } },
    ]);
  });

  it('appends to an existing dataLayer instead of replacing it', () => {
    const existing = [{ event: 'gtm.js' }];
    const host = { dataLayer: existing };
    createSender({ analytics: 'datalayer' }, host)('restart', {});
    expect(host.dataLayer).toBe(existing);
    expect(existing).toHaveLength(2);
  });

  it('hands onEvent the area treatments but never safety answers, cautions or reasons', () => {
    const onEvent = vi.fn();
    createSender({ onEvent }, {})('complete', complete);
    expect(onEvent).toHaveBeenCalledWith({
      name: 'complete',
      detail: { locale: 'es', overall: 'consult-first', areas: [{ area: 'forehead', treatment: 'consult-first' }, { area: 'lips', treatment: 'filler' }] },
    });
    const sent = JSON.stringify(onEvent.mock.calls);
    for (const flag of SAFETY_FLAGS) expect(sent).not.toContain(flag);
    expect(sent).not.toContain('a@b.c');
  });

  it('never lets a safety flag through, whatever field it hides in', () => {
    for (const flag of SAFETY_FLAGS) {
      const d = analyticsDetail({ step: flag, overall: flag, locale: flag, areas: [{ area: flag, treatment: flag }], safety: [flag] });
      expect(JSON.stringify(d)).not.toContain(flag.slice(0, 12));
    }
  });

  it('keeps the host page safe from a throwing onEvent', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const listen = createSender({ onEvent: () => { throw new Error('owner bug'); } }, {});
    expect(() => listen('start', {})).not.toThrow();
    expect(error).toHaveBeenCalled();
  });

  it('reports where a lead went, and nothing about the visitor', () => {
    const host: { dataLayer?: unknown[] } = {};
    createSender({ analytics: 'datalayer' }, host)('lead', { status: 'queued', name: 'Ana', email: 'ana@example.com' });
    expect(host.dataLayer).toEqual([{ event: 'treatment_quiz_lead', treatment_quiz: { status: 'queued' } }]);
  });

  it('reports a lead the browser would not store as unsaved', () => {
    const host: { dataLayer?: unknown[] } = {};
    createSender({ analytics: 'datalayer' }, host)('lead', { status: 'unsaved' });
    expect(host.dataLayer).toEqual([{ event: 'treatment_quiz_lead', treatment_quiz: { status: 'unsaved' } }]);
  });

  it('reports practice clicks and shares by the owner\'s ids and known names only', () => {
    expect(analyticsDetail({ practiceId: 'flawless-abq', action: 'call' })).toEqual({ practiceId: 'flawless-abq', action: 'call' });
    expect(analyticsDetail({ network: 'facebook' })).toEqual({ network: 'facebook' });
    expect(analyticsDetail({ practiceId: 'ana@example.com <x>', action: 'email', network: 'myspace' })).toEqual({});
  });

  it('names events for GA4', () => {
    expect(dataLayerName('practice-click')).toBe('treatment_quiz_practice_click');
  });
});

describe('analytics and leads config', () => {
  it('accepts datalayer and refuses anything else, naming the path', () => {
    expect(validateConfig({ analytics: 'datalayer' }).config.analytics).toBe('datalayer');
    const { config, errors } = validateConfig({ analytics: 'ga4' });
    expect(config.analytics).toBeUndefined();
    expect(errors[0]?.path).toBe('analytics');
  });

  it('accepts a leads endpoint and privacy page, and refuses a non-http endpoint', () => {
    const ok = validateConfig({ leads: { endpoint: 'https://spa.example/leads', privacyUrl: '/privacy' } });
    expect(ok.errors).toEqual([]);
    expect(ok.config.leads?.endpoint).toBe('https://spa.example/leads');
    const bad = validateConfig({ leads: { endpoint: 'javascript:alert(1)', privacyUrl: '/privacy' } });
    expect(bad.config.leads).toBeUndefined();
    expect(bad.errors.map((e) => e.path)).toEqual(['leads.endpoint']);
  });
});

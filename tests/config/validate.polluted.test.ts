import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { parsePracticeList } from '../../src/match/find-practices';
import { parseIndex } from '../../src/match/directory';
import { polluted } from '../helpers/polluted';

// A host page whose scripts added keys to Object.prototype (an old library's helper, or an
// attacker's values through a prototype-pollution bug): settings come from the owner's own
// keys only, and the owner's config still applies.

const evilLeads = { endpoint: 'https://evil.example/leads', privacyUrl: 'https://evil.example/privacy' };
const practice = { id: 'a', name: 'A', url: 'https://a.example/', phone: '5053172563' };

describe('a config checked on a page that polluted Object.prototype', () => {
  it('takes no setting from the page: no lead endpoint, analytics, theme or practices the owner did not give', () => {
    const seen = polluted({ leads: evilLeads, analytics: 'datalayer', theme: { accent: '#ff0000' }, locale: 'es', practices: [practice] }, () => {
      const { config, errors } = validateConfig({ utmCampaign: 'spring' });
      return { leads: config.leads, analytics: config.analytics, theme: config.theme, locale: config.locale, practices: config.practices.length, errors };
    });
    expect(seen).toEqual({ leads: undefined, analytics: undefined, theme: undefined, locale: undefined, practices: 0, errors: [] });
  });

  it('keeps the owner\'s whole config when the page adds an enumerable helper to Object.prototype', () => {
    const seen = polluted({ myHelper() {} }, () => {
      const { config, errors } = validateConfig({ locale: 'es', theme: { accent: '#7d3553' }, practices: [practice] });
      return { locale: config.locale, accent: config.theme?.accent, practices: config.practices.length, errors };
    });
    expect(seen).toEqual({ locale: 'es', accent: '#7d3553', practices: 1, errors: [] });
  });

  it('does not let a polluted "fallback" fill in settings the owner left out (a valibot gadget)', () => {
    const seen = polluted({ fallback: evilLeads }, () => {
      const { config, errors } = validateConfig({ locale: 'es' });
      return { keys: Object.keys(config).sort(), errors };
    });
    expect(seen).toEqual({ keys: ['locale', 'practices', 'rules'], errors: [] });
  });

  it('gives a config in which a key the owner did not set reads as unset, even if the page pollutes later', () => {
    const { config } = validateConfig({ locale: 'es', theme: { accent: '#7d3553' }, practices: [practice] });
    const seen = polluted({ leads: evilLeads, analytics: 'datalayer', font: 'Evil', bookingUrl: 'https://evil.example/book' }, () => ({
      leads: config.leads,
      analytics: config.analytics,
      font: config.theme?.font,
      booking: config.practices[0]?.bookingUrl,
    }));
    expect(seen).toEqual({ leads: undefined, analytics: undefined, font: undefined, booking: undefined });
  });

  it('gives no defaults-only config a polluted setting either', () => {
    const seen = polluted({ leads: evilLeads }, () => [validateConfig({}).config.leads, validateConfig(undefined).config.leads, validateConfig('x').config.leads]);
    expect(seen).toEqual([undefined, undefined, undefined]);
  });
});

describe('practice files read on a page that polluted Object.prototype', () => {
  it('adds no booking link and no practices the file does not have', () => {
    const seen = polluted({ bookingUrl: 'https://evil.example/book', practices: [{ ...practice, id: 'evil' }], featured: [{ ...practice, id: 'evil' }] }, () => {
      const list = parsePracticeList([practice]);
      let fromObject: string[] | 'rejected';
      try {
        fromObject = parsePracticeList({ list: [] }).map((p) => p.id);
      } catch {
        fromObject = 'rejected';
      }
      const index = parseIndex({ version: 1, count: 1, shards: { '871': [1] } });
      return { booking: list[0]?.bookingUrl, fromObject, featured: index.featured.map((p) => p.id) };
    });
    expect(seen).toEqual({ booking: undefined, fromObject: 'rejected', featured: [] });
  });
});

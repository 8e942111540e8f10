import { describe, expect, it } from 'vitest';
import { safeHttpUrl, telHref, withUtm } from '../../src/match/links';

describe('withUtm', () => {
  it('adds the four UTM parameters with the recommendation as content', () => {
    const u = new URL(withUtm('https://www.stayflawless.com', { content: 'filler' })!);
    expect(Object.fromEntries(u.searchParams)).toEqual({ utm_source: 'treatment-quiz', utm_medium: 'widget', utm_campaign: 'quiz', utm_content: 'filler' });
  });

  it('keeps the practice query and #hash and uses the owner campaign', () => {
    const out = withUtm('https://a.example.com/book?loc=abq&x=1#slots', { content: 'combination', campaign: 'spring' })!;
    const u = new URL(out);
    expect(u.hash).toBe('#slots');
    expect(u.searchParams.get('loc')).toBe('abq');
    expect(u.searchParams.get('x')).toBe('1');
    expect(u.searchParams.get('utm_campaign')).toBe('spring');
    expect(out.indexOf('?loc=abq')).toBeGreaterThan(0);
  });

  it('replaces UTM values already on the link instead of doubling them', () => {
    const u = new URL(withUtm('https://a.example.com/?utm_source=old', { content: 'neuromodulator' })!);
    expect(u.searchParams.getAll('utm_source')).toEqual(['treatment-quiz']);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative/path', 'ftp://a.example.com/', '', 'not a url'])('refuses %j', (bad) => {
    expect(withUtm(bad, { content: 'filler' })).toBeUndefined();
    expect(safeHttpUrl(bad)).toBeUndefined();
  });

  it('accepts http and https', () => {
    expect(safeHttpUrl('http://a.example.com/')?.href).toBe('http://a.example.com/');
    expect(safeHttpUrl(' https://a.example.com/x ')?.href).toBe('https://a.example.com/x');
    expect(safeHttpUrl(42)).toBeUndefined();
  });
});

describe('telHref', () => {
  it('builds a tel: link from the digits only', () => {
    expect(telHref('(505) 317-2563')).toBe('tel:5053172563');
    expect(telHref('+1 505.317.2563')).toBe('tel:+15053172563');
  });

  it('refuses text that is not a phone number', () => {
    expect(telHref('call us')).toBeUndefined();
    expect(telHref('12345')).toBeUndefined();
    expect(telHref('1234567890123456')).toBeUndefined();
  });

  it('cannot smuggle anything but digits into the link', () => {
    expect(telHref('505-317-2563"><script>')).toBe('tel:5053172563');
  });
});

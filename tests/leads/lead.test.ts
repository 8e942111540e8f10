import { describe, expect, it } from 'vitest';
import { buildLead, leadProblems } from '../../src/leads/lead';
import { recommend } from '../../src/recommend';
import { SAFETY_FLAGS } from '../../src/engine/types';

const recommendation = recommend({ areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' }, safety: ['blood-thinners', 'pregnant-or-breastfeeding'] });
const base = { name: ' Ana ', contact: 'ana@example.com', consent: true, recommendation, locale: 'es' as const, page: 'https://spa.example/quiz?email=x#top' };

describe('leadProblems', () => {
  it('accepts a name with an email or a phone and consent', () => {
    expect(leadProblems(base)).toEqual([]);
    expect(leadProblems({ ...base, contact: '(505) 317-2563' })).toEqual([]);
  });

  it('names every field to fix, in form order', () => {
    expect(leadProblems({ name: '  ', contact: 'not an address', consent: false })).toEqual(['name', 'contact', 'consent']);
    expect(leadProblems({ ...base, contact: '12-34' })).toEqual(['contact']);
  });
});

describe('buildLead', () => {
  it('sends the contact, consent, recommendation type, locale and page', () => {
    const lead = buildLead(base)!;
    expect(lead).toMatchObject({ name: 'Ana', email: 'ana@example.com', consent: true, locale: 'es', page: 'https://spa.example/quiz' });
    expect(lead.phone).toBeUndefined();
    // The interest only: a pregnant visitor's lead reads exactly as anyone else's.
    expect(recommendation.overall).toBe('not-now');
    expect(lead.recommendation).toEqual(recommendation.interest);
    expect(lead.recommendation.areas.map((a) => a.area)).toEqual(['forehead', 'lips']);
    expect(lead.id).toMatch(/\w{8,}/);
  });

  it('uses the phone field for a phone number', () => {
    const lead = buildLead({ ...base, contact: '+1 505 317 2563' })!;
    expect(lead.phone).toBe('+1 505 317 2563');
    expect(lead.email).toBeUndefined();
  });

  it('never includes safety answers, cautions or reasons', () => {
    expect(recommendation.cautions.length).toBeGreaterThan(0); // the input does carry them
    const sent = JSON.stringify(buildLead(base));
    for (const flag of SAFETY_FLAGS) expect(sent).not.toContain(flag);
    expect(sent).not.toContain('cautions');
    expect(sent).not.toContain('reasons');
  });

  it('refuses to build a lead without consent', () => {
    expect(buildLead({ ...base, consent: false })).toBeUndefined();
  });
});

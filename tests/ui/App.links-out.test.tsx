// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { renderQuiz } from '../helpers/render-quiz';
import { partWords } from '../../src/content/locales';

// Every link out of the widget, on a page whose address carries the visitor's details: the
// link says which referrer to send itself, whatever the page's own Referrer-Policy.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const practices = Array.from({ length: 6 }, (_, i) => ({
  id: `spa-${i}`,
  name: `Spa ${i}`,
  url: `https://spa${i}.example.com/`,
  bookingUrl: `https://book.example.com/spa-${i}`,
  phone: '(505) 317-2563',
  offers: ['filler'],
}));

describe('links out of the widget', () => {
  it('each sends only the site\'s origin as referrer and opens a new tab without a way back', async () => {
    vi.stubGlobal('navigator', { ...navigator, share: undefined });
    const { config, errors } = validateConfig({
      practices,
      directoryUrl: 'https://www.example.com/find-a-med-spa',
      leads: { endpoint: 'https://spa.example/leads', privacyUrl: 'https://spa.example/privacy' },
    });
    expect(errors).toEqual([]);
    renderQuiz({ config, progress: { step: 'result', areas: ['lips'], safety: [] } });
    await screen.findByRole('link', { name: new RegExp(partWords.en.practices.searchDirectory) });
    await screen.findByText(partWords.en.share.share);
    await screen.findByRole('heading', { name: partWords.en.leads.title });
    await waitFor(() => expect(screen.getAllByRole('link', { name: new RegExp(partWords.en.practices.book) })).toHaveLength(5));

    const out = screen.getAllByRole('link').filter((a) => !a.getAttribute('href')?.startsWith('tel:'));
    // 5 websites, 5 booking links, the directory, 4 networks, the privacy policy.
    expect(out).toHaveLength(16);
    for (const a of out) {
      expect([a.getAttribute('href'), a.getAttribute('referrerpolicy'), a.getAttribute('target'), a.getAttribute('rel')]).toEqual([
        a.getAttribute('href'),
        'strict-origin-when-cross-origin',
        '_blank',
        'noopener',
      ]);
    }
  });
});

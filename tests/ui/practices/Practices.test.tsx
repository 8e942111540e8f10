// @vitest-environment happy-dom
import { cleanup, fireEvent, render as renderBare, screen, waitFor, within } from '@testing-library/preact';
import type { VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../../../src/config/validate';
import { recommend } from '../../../src/recommend';
import type { Answers, Locale } from '../../../src/engine/types';
import type { FetchJson } from '../../../src/match/zip-centroids';
import { defaultZipsUrl } from '../../../src/ui/practices/fetch-json';
import { Practices, sourcesOf } from '../../../src/ui/practices/Practices';
import demoPractices from '../../../demo/practices.json';
import { partWords } from '../../../src/content/locales';
import { withWords } from '../../helpers/with-words';

/** Parts render inside the words context (English unless a test wraps its own). */
const render = (node: VNode, options?: Parameters<typeof renderBare>[1]) => renderBare(withWords(node), options);

afterEach(cleanup);

const NEURO: Answers = { areas: ['forehead'], appearance: { forehead: 'with-expression' } };
const FILLER: Answers = { areas: ['lips'] };
// A bleeding disorder: see a provider first for the lips (pregnancy is "not now", with no practices).
const CONSULT: Answers = { areas: ['lips'], safety: ['bleeding-disorder'] };
const files: Record<string, unknown> = {
  'https://w.example/zips/871.json': { '01': [35.097, -106.643] },
  'https://w.example/zips/875.json': { '01': [35.708, -105.851] },
  'https://w.example/zips/995.json': { '01': [61.22, -149.858] },
  'https://w.example/practices.json': demoPractices,
};
const server = (broken: readonly string[] = []): FetchJson =>
  vi.fn(async (url: string) => {
    if (broken.some((b) => url.includes(b)) || !(url in files)) throw new Error(`404 ${url}`);
    return files[url];
  });

function show(answers: Answers, { locale = 'en', config = {}, fetchJson = server() }: { locale?: Locale; config?: object; fetchJson?: FetchJson } = {}) {
  const emit = vi.fn();
  const resolved = validateConfig({ practicesUrl: 'https://w.example/practices.json', zipsUrl: 'https://w.example/zips/', ...config });
  expect(resolved.errors).toEqual([]);
  const r = render(withWords(<Practices recommendation={recommend(answers, { locale })} config={resolved.config} emit={emit} fetchJson={fetchJson} />, locale, resolved.config));
  return { ...r, emit };
}

const s = partWords.en.practices;
const cards = () => screen.queryAllByRole('listitem');
const names = () => cards().map((li) => within(li).getByRole('heading').textContent?.replace(s.featured, '').trim());
const searchZip = (zip: string) => {
  fireEvent.input(screen.getByLabelText(s.zipLabel), { target: { value: zip } });
  fireEvent.click(screen.getByRole('button', { name: s.find }));
};

describe('Practices', () => {
  it('lists practices offering the recommendation before any location, featured first', async () => {
    show(NEURO);
    await waitFor(() => expect(names()[0]).toBe('Flawless Med Spa'));
    expect(names()).not.toContain('Enchanted Sample Skin Studio (fictitious)'); // filler only
  });

  it('ranks Flawless Med Spa first for 87101 and says how many it found', async () => {
    show(FILLER);
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    searchZip('87101');
    await waitFor(() => expect(screen.getByText(/^\d+ practices? near 87101\.$/)).toBeTruthy());
    expect(names()[0]).toBe('Flawless Med Spa');
  });

  it('names the nearest practice with its distance, and links the directory, when nothing is near', async () => {
    show(FILLER, { config: { directoryUrl: 'https://directory.example.com/find' } });
    searchZip('99501');
    await waitFor(() =>
      expect(screen.getByText(/^No matching practice within 100 mi of 99501\. The nearest is Enchanted Sample Skin Studio \(fictitious\) in Taos, NM, about 2,[5-9]00 mi away\.$/)).toBeTruthy(),
    );
    expect(names()).toEqual(['Enchanted Sample Skin Studio (fictitious)']);
    expect(within(cards()[0]!).getByText(/^Taos, NM · 2,[5-9]00 mi$/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Search our directory/ }) as HTMLAnchorElement;
    expect(new URL(link.href).searchParams.get('utm_source')).toBe('treatment-quiz');
  });

  it("shows the nearest of a practice's locations, with its distance and phone", async () => {
    const flawless = { ...demoPractices[0]!, locations: demoPractices[0]!.locations!.map((l) => (l.name === 'Santa Fe' ? { ...l, phone: '(505) 555-0111' } : l)) };
    show(FILLER, { config: { practicesUrl: undefined, practices: [flawless] } });
    searchZip('87501');
    await waitFor(() => expect(screen.getByText('1 practice near 87501.')).toBeTruthy());
    const card = cards()[0]!;
    expect(within(card).getByText(/^Santa Fe, NM · \d\.\d mi$/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: /^Call/ }).getAttribute('href')).toBe('tel:5055550111');
    // The site's only practice: "Featured" would say nothing.
    expect(within(card).queryByText(s.featured)).toBeNull();
  });

  it('finds practices by city, including a location known only by its city', async () => {
    const cityOnly = { id: 'espanola', name: 'Española Example (fictitious)', url: 'https://esp.example.com/', phone: '(505) 555-0150', locations: [{ name: 'Paseo de Oñate', city: 'Española', state: 'NM' }] };
    show(FILLER, { config: { practicesUrl: undefined, practices: [demoPractices[0], cityOnly] } });
    fireEvent.input(screen.getByLabelText(s.zipLabel), { target: { value: 'espanola, nm' } });
    fireEvent.click(screen.getByRole('button', { name: s.find }));
    await waitFor(() => expect(screen.getByText('1 practice in espanola, NM.')).toBeTruthy());
    expect(names()).toEqual(['Española Example (fictitious)']);
    expect(within(cards()[0]!).getByText('Paseo de Oñate, Española, NM')).toBeTruthy();
    expect(within(cards()[0]!).getByText(s.servesArea)).toBeTruthy();
  });

  it('says in Spanish how far the nearest practice is when none is near', async () => {
    show(FILLER, { locale: 'es' });
    fireEvent.input(screen.getByLabelText(partWords.es.practices.zipLabel), { target: { value: '99501' } });
    fireEvent.click(screen.getByRole('button', { name: partWords.es.practices.find }));
    await waitFor(() =>
      expect(screen.getByText(/^No encontramos ninguna clínica para su resultado a menos de 100 mi de 99501\. La más cercana es .+, en Taos, NM, a unas 2,[5-9]00 mi\.$/)).toBeTruthy(),
    );
  });

  it('tells the visitor honestly when the practice list cannot be loaded', async () => {
    show(FILLER, { fetchJson: server(['practices.json']), config: { practices: [demoPractices[0]] } });
    await waitFor(() => expect(screen.getByText(s.directoryFailed)).toBeTruthy());
    expect(names()).toEqual(['Flawless Med Spa']);
  });

  it('validates the ZIP code and points the input at the message', async () => {
    show(FILLER);
    searchZip('871');
    const input = screen.getByLabelText(s.zipLabel);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const err = screen.getByText(s.zipInvalid);
    expect(input.getAttribute('aria-describedby')).toContain(err.id);
    expect(document.activeElement).toBe(input);
  });

  it('links out with UTM, a safe new tab and a tel: link, and reports clicks', async () => {
    const { emit } = show(NEURO, { config: { utmCampaign: 'spring' } });
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    const card = cards()[0]!;
    const site = within(card).getByRole('link', { name: /^Website Flawless Med Spa/ }) as HTMLAnchorElement;
    expect(site.target).toBe('_blank');
    expect(site.rel).toBe('noopener');
    const u = new URL(site.href);
    expect([u.origin, u.searchParams.get('utm_medium'), u.searchParams.get('utm_campaign'), u.searchParams.get('utm_content')]).toEqual(['https://www.stayflawless.com', 'widget', 'spring', 'neuromodulator']);
    const call = within(card).getByRole('link', { name: /^Call/ }) as HTMLAnchorElement;
    expect(call.getAttribute('href')).toBe('tel:5053172563');
    fireEvent.click(site);
    fireEvent.click(call);
    expect(emit.mock.calls).toEqual([
      ['practice-click', { practiceId: 'flawless-med-spa', action: 'website' }],
      ['practice-click', { practiceId: 'flawless-med-spa', action: 'call' }],
    ]);
  });

  it('says a provider should be seen first for consult-first and still offers the practices for what was asked', async () => {
    show(CONSULT);
    expect(screen.getByText(s.consultFirst)).toBeTruthy();
    // Ranked by the interest (a filler for the lips), never by the health answer.
    const fillers = demoPractices.filter((p) => !p.offers || p.offers.includes('filler'));
    expect(fillers.length).toBeLessThan(demoPractices.length);
    await waitFor(() => expect(names().length).toBe(fillers.length));
  });

  it('asks for the location only on click and handles a refusal', async () => {
    const getCurrentPosition = vi.fn((_ok: PositionCallback, fail?: PositionErrorCallback | null) => fail?.({ code: 1 } as GeolocationPositionError));
    vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
    try {
      show(FILLER);
      expect(getCurrentPosition).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: s.useLocation }));
      expect(getCurrentPosition).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(screen.getByText(s.locationDenied)).toBeTruthy());
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ranks by distance from the visitor location', async () => {
    const getCurrentPosition = vi.fn((ok: PositionCallback) => ok({ coords: { latitude: 32.31, longitude: -106.77 } } as GeolocationPosition));
    vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
    try {
      show(FILLER);
      fireEvent.click(screen.getByRole('button', { name: s.useLocation }));
      await waitFor(() => expect(screen.getByText(/practices? near you/)).toBeTruthy());
      expect(names()).toEqual(['Mesilla Sample Aesthetics (fictitious)']);
      expect(within(cards()[0]!).getByText(/Las Cruces, NM · [\d.]+ mi/)).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('speaks Spanish', async () => {
    show(FILLER, { locale: 'es' });
    expect(screen.getByRole('heading', { name: partWords.es.practices.heading })).toBeTruthy();
    expect(screen.getByLabelText(partWords.es.practices.zipLabel)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText(/^Ofrece: /).length).toBeGreaterThan(0));
  });

  it('shows nothing but the directory link when the owner configured no practices', () => {
    const c = validateConfig({}).config;
    const { container, unmount } = render(<Practices recommendation={recommend(FILLER)} config={c} emit={vi.fn()} fetchJson={server()} />);
    expect(container.textContent).toBe('');
    unmount();
    const withLink = validateConfig({ directoryUrl: 'https://directory.example.com/' }).config;
    render(<Practices recommendation={recommend(FILLER)} config={withLink} emit={vi.fn()} fetchJson={server()} />);
    expect(screen.queryByLabelText(s.zipLabel)).toBeNull();
    expect(screen.getByRole('link', { name: /Search our directory/ })).toBeTruthy();
  });

  it('finds the ZIP table beside the widget unless the config says otherwise', () => {
    const config = validateConfig({}).config;
    // Here the module is not served from a widget/ folder: the page's script tag tells where.
    const tag = Object.assign(document.createElement('script'), { src: 'https://cdn.example.com/tq/treatment-quiz.js' });
    document.head.append(tag);
    try {
      expect(defaultZipsUrl()).toBe('https://cdn.example.com/tq/zips/');
      expect(sourcesOf(config).zipsUrl).toBe('https://cdn.example.com/tq/zips/');
      expect(sourcesOf({ ...config, zipsUrl: 'https://other.example/z/' }).zipsUrl).toBe('https://other.example/z/');
    } finally {
      tag.remove();
    }
  });
});

describe('part words', () => {
  it('has every key of every part in every locale, none empty', () => {
    for (const l of Object.keys(partWords) as Locale[]) {
      for (const part of Object.keys(partWords.en) as (keyof typeof partWords.en)[]) {
        expect(Object.keys(partWords[l][part]).sort()).toEqual(Object.keys(partWords.en[part]).sort());
        for (const v of Object.values(partWords[l][part])) expect(v.trim()).not.toBe('');
      }
    }
  });
});

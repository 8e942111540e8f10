// @vitest-environment happy-dom
import { cleanup, fireEvent, render as renderBare, screen, waitFor, within } from '@testing-library/preact';
import type { VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../../../src/config/validate';
import { medical } from '../../../src/content/locales';
import { recommend } from '../../../src/recommend';
import type { Answers, Locale } from '../../../src/engine/types';
import { Share } from '../../../src/ui/share/Share';
import { fill } from '../../../src/ui/strings';
import { shareHref, sharedView, shareTarget } from '../../../src/ui/share/share-links';
import { partWords } from '../../../src/content/locales';
import { withWords } from '../../helpers/with-words';

/** Parts render inside the words context (English unless a test wraps its own). */
const render = (node: VNode, options?: Parameters<typeof renderBare>[1]) => renderBare(withWords(node), options);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// Lips with a caution: the shared text must name the result type and nothing else.
const ANSWERS: Answers = { areas: ['lips', 'chin'], safety: ['blood-thinners'] };

function show(config: object = {}, locale: Locale = 'en') {
  const emit = vi.fn();
  const c = validateConfig({ share: { url: 'https://spa.example.com/quiz?ref=home#top' }, ...config }).config;
  render(withWords(<Share recommendation={recommend(ANSWERS, { locale })} config={c} emit={emit} />, locale, c));
  return emit;
}
const s = partWords.en.share;

describe('sharedView', () => {
  it('opens the comparison for ?tq=compare or #treatment-quiz=compare', () => {
    expect(sharedView({ search: '?tq=compare', hash: '' })).toBe('compare');
    expect(sharedView({ search: '?a=1&tq=compare' })).toBe('compare');
    expect(sharedView({ search: '', hash: '#treatment-quiz=compare' })).toBe('compare');
  });

  it('opens nothing special otherwise', () => {
    expect(sharedView({ search: '?tq=result', hash: '#treatment-quiz=areas' })).toBeUndefined();
    expect(sharedView({})).toBeUndefined();
  });
});

describe('share links', () => {
  it('share the owner\'s share.url as given (its query kept), opening the comparison, without its #hash', () => {
    expect(shareTarget('https://spa.example.com/quiz?ref=home#top', 'https://spa.example.com/other?email=a')).toBe('https://spa.example.com/quiz?ref=home&tq=compare');
    expect(shareTarget('javascript:alert(1)', 'https://spa.example.com/')).toBeUndefined();
  });

  it('share this page without its query string or #hash, which may carry the visitor\'s email, ad click id or session', () => {
    expect(shareTarget(undefined, 'https://spa.example.com/quiz?email=ana%40example.com&gclid=EAIaIQ&session=s3cret#results')).toBe('https://spa.example.com/quiz?tq=compare');
    expect(shareTarget(undefined, 'javascript:alert(1)')).toBeUndefined();
  });

  it('use each network plain share endpoint with the address encoded', () => {
    const url = 'https://spa.example.com/?tq=compare';
    expect(shareHref('facebook', url, 't')).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fspa.example.com%2F%3Ftq%3Dcompare');
    expect(new URL(shareHref('x', url, 'a & b')).searchParams.get('text')).toBe('a & b');
    expect(new URL(shareHref('linkedin', url, 't')).searchParams.get('url')).toBe(url);
    expect(new URL(shareHref('pinterest', url, 't')).searchParams.get('description')).toBe('t');
  });
});

describe('Share', () => {
  it('is one closed menu where the browser has no share sheet, with plain links carrying the result type only', () => {
    vi.stubGlobal('navigator', { ...navigator, share: undefined });
    const emit = show();
    const menu = screen.getByText(s.share, { selector: 'summary' }).closest('details')!;
    expect(menu.open).toBe(false);
    expect(screen.getAllByText(s.share)).toHaveLength(1);
    for (const name of ['Facebook', 'X (Twitter)', 'LinkedIn', 'Pinterest']) {
      const a = within(menu).getByRole('link', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }) as HTMLAnchorElement;
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener');
      expect(a.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
      expect(decodeURIComponent(a.href)).toContain('https://spa.example.com/quiz?ref=home&tq=compare');
      expect(decodeURIComponent(a.href)).not.toMatch(/lips|chin|blood|thinner/i);
    }
    expect(within(menu).getByRole('button', { name: s.copy })).toBeTruthy();
    const x = new URL((screen.getByRole('link', { name: /^X/ }) as HTMLAnchorElement).href);
    expect(x.searchParams.get('text')).toContain('Hyaluronic-acid filler');
    fireEvent.click(screen.getByRole('link', { name: /^LinkedIn/ }));
    expect(emit).toHaveBeenCalledWith('share', { network: 'linkedin' });
  });

  it('shares this page without its query string when the owner set no share.url', async () => {
    vi.stubGlobal('location', new URL('https://spa.example.com/quiz?email=ana%40example.com&gclid=EAIaIQ&session=s3cret#results'));
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } });
    const clean = 'https://spa.example.com/quiz?tq=compare';
    const view = render(<Share recommendation={recommend(ANSWERS, { locale: 'en' })} config={validateConfig({}).config} emit={vi.fn()} />);
    const links = [...view.container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const shared = [...new URL(a.href).searchParams.values()].filter((v) => v.startsWith('https://'));
      expect(shared).toEqual([clean]);
    }
    fireEvent.click(screen.getByRole('button', { name: s.copy }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(clean));
    view.unmount();
    // With the browser's share sheet: the same clean address.
    const share = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, share, clipboard: { writeText } });
    render(<Share recommendation={recommend(ANSWERS, { locale: 'en' })} config={validateConfig({}).config} emit={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: s.share }));
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ url: clean }));
  });

  it('shares what the visitor asked about, never what a health answer changed', () => {
    // Pregnancy turns lips into "not right now"; the shared text still names the filler asked about.
    const r = recommend({ areas: ['lips'], safety: ['pregnant-or-breastfeeding'] });
    expect(r.overall).toBe('not-now');
    const c = validateConfig({ share: { url: 'https://spa.example.com/' } }).config;
    render(<Share recommendation={r} config={c} emit={vi.fn()} />);
    const text = new URL((screen.getByRole('link', { name: /^X/ }) as HTMLAnchorElement).href).searchParams.get('text');
    expect(text).toBe(fill(s.text, { treatment: medical.en.treatments.filler.name }));
    expect(text).not.toContain(medical.en.treatments['not-now'].name);
  });

  it('does not name a "see a provider" interest (an owner rule), only the quiz', () => {
    const r = recommend({ areas: ['lips'] });
    const c = validateConfig({ share: { url: 'https://spa.example.com/' } }).config;
    render(<Share recommendation={{ ...r, interest: { overall: 'consult-first', areas: [{ area: 'lips', treatment: 'consult-first' }] } }} config={c} emit={vi.fn()} />);
    const text = new URL((screen.getByRole('link', { name: /^X/ }) as HTMLAnchorElement).href).searchParams.get('text');
    expect(text).toBe(s.title);
  });

  it('shows only the networks the owner chose', () => {
    show({ share: { networks: ['facebook'] } });
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('copies the link with the clipboard API and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const emit = show();
    fireEvent.click(screen.getByRole('button', { name: s.copy }));
    await waitFor(() => expect(screen.getByText(s.copied)).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith('https://spa.example.com/quiz?ref=home&tq=compare');
    expect(emit).toHaveBeenCalledWith('share', { network: 'copy' });
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    document.execCommand = () => false;
    show();
    fireEvent.click(screen.getByRole('button', { name: s.copy }));
    const input = (await screen.findByLabelText(s.copyManually)) as HTMLInputElement;
    expect(input.value).toBe('https://spa.example.com/quiz?ref=home&tq=compare');
  });

  it('is one button opening the Web Share sheet where the browser has it', async () => {
    const share = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, share });
    const emit = show();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.queryByText(s.copy)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: s.share }));
    expect(share).toHaveBeenCalledWith({ title: s.title, text: expect.stringContaining('Hyaluronic-acid filler'), url: 'https://spa.example.com/quiz?ref=home&tq=compare' });
    await waitFor(() => expect(emit).toHaveBeenCalledWith('share', { network: 'native' }));
  });

  it('speaks Spanish', () => {
    vi.stubGlobal('navigator', { ...navigator, share: undefined });
    show({}, 'es');
    const es = partWords.es.share;
    expect(screen.getByText(es.share, { selector: 'summary' })).toBeTruthy();
    expect(screen.getByRole('button', { name: es.copy })).toBeTruthy();
    const x = new URL((screen.getByRole('link', { name: /^X/ }) as HTMLAnchorElement).href);
    expect(x.searchParams.get('text')).toBe(fill(es.text, { treatment: medical.es.treatments.filler.name }));
  });

  it('names its button with the owner\'s copy.<locale>.share wording, in Spanish from the words context', () => {
    show({ copy: { es: { share: { share: 'Compártalo', copy: 'Copiar el enlace' } } } }, 'es');
    expect(screen.getByText('Compártalo', { selector: 'summary' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copiar el enlace' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Facebook/ })).toBeTruthy();
  });
});

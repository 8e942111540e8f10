// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { recommend } from '../../src/recommend';
import type { Answers } from '../../src/engine/types';
import type { Progress } from '../../src/ui/state';
import { renderQuiz } from '../helpers/render-quiz';
import demoPractices from '../../demo/practices.json';
import { partWords } from '../../src/content/locales';

// The result page is a separate file (tests/ui/lazy.test.tsx covers the loading); here it is
// loaded up front so each test reads the page as a visitor sees it once it is there.
afterEach(cleanup);

const answers: Answers = { areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' }, safety: ['blood-thinners'] };
/** Forehead lines and crow's feet share a reason; cheeks have their own. */
const threeAreas: Answers = { areas: ['forehead', 'crows-feet', 'cheeks'], appearance: { forehead: 'with-expression', 'crows-feet': 'with-expression' }, safety: [] };
const notNow: Answers = { areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' }, safety: ['pregnant-or-breastfeeding', 'cold-sores'] };
const progressOf = (a: Answers): Partial<Progress> => ({ step: 'result', areas: a.areas, appearance: a.appearance ?? {}, safety: a.safety ?? [] });
const onResult = (locale: 'en' | 'es' = 'en', a: Answers = answers, config?: object) =>
  renderQuiz({ locale, progress: progressOf(a), ...(config ? { config: validateConfig(config).config } : {}) });

const [flawless, pinon] = demoPractices;
const section = (name: string) => screen.getByRole('heading', { name }).closest('section')!;
const detailsNamed = (summary: string) => screen.getByText(summary, { selector: 'summary' }).closest('details')!;

describe('result', () => {
  it('leads with the overall recommendation the engine decided, under a heading, with its summary', () => {
    onResult();
    const r = recommend(answers);
    expect(r.overall).toBe('combination');
    expect(screen.getByRole('heading', { level: 2, name: ui.en.resultTitle })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: medical.en.treatments.combination.name })).toBeTruthy();
    expect(screen.getByText(medical.en.treatments.combination.summary)).toBeTruthy();
  });

  it('gives each area its treatment and the engine reasons word for word', () => {
    onResult();
    const why = section(ui.en.resultAreas);
    for (const a of recommend(answers).areas) {
      const line = within(why).getByText(medical.en.areas[a.area].label).closest('li')!;
      expect(line.querySelector('.why-line')?.textContent).toBe(`${medical.en.areas[a.area].label} — ${medical.en.treatments[a.treatment].name}`);
      for (const reason of a.reasons) expect(within(line).getByText(reason.text)).toBeTruthy();
    }
  });

  it('groups areas that share a reason on one line and says the reason once', () => {
    onResult('en', threeAreas);
    const r = recommend(threeAreas);
    const shared = r.areas[0]!.reasons[0]!.text;
    expect(r.areas[1]!.reasons[0]!.text).toBe(shared);
    const why = section(ui.en.resultAreas);
    const lines = [...why.querySelectorAll('.why-line')].map((p) => p.textContent);
    expect(lines).toEqual([
      `${medical.en.areas.forehead.label} · ${medical.en.areas['crows-feet'].label} — ${medical.en.treatments.neuromodulator.name}`,
      `${medical.en.areas.cheeks.label} — ${medical.en.treatments.filler.name}`,
    ]);
    expect(screen.getAllByText(shared)).toHaveLength(1);
  });

  it('lists the cautions for the safety answers given, before you book', () => {
    onResult();
    const cautions = section(ui.en.cautionsTitle);
    expect(within(cautions).getByText(medical.en.cautions['blood-thinners'])).toBeTruthy();
    expect(within(cautions).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says what a health answer changed once, with the cautions, however many areas it touched', () => {
    const allergy: Answers = { areas: ['forehead', 'lips'], appearance: { forehead: 'with-expression' }, safety: ['allergy-to-ingredients'] };
    onResult('en', allergy);
    const r = recommend(allergy);
    const safety = r.areas.map((a) => a.reasons.at(-1)!.text);
    expect(new Set(safety).size).toBe(1);
    expect(screen.getAllByText(safety[0]!)).toHaveLength(1);
    expect(within(section(ui.en.cautionsTitle)).getByText(safety[0]!)).toBeTruthy();
    expect(within(section(ui.en.resultAreas)).queryByText(safety[0]!)).toBeNull();
  });

  it('keeps the comparison and the full risks one tap away, closed, with the disclaimer and a risk summary in view', () => {
    onResult();
    const c = medical.en.comparison;
    const comparison = detailsNamed(c.title);
    expect(comparison.open).toBe(false);
    for (const row of Object.values(c.rows)) {
      const h = within(comparison).getByRole('heading', { name: row.label });
      const dl = h.nextElementSibling!;
      expect(dl.tagName).toBe('DL');
      expect([...dl.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([medical.en.treatments.neuromodulator.name, medical.en.treatments.filler.name]);
      expect([...dl.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([row.neuromodulator, row.filler]);
    }
    expect(within(comparison).getByText(c.trademarks)).toBeTruthy();
    const risks = detailsNamed(ui.en.risksTitle);
    expect(risks.open).toBe(false);
    expect(within(risks).getByText(c.risks)).toBeTruthy();
    for (const visible of [medical.en.disclaimer, c.riskSummary]) expect(screen.getByText(visible).closest('details')).toBeNull();
  });

  it('names what the FDA approved for each chosen area in the comparison', () => {
    onResult('en', threeAreas);
    const comparison = detailsNamed(medical.en.comparison.title);
    const list = within(comparison).getByRole('heading', { name: medical.en.comparison.approvalsTitle }).nextElementSibling!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      threeAreas.areas.map((a) => `${medical.en.areas[a].label}: ${medical.en.approvals[a]}`),
    );
  });

  it('shares with one button, and makes Start over a quiet text button beside Back', async () => {
    const q = onResult();
    const share = await screen.findByText(partWords.en.share.share, { selector: 'summary, button' });
    expect(share).toBeTruthy();
    expect(screen.getByRole('button', { name: ui.en.restart }).className).toContain('tertiary');
    expect(screen.getByRole('button', { name: ui.en.back })).toBeTruthy();
    expect(q.container.querySelectorAll('.result .primary')).toHaveLength(0);
  });

  it('starts over from the areas step with nothing kept, firing restart', async () => {
    const q = onResult();
    await q.user.click(screen.getByRole('button', { name: ui.en.restart }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: ui.en.areasTitle }));
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
    expect(q.names()).toEqual(['restart', 'step']);
    expect(q.quiz.progress.value).toMatchObject({ areas: [], safety: [], none: false, appearance: {} });
  });

  it('goes back to the safety step with the answers kept', async () => {
    const q = onResult();
    await q.user.click(screen.getByRole('button', { name: ui.en.back }));
    expect((screen.getByRole('checkbox', { name: medical.en.flags['blood-thinners'] }) as HTMLInputElement).checked).toBe(true);
  });

  it('speaks Spanish, reasons and comparison included', () => {
    onResult('es');
    const r = recommend(answers, { locale: 'es' });
    expect(screen.getByRole('heading', { level: 2, name: ui.es.resultTitle })).toBeTruthy();
    expect(screen.getByText(medical.es.treatments[r.overall].name)).toBeTruthy();
    for (const a of r.areas) for (const reason of a.reasons) expect(screen.getByText(reason.text)).toBeTruthy();
    expect(screen.getByText(medical.es.disclaimer)).toBeTruthy();
    expect(detailsNamed(medical.es.comparison.title)).toBeTruthy();
    expect(screen.getByRole('heading', { name: medical.es.comparison.approvalsTitle })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Empezar de nuevo' })).toBeTruthy();
  });
});

describe('the next step on the result', () => {
  it('puts a single-practice site’s card right under the verdict, with no ZIP to enter', async () => {
    const { locations: _all, ...oneLocation } = { ...flawless!, ...flawless!.locations![0]! };
    const q = onResult('en', threeAreas, { practices: [{ ...oneLocation, name: flawless!.name }] });
    const card = (await screen.findByRole('heading', { name: /^Flawless Med Spa/ })).closest('li')!;
    const verdict = screen.getByRole('heading', { level: 3, name: medical.en.treatments.combination.name }).parentElement!;
    expect(verdict.nextElementSibling).toBe(card.closest('section'));
    expect(screen.getByRole('heading', { name: partWords.en.practices.headingOne })).toBeTruthy();
    expect(screen.queryByLabelText(partWords.en.practices.zipLabel)).toBeNull();
    // No bookingUrl: Call is the one filled action, first; Website is an outline button.
    const actions = within(card).getAllByRole('link');
    expect(actions.map((a) => a.className.includes('primary'))).toEqual([true, false]);
    expect(actions[0]!.getAttribute('href')).toBe('tel:5053172563');
    expect(q.container.querySelectorAll('.primary')).toHaveLength(1);
  });

  it('asks a single practice with several locations which one is nearest, below its card', async () => {
    onResult('en', threeAreas, { practices: [flawless] });
    const card = (await screen.findByRole('heading', { name: /^Flawless Med Spa/ })).closest('li')!;
    const zip = screen.getByLabelText(partWords.en.practices.zipLabel);
    // The card (and its call to action) comes first; the search follows it, quietly: the card's
    // action stays the one filled button, and the only practice is not called "Featured".
    expect(card.compareDocumentPosition(zip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(card.closest('section')!.querySelectorAll('.primary')).toHaveLength(1);
    expect(within(card).queryByText(partWords.en.practices.featured)).toBeNull();
  });

  it('labels the booking link with the owner\'s copy.<locale>.practices.book, in Spanish', async () => {
    onResult('es', threeAreas, { practices: [pinon], copy: { es: { practices: { book: 'Pida su cita' } }, en: { practices: { book: 'Never shown' } } } });
    const card = (await screen.findByRole('heading', { name: /^Piñon/ })).closest('li')!;
    const book = within(card).getAllByRole('link')[0]!;
    expect(book.textContent).toMatch(/^Pida su cita /);
    expect(book.getAttribute('href')).toContain('pinon-aesthetics.example.com/book');
    expect(within(card).getByRole('link', { name: new RegExp(`^${partWords.es.practices.call}`) })).toBeTruthy();
  });

  it('makes Book the one filled action when the practice books online', async () => {
    onResult('en', threeAreas, { practices: [pinon] });
    const card = (await screen.findByRole('heading', { name: /^Piñon/ })).closest('li')!;
    const actions = within(card).getAllByRole('link');
    expect(actions.map((a) => a.textContent?.split(' ')[0])).toEqual([partWords.en.practices.book, partWords.en.practices.call, partWords.en.practices.website]);
    expect(actions.map((a) => a.className.includes('primary'))).toEqual([true, false, false]);
  });

  it('puts the ZIP field and "Use my location" right under the verdict when there are many practices', async () => {
    onResult('en', threeAreas, { practices: [flawless, pinon] });
    const zip = await screen.findByLabelText(partWords.en.practices.zipLabel);
    const verdict = screen.getByRole('heading', { level: 3, name: medical.en.treatments.combination.name }).parentElement!;
    expect(verdict.nextElementSibling?.contains(zip)).toBe(true);
  });
});

describe('a not-now result', () => {
  const leads = { leads: { endpoint: 'https://spa.example/leads', privacyUrl: 'https://spa.example/privacy' } };

  it('says what to do instead (the health reason once, then the cautions), and keeps the comparison to learn from', () => {
    onResult('en', notNow, { practices: [pinon], ...leads });
    const r = recommend(notNow);
    expect(r.overall).toBe('not-now');
    expect(screen.getByRole('heading', { level: 3, name: medical.en.treatments['not-now'].name })).toBeTruthy();
    const instead = section(ui.en.notNowTitle);
    expect(within(instead).getByText(medical.en.reasons['safety-pregnancy'])).toBeTruthy();
    expect(screen.getAllByText(medical.en.reasons['safety-pregnancy'])).toHaveLength(1);
    for (const c of r.cautions) expect(within(instead).getByText(c.text)).toBeTruthy();
    expect(detailsNamed(medical.en.comparison.title)).toBeTruthy();
    expect(screen.getByText(r.disclaimer)).toBeTruthy();
  });

  it('offers no practice, booking or call button, and no lead form', async () => {
    const q = onResult('en', notNow, { practices: [pinon], ...leads });
    // Share is lazy too: once it is there, practices and the lead form would be as well.
    await screen.findByText(partWords.en.share.share, { selector: 'summary, button' });
    expect(screen.queryByText(partWords.en.practices.headingOne)).toBeNull();
    expect(screen.queryByText(/Piñon/)).toBeNull();
    expect(q.container.querySelector('a[href^="tel:"], a[href*="/book"], form')).toBeNull();
    expect(q.container.querySelectorAll('.primary')).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: ui.en.resultAreas })).toBeNull();
  });
});

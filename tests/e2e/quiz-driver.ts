import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { areasNeedingAppearance } from '../../src/engine/needs-question';
import { AGE_FLAGS, type AgeBand } from '../../src/engine/safety-questions';
import { recommend } from '../../src/recommend';
import { AREA_IDS, type Answers, type Appearance, type AreaId, type Locale, type Recommendation, type Ruleset, type SafetyFlag } from '../../src/engine/types';

// Drives the quiz the way a screen-reader user does: by roles and accessible names, with the
// names taken from the content modules (never retyped), so a wording change cannot pass
// silently and a missing label fails here. Playwright's role locators pierce open shadow roots.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Name starts with the label: hints may follow it in the same label, so "Chin" must not match a hint that mentions the chin. */
const startsWith = (label: string) => new RegExp(`^\\s*${escape(label)}`);

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/** The rules the demo pages run on: whatever demo/quiz-config.json resolves to. */
export const demoRules: Ruleset = validateConfig(JSON.parse(readFileSync(new URL('../../demo/quiz-config.json', import.meta.url), 'utf8'))).config.rules;

/** What the engine recommends on the demo pages: the expected result, never a retyped string. */
export const expected = (answers: Answers, locale: Locale = 'en'): Recommendation => recommend(answers, { locale, rules: demoRules });

export function quiz(page: Page, locale: Locale = 'en', host = 'treatment-quiz', rules: Ruleset = demoRules) {
  const root = page.locator(host);
  const t = ui[locale];
  const m = medical[locale];
  const heading = (name: string) => root.getByRole('heading', { name, exact: true });
  const button = (name: string) => root.getByRole('button', { name, exact: true });
  const areaGroup = () => root.getByRole('group', { name: t.areasLegend, exact: true });
  const safetyGroup = () => root.getByRole('group', { name: t.safetyLegend, exact: true });

  const api = {
    root,
    t,
    m,
    heading,
    button,
    /** The heading each step shows (and moves focus to). */
    stepHeading: (step: string): Locator =>
      heading(({ intro: t.introTitle, areas: t.areasTitle, appearance: t.appearanceTitle, safety: t.safetyTitle, result: t.resultTitle } as Record<string, string>)[step]!),
    area: (id: AreaId) => areaGroup().getByRole('checkbox', { name: startsWith(m.areas[id].label) }),
    appearanceGroup: (area: AreaId) => root.getByRole('radiogroup', { name: startsWith(m.areas[area].label) }),
    appearance: (area: AreaId, value: Appearance) =>
      api.appearanceGroup(area).getByRole('radio', { name: startsWith((m.appearancesFor[area]?.[value] ?? m.appearances[value]).label) }),
    flag: (flag: SafetyFlag) => safetyGroup().getByRole('checkbox', { name: startsWith(m.flags[flag]) }),
    age: (band: AgeBand) => root.getByRole('group', { name: m.safetyGroups.age, exact: true }).getByRole('radio', { name: m.ages[band], exact: true }),
    none: () => safetyGroup().getByRole('checkbox', { name: startsWith(t.safetyNone) }),

    async start() {
      await button(t.start).click();
      await heading(t.areasTitle).waitFor();
    },
    async chooseAreas(areas: readonly AreaId[]) {
      for (const a of areas) await api.area(a).check();
      await button(t.next).click();
    },
    async answerAppearance(answers: Answers) {
      await heading(t.appearanceTitle).waitFor();
      // On a phone the areas come one at a time, each behind its own Next, in face order.
      for (const area of areasNeedingAppearance(AREA_IDS.filter((a) => answers.areas.includes(a)), rules)) {
        const given = answers.appearance?.[area];
        const value = given && rules.questions[area].includes(given) ? given : 'not-sure';
        const radio = api.appearance(area, value);
        await radio.check();
        if (await heading(t.appearanceTitle).isVisible() && (await root.getByRole('radiogroup').count()) === 1) await button(t.next).click();
      }
      if (await heading(t.appearanceTitle).isVisible()) await button(t.next).click();
    },
    /** Age comes from the age flags given (22 or older without one); the rest are ticked. */
    async answerSafety(flags: readonly SafetyFlag[]) {
      await heading(t.safetyTitle).waitFor();
      const band = (Object.keys(AGE_FLAGS) as AgeBand[]).find((b) => AGE_FLAGS[b] && flags.includes(AGE_FLAGS[b])) ?? '22-or-older';
      await api.age(band).check();
      const ticked = flags.filter((f) => !Object.values(AGE_FLAGS).includes(f));
      if (ticked.length) for (const f of ticked) await api.flag(f).check();
      else await api.none().check();
      await button(t.seeResult).click();
      await heading(t.resultTitle).waitFor();
    },
    /** Intro to result in one go. */
    async complete(answers: Answers) {
      await api.start();
      await api.chooseAreas(answers.areas);
      if (areasNeedingAppearance(answers.areas, rules).length) await api.answerAppearance(answers);
      await api.answerSafety(answers.safety ?? []);
    },
  };
  return api;
}

export interface Focused {
  readonly tag: string;
  readonly role: string | null;
  readonly type: string | null;
  readonly name: string;
  readonly checked: boolean | null;
}

/** The element that really has focus, looking through shadow roots, with a rough accessible name. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const input = el instanceof HTMLInputElement ? el : null;
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled && (el.getRootNode() as Document | ShadowRoot).getElementById?.(labelled);
    const name = (el.getAttribute('aria-label') ?? (byId ? byId.textContent : null) ?? (input?.labels?.[0]?.textContent ?? el.textContent) ?? '').replace(/\s+/g, ' ').trim();
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      type: input?.type ?? null,
      name,
      checked: input && (input.type === 'checkbox' || input.type === 'radio') ? input.checked : null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until focus is on an element matching `want`; fails after `max` presses. */
export async function tabTo(page: Page, want: (f: Focused) => boolean, what: string, { max = 60, back = false } = {}): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && want(f)) return f;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Polls until `ok` holds for what `read` returns (for focus that moves after a render), and returns it. */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout?: number): Promise<T> {
  let last: T | undefined;
  await expect.poll(async () => (last = await read()), { message: `waiting for ${what}`, ...(timeout ? { timeout } : {}) }).toSatisfy(ok);
  return last as T;
}

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

// The real-browser tests' one harness: the browser and the demo server come from scripts/
// (the bench uses the same two; scripts never import tests), the page watchers are here.
export { executablePath, launchBrowser, type LaunchOptions } from '../../scripts/lib/browser';
export { startServer as serve, STRICT_CSP, type RunningServer, type ServerOptions } from '../../scripts/serve';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = join(HERE, 'screenshots');

/** Console errors, page errors and CSP violations a page produced, for assertions. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core on the whole page, including inside open shadow roots (axe pierces them),
 * and returns the violations. Injected through CDP-free evaluate so strict-CSP pages work too.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/**
 * Saves a PNG into tests/e2e/screenshots/ (git-ignored): the full page, or only `element`
 * (e.g. the widget) when given, which keeps step-by-step pictures small enough to look at.
 */
export async function screenshot(page: Page, name: string, element?: Locator): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if (element) await element.screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/**
 * Content-Security-Policy violations a page reports, as they happen: `securitypolicyviolation`
 * events (from an init script, so the first ones are caught too) and console messages that
 * mention the policy. Call before `page.goto`. Uses a CDP binding, which the page's CSP cannot
 * block.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__tqReportCsp', (line: string) => void seen.push(line));
  await page.addInitScript(() => {
    const report = (window as unknown as { __tqReportCsp: (line: string) => void }).__tqReportCsp;
    document.addEventListener('securitypolicyviolation', (e) => {
      report(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) seen.push(`console ${m.type()}: ${m.text()}`);
  });
  return seen;
}

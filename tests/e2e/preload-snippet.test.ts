import { describe, expect, it } from 'vitest';
import { watchProblems } from './harness';
import { browserAndServer } from './suite';
import { quiz } from './quiz-driver';

// The README's second embed snippet (demo/preload.html): the classic script tag plus
// <link rel="modulepreload" href=".../widget/quiz.js">. The hint must name a file that exists
// under that unhashed name in every build and be the very download the loader then uses: one
// request for quiz.js, made by the hint, and one working quiz.

const suite = browserAndServer();

describe('the modulepreload snippet', () => {
  it('downloads widget/quiz.js and the words once, through the hints, and shows one working quiz', async () => {
    const context = await suite.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems = watchProblems(page);
    // Who asked for each file, as Chromium records it: the HTML parser, or a script.
    const requested: { path: string; by: string }[] = [];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => requested.push({ path: new URL(e.request.url).pathname, by: e.initiator.type }));
    await page.goto(`${suite.server.url}/demo/preload.html`);
    const q = quiz(page, 'en');
    await q.stepHeading('intro').waitFor();
    await q.button(q.t.start).click();
    await q.stepHeading('areas').waitFor();

    // Once, and by the parser (the hint in the HTML), not found later by the loader (a script).
    for (const file of ['quiz.js', 'words-en.js']) expect(requested.filter((r) => r.path === `/dist/widget/${file}`)).toEqual([{ path: `/dist/widget/${file}`, by: 'parser' }]);
    expect(await page.locator('treatment-quiz').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

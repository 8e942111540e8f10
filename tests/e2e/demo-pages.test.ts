import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './harness';
import type { RunningServer } from '../../scripts/serve';

// The demo pages as files: nothing inline (so each one would also run under the strict CSP),
// the widget embedded the way a customer would, and no dead local links. No browser needed.

const DEMO = new URL('../../demo/', import.meta.url);
const pages = readdirSync(DEMO).filter((f) => f.endsWith('.html')).sort();
const html = (f: string) => readFileSync(new URL(f, DEMO), 'utf8');

let server: RunningServer;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.close();
});

describe('the demo pages', () => {
  it.each(pages)('%s has no inline style, inline script or event-handler attribute', (f) => {
    const text = html(f);
    expect(text).not.toMatch(/<style[\s>]/i);
    expect(text).not.toMatch(/\sstyle\s*=/i);
    expect(text).not.toMatch(/\son[a-z]+\s*=/i);
    // Every <script> has a src (JSON config blocks are data, not script, and CSP ignores them).
    for (const tag of text.match(/<script\b[^>]*>/gi) ?? []) {
      if (!/type\s*=\s*"application\/json"/i.test(tag)) expect(tag).toMatch(/\ssrc\s*=/i);
    }
  });

  it.each(['index.html', 'es.html', 'csp.html', 'site-builder.html'])('%s embeds the built widget with one async script tag', (f) => {
    const text = html(f);
    expect(text.match(/<script\b[^>]*>/gi)).toEqual(['<script src="/dist/treatment-quiz.js" async>']);
    expect(text).toMatch(/<treatment-quiz\b[^>]*config="\/demo\/quiz-config\.json"|<div data-treatment-quiz\b[^>]*data-config="\/demo\/quiz-config\.json"/);
  });

  it('links only to local pages and files that exist', async () => {
    const dead: string[] = [];
    for (const f of pages) {
      for (const [, url] of html(f).matchAll(/\s(?:href|src)="(\/[^"#]*)/g)) {
        const res = await fetch(`${server.url}${url}`, { method: 'HEAD' });
        if (res.status !== 200) dead.push(`${f}: ${url} (${res.status})`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('lists every demo page, the lead inbox and the site kit on /demo/pages, linked from the demo site', async () => {
    const all = (dir: URL, at = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(new URL(`${e.name}/`, dir), `${at}${e.name}/`) : e.name.endsWith('.html') ? [`${at}${e.name}`] : []));
    const res = await fetch(`${server.url}/demo/pages`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const list = await res.text();
    const links = [...list.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const f of all(DEMO)) expect(links).toContain(`/demo/${f}`);
    expect(links).toEqual(expect.arrayContaining(['/demo/inbox', '/treatment-quiz/README.html?tq-debug', '/demo/stacks/gtm.html', '/demo/builder.html']));
    for (const link of links) expect((await fetch(`${server.url}${link}`, { method: 'HEAD' })).status, link).toBe(200);
    expect(html('index.html')).toContain('<a href="/demo/pages">All demo pages</a>');
    // Titles and descriptions as the pages say them: escaped once, not twice.
    expect(list).toContain('The quiz with the opt-in &quot;send me my result&quot; form');
  });
});

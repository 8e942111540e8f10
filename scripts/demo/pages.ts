import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeHtml, page } from './html';

// Every demo page, found on disk (a new page shows up without an edit), for the list at
// /demo/pages and for `npm start`'s console.

export interface DemoPage {
  /** Address on the demo server, e.g. /demo/stacks/wix.html. */
  readonly path: string;
  readonly title: string;
  /** The page's <meta name="description">, when it has one. */
  readonly description: string;
}

/** Pages the server makes itself, or that the build writes: not files under demo/. */
const GENERATED: readonly DemoPage[] = [
  { path: '/demo/inbox', title: 'Lead inbox (demo)', description: 'The leads sent from the lead-form demo, newest first; kept in memory until the server stops.' },
  {
    path: '/treatment-quiz/README.html?tq-debug',
    title: 'Site kit: README and check page',
    description: 'The folder a site owner uploads (dist/treatment-quiz-site-<version>.zip), as if uploaded to /treatment-quiz/.',
  },
];

// The few entities these pages use, so the text is escaped once, not twice, on the way out.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const meta = (html: string, re: RegExp) => (re.exec(html)?.[1]?.trim() ?? '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

export function demoPages(root: string): DemoPage[] {
  const demo = join(root, 'demo');
  const found: DemoPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const html = readFileSync(file, 'utf8');
        found.push({
          path: `/demo/${relative(demo, file).split('\\').join('/')}`,
          title: meta(html, /<title>([^<]*)<\/title>/),
          description: meta(html, /<meta name="description" content="([^"]*)"/),
        });
      }
    }
  };
  walk(demo);
  // The site's home page first, then the other top-level pages, then the site-builder stacks.
  const depth = (p: DemoPage) => (p.path === '/demo/index.html' ? 0 : p.path.split('/').length);
  return [...found.sort((a, b) => depth(a) - depth(b)), ...GENERATED];
}

/** The /demo/pages page: one link per demo page, with what it shows. */
export function demoPagesHtml(root: string): string {
  const items = demoPages(root)
    .map(
      (p) =>
        `      <li><a href="${escapeHtml(p.path)}">${escapeHtml(p.title || p.path)}</a> <code>${escapeHtml(p.path)}</code>${p.description ? `<br>${escapeHtml(p.description)}` : ''}</li>`,
    )
    .join('\n');
  return page(
    'All demo pages · treatment-quiz',
    `    <h1>All demo pages</h1>
    <p>Every page the demo server (<code>npm start</code>) serves, for trying the quiz the way site owners and their visitors meet it.</p>
    <ul class="demo-pages">
${items}
    </ul>`,
  );
}

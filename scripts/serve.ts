import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInbox } from './demo/inbox';
import { demoPages, demoPagesHtml } from './demo/pages';

// A small static server for the demo site and the real-browser tests: serves the repo's
// demo/ and dist/ exactly as a CDN + customer site would, and sends a strict CSP header on
// pages named *csp*.html so the widget is proven to run without 'unsafe-inline'. Also: the site
// kit's folder at /treatment-quiz/ (as an owner would upload it), a list of every demo page at
// /demo/pages, and a lead inbox at /demo/inbox for the lead-form demo.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

export interface ServerOptions {
  readonly port?: number;
  readonly root?: string;
  /** Extra route handlers tried first (tests use them for slow or failing endpoints). */
  readonly routes?: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>>;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const root = options.root ?? ROOT;
  const inbox = createInbox();
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    const route = options.routes?.[path];
    if (route) return route(req, res);
    // The server's own pages show text from elsewhere (page titles, leads): under the strict CSP.
    if (path === '/demo/inbox') return inbox(req, res, { 'content-security-policy': STRICT_CSP });
    if (path === '/demo/pages') {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store', 'content-security-policy': STRICT_CSP }).end(demoPagesHtml(root));
      return;
    }
    // The kit's folder (npm run build writes it), where the builder's default snippet points.
    const served = path.startsWith('/treatment-quiz/') ? `/dist/site${path}` : path;
    const rel = served === '/' ? '/demo/index.html' : served.endsWith('/') ? `${served}index.html` : served;
    const file = normalize(join(root, rel));
    // Inside the repo only, and never dot-files (.git, .env): the demo is shared on a LAN sometimes.
    if (!file.startsWith(root + '/') || file.slice(root.length).split('/').some((seg) => seg.startsWith('.'))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    };
    if (/csp[^/]*\.html$/.test(file)) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  startServer({ port }).then(
    (s) => {
      console.log(`Demo med-spa site: ${s.url}/`);
      console.log(`All demo pages:    ${s.url}/demo/pages`);
      // Every demo page, by its <title>, so a new page shows up here without an edit.
      for (const p of demoPages(ROOT)) {
        const csp = /csp[^/]*\.html$/.test(p.path) ? ' [strict CSP header]' : '';
        console.log(`  ${`${s.url}${p.path}`.padEnd(s.url.length + 38)} ${p.title}${csp}`);
      }
      console.log('Press Ctrl+C to stop.');
    },
    (e: NodeJS.ErrnoException) => {
      console.error(e.code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server or run with PORT=<another port>.` : `Could not start the demo server: ${e.message}`);
      process.exit(1);
    },
  );
}

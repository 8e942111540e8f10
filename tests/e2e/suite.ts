import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serve, type LaunchOptions, type RunningServer, type ServerOptions } from './harness';

export interface Suite {
  readonly browser: Browser;
  readonly server: RunningServer;
}

/** One browser and one demo server for a test file: started before its tests, closed after. */
export function browserAndServer(options: ServerOptions = {}, launch: LaunchOptions = {}): Suite {
  const open: { browser?: Browser; server?: RunningServer } = {};
  beforeAll(async () => {
    [open.browser, open.server] = await Promise.all([launchBrowser(launch), serve(options)]);
  });
  afterAll(async () => {
    await open.browser?.close();
    await open.server?.close();
  });
  const started = <T>(x: T | undefined): T => {
    if (!x) throw new Error('the browser and server start in beforeAll: use them inside tests and hooks');
    return x;
  };
  return {
    get browser() {
      return started(open.browser);
    },
    get server() {
      return started(open.server);
    },
  };
}

/** A server route answering a host page that loads the widget the way a customer's site does. */
export const hostPage =
  (title: string, body: string, head = '') =>
  (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<script src="/dist/treatment-quiz.js" async></script>${head}</head><body>${body}</body></html>`);
  };

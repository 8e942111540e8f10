import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer, ServerOptions } from '../../scripts/serve';
import { launchBrowser, serve } from './harness';

export interface Suite {
  readonly browser: Browser;
  readonly server: RunningServer;
}

/** One browser and one demo server for a test file: started before its tests, closed after. */
export function browserAndServer(options: ServerOptions = {}): Suite {
  const open: { browser?: Browser; server?: RunningServer } = {};
  beforeAll(async () => {
    [open.browser, open.server] = await Promise.all([launchBrowser(), serve(options)]);
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

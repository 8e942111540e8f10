import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recommend } from '../../src/recommend';
import { SAFETY_FLAGS } from '../../src/engine/types';
import { buildLead, type Lead } from '../../src/leads/lead';
import { backoff, createLeadQueue } from '../../src/leads/queue';
import { MAX_AGE_MS, STORAGE_KEY, loadPending, type LeadStorage } from '../../src/leads/store';

// A real HTTP endpoint on 127.0.0.1 that answers each POST the way the test scripts it.
type Behaviour = 'fail' | 'hang' | 'ok' | 'reject' | 'redirect';
interface Endpoint {
  url: string;
  received: Lead[];
  script: Behaviour[];
  close(): Promise<void>;
}

const open: Endpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

async function endpoint(script: Behaviour[], then: Behaviour = 'ok'): Promise<Endpoint> {
  const e = { received: [] as Lead[], script } as Endpoint;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      // Where a misconfigured endpoint sends the visitor: a login page that answers 200.
      if (req.url === '/login') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<form>Sign in</form>');
      e.received.push(JSON.parse(body) as Lead);
      const behaviour = e.script.shift() ?? then;
      if (behaviour === 'hang') return; // never answers: the client must time out
      if (behaviour === 'redirect') return void res.writeHead(302, { location: '/login' }).end();
      const status = { fail: 500, ok: 201, reject: 400 }[behaviour];
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  e.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/leads`;
  e.close = () => new Promise<void>((r) => {
    server.closeAllConnections();
    server.close(() => r());
  });
  open.push(e);
  return e;
}

/** The localStorage of one browser profile: survives "closing the tab" (a new queue). */
function storage(): LeadStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, String(v)), removeItem: (k) => void data.delete(k) };
}

const recommendation = recommend({ areas: ['crows-feet', 'temples'], appearance: { 'crows-feet': 'with-expression' }, safety: ['neuromuscular-condition'] });
const lead = () => buildLead({ name: 'Ana', contact: 'ana@example.com', consent: true, recommendation, locale: 'en', page: 'https://spa.example/' })!;
// Short retry delays; a time limit no answer from 127.0.0.1 reaches, however busy the machine
// (a 300 ms one failed "delivers at once" under load).
const fast = { timeoutMs: 60_000, baseDelayMs: 5, maxDelayMs: 40 };

async function waitFor(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setImmediate(r));
}

describe('lead queue against a real HTTP server', () => {
  it('delivers at once when the endpoint answers', async () => {
    const server = await endpoint([]);
    const store = storage();
    const q = createLeadQueue({ endpoint: server.url, storage: store, ...fast });
    const l = lead();
    expect(await q.send(l)).toBe('sent');
    expect(q.status(l.id)).toBe('sent');
    expect(server.received).toEqual([l]);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('delivers after a 500 and a timeout, sending the same lead each time', async () => {
    const server = await endpoint(['fail', 'hang', 'ok']);
    const store = storage();
    // Only the hung (second) request gets the queue's abort signal, with a 300 ms limit: it times
    // out on the queue's own clock, and the others cannot, however long a busy machine takes.
    let calls = 0;
    const onlyHungTimesOut: typeof fetch = (url, init) => fetch(url, ++calls === 2 ? init : { ...init, signal: null });
    const q = createLeadQueue({ endpoint: server.url, storage: store, ...fast, timeoutMs: 300, fetch: onlyHungTimesOut });
    const l = lead();
    expect(await q.send(l)).toBe('queued'); // the first try got a 500: stored, retrying behind
    expect(loadPending(store).map((p) => p.lead)).toEqual([l]);
    const started = Date.now();
    expect(await q.flush()).toEqual({ sent: 1, rejected: 0, waiting: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300); // waited out the hung request
    expect(q.status(l.id)).toBe('sent');
    expect(server.received).toHaveLength(3);
    expect(server.received.every((r) => r.id === l.id)).toBe(true);
    expect(server.received[2]).toEqual(l);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
    expect(q.pending()).toEqual([]);
  });

  it('posts JSON without safety answers', async () => {
    const server = await endpoint([]);
    await createLeadQueue({ endpoint: server.url, storage: storage(), ...fast }).send(lead());
    const body = JSON.stringify(server.received[0]);
    expect(Object.keys(server.received[0]!).sort()).toEqual(['consent', 'email', 'id', 'locale', 'name', 'page', 'recommendation']);
    for (const flag of SAFETY_FLAGS) expect(body).not.toContain(flag);
  });

  it('keeps a lead the endpoint never took, and delivers it on the next page load', async () => {
    const server = await endpoint([], 'fail');
    const store = storage();
    const l = lead();
    const q = createLeadQueue({ endpoint: server.url, storage: store, ...fast, attempts: 3 });
    expect(await q.send(l)).toBe('queued');
    expect(await q.flush()).toEqual({ sent: 0, rejected: 0, waiting: 1 });
    expect(server.received).toHaveLength(3); // bounded: no endless retrying
    expect(loadPending(store).map((p) => p.lead)).toEqual([l]);

    server.script.push('ok'); // the endpoint recovers; the visitor comes back another day
    const nextLoad = createLeadQueue({ endpoint: server.url, storage: store, ...fast });
    expect(nextLoad.pending()).toHaveLength(1);
    expect(await nextLoad.flush()).toEqual({ sent: 1, rejected: 0, waiting: 0 });
    expect(server.received.at(-1)).toEqual(l);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('keeps the lead when the server is unreachable', async () => {
    const server = await endpoint([]);
    const url = server.url;
    await server.close();
    const store = storage();
    const q = createLeadQueue({ endpoint: url, storage: store, ...fast, attempts: 2 });
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // refused connections look "blind" too
    expect(await q.send(lead())).toBe('queued');
    await q.flush();
    expect(loadPending(store)).toHaveLength(1);
    vi.restoreAllMocks();
  });

  it('drops a lead the endpoint refuses with a 4xx, without retrying', async () => {
    const server = await endpoint(['reject']);
    const store = storage();
    expect(await createLeadQueue({ endpoint: server.url, storage: store, ...fast }).send(lead())).toBe('rejected');
    expect(server.received).toHaveLength(1);
    expect(loadPending(store)).toEqual([]);
  });

  it('does not count a redirect to a login page as sent: the lead stays and is tried again', async () => {
    const server = await endpoint(['redirect', 'redirect'], 'redirect');
    const store = storage();
    const l = lead();
    const q = createLeadQueue({ endpoint: server.url, storage: store, ...fast, attempts: 2 });
    expect(await q.send(l)).toBe('queued');
    expect(await q.flush()).toEqual({ sent: 0, rejected: 0, waiting: 1 });
    expect(loadPending(store).map((p) => p.lead)).toEqual([l]);
    expect(q.status(l.id)).toBe('queued');
  });

  it('stops on stop(): no retry and no request in flight, the lead kept for the next page load', async () => {
    const server = await endpoint([], 'hang');
    const store = storage();
    const q = createLeadQueue({ endpoint: server.url, storage: store, timeoutMs: 60_000, baseDelayMs: 5 });
    const sending = q.send(lead());
    await waitFor(() => server.received.length === 1);
    q.stop();
    expect(await sending).toBe('queued'); // the hung request was aborted, not waited out
    expect(await q.flush()).toEqual({ sent: 0, rejected: 0, waiting: 1 });
    expect(server.received).toHaveLength(1);
    expect(loadPending(store)).toHaveLength(1);
  });

  it('posts proper JSON lists on a page whose Array.prototype.toJSON was replaced (Prototype.js)', async () => {
    const server = await endpoint([]);
    const store = storage();
    const l = lead();
    const proto = Array.prototype as { toJSON?: () => string };
    proto.toJSON = function (this: unknown[]) {
      return `[${this.map(String).join(', ')}]`; // what Prototype.js does: a list becomes text
    };
    try {
      expect(await createLeadQueue({ endpoint: server.url, storage: store, ...fast }).send(l)).toBe('sent');
      expect(server.received[0]!.recommendation.areas).toEqual(l.recommendation.areas);
      expect(Array.isArray(server.received[0]!.recommendation.areas)).toBe(true);
      // The store keeps a readable list too (a lead that must wait survives the pollution).
      const waiting = createLeadQueue({ endpoint: 'https://gone.example/leads', storage: store, ...fast, attempts: 1, fetch: () => Promise.reject(new Error('offline')) });
      await waiting.send(l);
      expect(loadPending(store).map((p) => p.lead)).toEqual([l]);
      expect(proto.toJSON).toBeTypeOf('function'); // the page's own addition is left in place
    } finally {
      delete proto.toJSON;
    }
  });

  it('leaves leads for another endpoint alone', async () => {
    const a = await endpoint([], 'fail');
    const b = await endpoint([]);
    const store = storage();
    expect(await createLeadQueue({ endpoint: a.url, storage: store, ...fast, attempts: 1 }).send(lead())).toBe('queued');
    expect(await createLeadQueue({ endpoint: b.url, storage: store, ...fast }).flush()).toEqual({ sent: 0, rejected: 0, waiting: 0 });
    expect(b.received).toHaveLength(0);
    expect(loadPending(store)).toHaveLength(1);
  });
});

describe('lead storage', () => {
  it('forgets leads older than a week and survives corrupt data', () => {
    const store = storage();
    const old = { endpoint: 'https://x/leads', lead: lead(), at: Date.now() - MAX_AGE_MS - 1 };
    const fresh = { endpoint: 'https://x/leads', lead: lead(), at: Date.now() };
    store.setItem(STORAGE_KEY, JSON.stringify([old, fresh, { junk: true }, null]));
    expect(loadPending(store).map((p) => p.lead.id)).toEqual([fresh.lead.id]);
    store.setItem(STORAGE_KEY, '{not json');
    expect(loadPending(store)).toEqual([]);
  });

  it('deletes leads older than a week from the store when it is read, not only on the next write', () => {
    const store = storage();
    const old = { endpoint: 'https://x/leads', lead: lead(), at: Date.now() - MAX_AGE_MS - 1 };
    const ahead = { endpoint: 'https://x/leads', lead: lead(), at: Date.now() + MAX_AGE_MS + 1 }; // a clock far off
    const fresh = { endpoint: 'https://x/leads', lead: lead(), at: Date.now() };
    store.setItem(STORAGE_KEY, JSON.stringify([old, ahead, fresh]));
    expect(loadPending(store)).toHaveLength(1);
    expect((JSON.parse(store.data.get(STORAGE_KEY)!) as { lead: Lead }[]).map((p) => p.lead.id)).toEqual([fresh.lead.id]);
    // At start-up: a page whose only lead expired keeps nothing personal.
    store.setItem(STORAGE_KEY, JSON.stringify([old]));
    expect(createLeadQueue({ endpoint: 'https://x/leads', storage: store }).pending()).toEqual([]);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('says "unsaved", never "queued", when storage refuses the lead, and keeps trying while the page is open', async () => {
    const server = await endpoint(['fail', 'fail', 'fail', 'fail']);
    const full: LeadStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const l = lead();
    const q = createLeadQueue({ endpoint: server.url, storage: full, ...fast, attempts: 2 });
    expect(await q.send(l)).toBe('unsaved');
    expect(q.status(l.id)).toBe('unsaved');
    // Past its 2 attempts a saved lead would wait for the next page load; this one has none.
    expect(await q.flush()).toEqual({ sent: 1, rejected: 0, waiting: 0 });
    expect(server.received).toHaveLength(5);
    expect(q.status(l.id)).toBe('sent');
  });

  it('still tries to deliver when storage throws', async () => {
    const server = await endpoint([]);
    const broken: LeadStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    expect(await createLeadQueue({ endpoint: server.url, storage: broken, ...fast }).send(lead())).toBe('sent');
    expect(server.received).toHaveLength(1);
  });
});

describe('an endpoint that stores leads but sends no CORS headers', () => {
  // The browser hides its answer: fetch throws a TypeError although the POST arrived.
  function blindEndpoint() {
    const posts: string[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      posts.push(init.body as string);
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    return { posts, fetch };
  }

  it('posts two copies on the first page load and none on a reload soon after, then tries hourly at most', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { posts, fetch } = blindEndpoint();
      const store = storage();
      const url = 'https://leads.example/api';
      const first = createLeadQueue({ endpoint: url, storage: store, fetch, ...fast });
      expect(await first.send(lead())).toBe('queued');
      await first.flush();
      expect(posts).toHaveLength(2);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain('CORS');

      const reload = createLeadQueue({ endpoint: url, storage: store, fetch, ...fast });
      expect(await reload.flush()).toEqual({ sent: 0, rejected: 0, waiting: 1 });
      expect(posts).toHaveLength(2);

      // An hour later (the visitor comes back): one more try, then an even longer wait.
      const [waiting] = loadPending(store);
      store.setItem(STORAGE_KEY, JSON.stringify([{ ...waiting, blindAt: Date.now() - 60 * 60 * 1000 }]));
      await createLeadQueue({ endpoint: url, storage: store, fetch, ...fast }).flush();
      expect(posts).toHaveLength(3);
      await createLeadQueue({ endpoint: url, storage: store, fetch, ...fast }).flush();
      expect(posts).toHaveLength(3);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('a lead the browser would not store, to a "blind" endpoint', () => {
  it('is tried again at the blind pace while the page is open, not given up', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      let posts = 0;
      const fetch = (async () => {
        if (++posts < 3) throw new TypeError('Failed to fetch');
        return new Response('{}', { status: 201 });
      }) as unknown as typeof globalThis.fetch;
      const full: LeadStorage = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); }, removeItem: () => {} };
      const q = createLeadQueue({ endpoint: 'https://leads.example/api', storage: full, fetch, ...fast, blindDelayMs: 30 });
      expect(await q.send(lead())).toBe('unsaved');
      expect(await q.flush()).toEqual({ sent: 1, rejected: 0, waiting: 0 });
      expect(posts).toBe(3);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('backoff', () => {
  it('doubles and is capped', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoff(n, 1000, 16_000))).toEqual([1000, 2000, 4000, 8000, 16_000, 16_000]);
  });
});

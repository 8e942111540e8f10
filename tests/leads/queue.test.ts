import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend';
import { SAFETY_FLAGS } from '../../src/engine/types';
import { buildLead, type Lead } from '../../src/leads/lead';
import { backoff, createLeadQueue } from '../../src/leads/queue';
import { MAX_AGE_MS, STORAGE_KEY, loadPending, type LeadStorage } from '../../src/leads/store';

// A real HTTP endpoint on 127.0.0.1 that answers each POST the way the test scripts it.
type Behaviour = 'fail' | 'hang' | 'ok' | 'reject';
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
      e.received.push(JSON.parse(body) as Lead);
      const behaviour = e.script.shift() ?? then;
      if (behaviour === 'hang') return; // never answers: the client must time out
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
    expect(await q.send(lead())).toBe('queued');
    await q.flush();
    expect(loadPending(store)).toHaveLength(1);
  });

  it('drops a lead the endpoint refuses with a 4xx, without retrying', async () => {
    const server = await endpoint(['reject']);
    const store = storage();
    expect(await createLeadQueue({ endpoint: server.url, storage: store, ...fast }).send(lead())).toBe('rejected');
    expect(server.received).toHaveLength(1);
    expect(loadPending(store)).toEqual([]);
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

describe('backoff', () => {
  it('doubles and is capped', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoff(n, 1000, 16_000))).toEqual([1000, 2000, 4000, 8000, 16_000, 16_000]);
  });
});

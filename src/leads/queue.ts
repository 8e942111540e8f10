import { stringify } from '../guard/stringify';
import type { Lead } from './lead';
import type { LeadStatus } from './status';
import { browserStorage, fresh, loadPending, savePending, type LeadStorage, type Pending } from './store';

export interface LeadQueueOptions {
  /** The owner's endpoint, resolved to an absolute URL. */
  readonly endpoint: string;
  /** Defaults to localStorage (in memory when the browser refuses it). */
  readonly storage?: LeadStorage;
  readonly fetch?: typeof fetch;
  /** Per request; a hung endpoint counts as a failure after this long. */
  readonly timeoutMs?: number;
  /** Tries per flush before a saved lead waits for the next page load (or the next `online`). */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** The first wait once an endpoint looks "blind" (below); it doubles up to a day. */
  readonly blindDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface FlushResult {
  readonly sent: number;
  readonly rejected: number;
  readonly waiting: number;
}

export interface LeadQueue {
  /**
   * Stores the lead first, then tries once. "queued" (or "unsaved") means that try failed: a
   * background flush keeps trying with backoff (await flush() to follow it).
   */
  send(lead: Lead): Promise<LeadStatus>;
  /** Delivers every waiting lead for this endpoint, with bounded exponential backoff. */
  flush(): Promise<FlushResult>;
  /** Where a lead sent through this queue is now. */
  status(id: string): LeadStatus;
  /** Leads still waiting for this endpoint. */
  pending(): Pending[];
  /** Stops for good: the request in flight and every retry. Saved leads wait for the next page load. */
  stop(): void;
}

// "blind": fetch threw a TypeError while the browser says it is online and before our timeout.
// That is a dropped connection, or an endpoint that stored the lead but answered without CORS
// headers, so the browser hid the answer. The two look the same from here, so after two such
// tries a lead waits an hour (then 2, 4, … up to 24) instead of posting a copy per try.
type Outcome = 'sent' | 'retry' | 'blind' | 'rejected';

const BLIND_TRIES = 2;
const DAY = 24 * 60 * 60 * 1000;

/** Exponential backoff: base, 2×base, 4×base, … capped at max. */
export const backoff = (attempt: number, base: number, max: number): number => Math.min(max, base * 2 ** attempt);

// Leads the browser would not let us store, per storage, for the page's life (so a quiz
// re-rendered on the page still has them). While a list is here it is the whole truth: the
// storage missed its latest change. Every write tries the storage again.
const unsaved = new WeakMap<object, Pending[]>();
const NO_STORAGE = {};

export function createLeadQueue(options: LeadQueueOptions): LeadQueue {
  const { endpoint, timeoutMs = 10_000, attempts = 4, baseDelayMs = 1_000, maxDelayMs = 16_000, blindDelayMs = DAY / 24 } = options;
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const storage = options.storage ?? browserStorage();
  const slot: object = storage ?? NO_STORAGE;
  const rejected = new Set<string>();
  const stopped = new AbortController();
  let running: Promise<FlushResult> | undefined;
  let warned = false;

  const all = () => fresh(unsaved.get(slot) ?? loadPending(storage));
  const mine = () => all().filter((p) => p.endpoint === endpoint);
  const saved = () => !unsaved.has(slot);
  // Read-modify-write on every change: another tab may have queued or delivered meanwhile.
  const write = (change: (list: Pending[]) => Pending[]) => {
    const next = change(all());
    if (savePending(storage, next)) unsaved.delete(slot);
    else unsaved.set(slot, next);
  };
  const remove = (id: string) => write((list) => list.filter((p) => p.lead.id !== id));
  const due = (p: Pending, now: number) => (p.blind ?? 0) < BLIND_TRIES || now - (p.blindAt ?? 0) >= backoff(p.blind! - BLIND_TRIES, blindDelayMs, DAY);

  /** Resolves after `ms`, or at once when the queue is stopped (leaving no timer behind). */
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stopped.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = options.sleep ? undefined : setTimeout(done, ms);
      if (options.sleep) void options.sleep(ms).then(done);
      stopped.signal.addEventListener('abort', done);
    });

  async function post(lead: Lead): Promise<Outcome> {
    const abort = new AbortController();
    const cancel = () => abort.abort();
    const timer = setTimeout(cancel, timeoutMs);
    stopped.signal.addEventListener('abort', cancel);
    try {
      const res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stringify(lead),
        credentials: 'omit',
        // Only the endpoint's own 2xx counts: a redirect (often to a login page) stored nothing.
        // Browsers show a redirect not followed as status 0 ("opaqueredirect").
        redirect: 'manual',
        signal: abort.signal,
      });
      if (res.ok && !res.redirected) return 'sent';
      // The endpoint refused this lead for good (bad request, gone…): retrying cannot help.
      return res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429 ? 'rejected' : 'retry';
    } catch (e) {
      return e instanceof TypeError && !abort.signal.aborted && (typeof navigator == 'undefined' || navigator.onLine) ? 'blind' : 'retry';
    } finally {
      clearTimeout(timer);
      stopped.signal.removeEventListener('abort', cancel);
    }
  }

  /** One try for one lead; a delivered or refused lead leaves the store. */
  async function attempt(lead: Lead): Promise<Outcome> {
    const outcome = await post(lead);
    if (stopped.signal.aborted) return 'retry'; // cut off by stop(): nothing learned
    if (outcome === 'sent' || outcome === 'rejected') remove(lead.id);
    if (outcome === 'rejected') rejected.add(lead.id);
    if (outcome === 'blind') {
      let blind = 0;
      write((list) => list.map((p) => (p.lead.id === lead.id ? { ...p, blind: (blind = (p.blind ?? 0) + 1), blindAt: Date.now() } : p)));
      if (blind >= BLIND_TRIES && !warned) {
        warned = true;
        console.warn(`treatment-quiz: ${endpoint} failed twice with a network error. If it stored the lead, its answer lacks CORS headers; retrying hourly at most.`);
      }
    }
    return outcome;
  }

  /** Tries `from` onwards, waiting backoff(n - 1) before try n (so a first try is immediate). */
  async function run(from: number): Promise<FlushResult> {
    let sent = 0;
    let refused = 0;
    for (let n = from; !stopped.signal.aborted; n++) {
      // A saved lead waits for the next page load; an unsaved one has none, so it keeps going.
      if (n >= attempts && saved()) break;
      if (n) await wait(backoff(n - 1, baseDelayMs, maxDelayMs));
      const now = Date.now();
      const waiting = stopped.signal.aborted ? [] : mine();
      const ready = waiting.filter((p) => due(p, now));
      // An unsaved lead that must wait (a "blind" endpoint) is looked at again at each backoff.
      if (!waiting.length || (!ready.length && saved())) break;
      for (const { lead } of ready) {
        const outcome = await attempt(lead);
        if (outcome === 'sent') sent++;
        if (outcome === 'rejected') refused++;
      }
    }
    return { sent, rejected: refused, waiting: mine().length };
  }

  const start = (from: number): Promise<FlushResult> => (running ??= run(from).finally(() => (running = undefined)));
  const status = (id: string): LeadStatus =>
    rejected.has(id) ? 'rejected' : mine().some((p) => p.lead.id === id) ? (saved() ? 'queued' : 'unsaved') : 'sent';

  return {
    async send(lead) {
      write((list) => [...list.filter((p) => p.lead.id !== lead.id), { endpoint, lead, at: Date.now() }]);
      // A flush already running picks the new lead up in its next round.
      if (running || stopped.signal.aborted) return status(lead.id);
      const outcome = await attempt(lead);
      if (outcome === 'retry' || outcome === 'blind') void start(1);
      return status(lead.id);
    },
    flush: () => start(0),
    status,
    pending: mine,
    stop: () => stopped.abort(),
  };
}

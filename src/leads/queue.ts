import type { Lead } from './lead';
import { browserStorage, loadPending, savePending, type LeadStorage, type Pending } from './store';

export type DeliveryStatus = 'sent' | 'queued' | 'rejected';

export interface LeadQueueOptions {
  /** The owner's endpoint, resolved to an absolute URL. */
  readonly endpoint: string;
  /** Defaults to localStorage (in memory when the browser refuses it). */
  readonly storage?: LeadStorage;
  readonly fetch?: typeof fetch;
  /** Per request; a hung endpoint counts as a failure after this long. */
  readonly timeoutMs?: number;
  /** Tries per flush before the lead waits for the next page load (or the next `online`). */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface FlushResult {
  readonly sent: number;
  readonly rejected: number;
  readonly waiting: number;
}

export interface LeadQueue {
  /**
   * Stores the lead first, then tries once. "queued" means that try failed: the lead stays
   * stored and a background flush keeps trying with backoff (await flush() to follow it).
   */
  send(lead: Lead): Promise<DeliveryStatus>;
  /** Delivers every waiting lead for this endpoint, with bounded exponential backoff. */
  flush(): Promise<FlushResult>;
  /** Where a lead sent through this queue is now. */
  status(id: string): DeliveryStatus;
  /** Leads still waiting for this endpoint. */
  pending(): Pending[];
}

type Outcome = 'sent' | 'retry' | 'rejected';

/** Exponential backoff: base, 2×base, 4×base, … capped at max. */
export const backoff = (attempt: number, base: number, max: number): number => Math.min(max, base * 2 ** attempt);

function memoryStorage(): LeadStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

export function createLeadQueue(options: LeadQueueOptions): LeadQueue {
  const { endpoint, timeoutMs = 10_000, attempts = 4, baseDelayMs = 1_000, maxDelayMs = 16_000 } = options;
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let storage = options.storage ?? browserStorage() ?? memoryStorage();
  const rejected = new Set<string>();
  let running: Promise<FlushResult> | undefined;

  const all = () => loadPending(storage);
  const mine = () => all().filter((p) => p.endpoint === endpoint);
  // Read-modify-write on every change: another tab may have queued or delivered meanwhile.
  const write = (change: (list: Pending[]) => Pending[]) => {
    const next = change(all());
    if (!savePending(storage, next)) {
      storage = memoryStorage(); // full or revoked: keep the lead for this page's life at least
      savePending(storage, next);
    }
  };
  const remove = (id: string) => write((list) => list.filter((p) => p.lead.id !== id));

  async function post(lead: Lead): Promise<Outcome> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(lead),
        credentials: 'omit',
        signal: abort.signal,
      });
      if (res.ok) return 'sent';
      // The endpoint refused this lead for good (bad request, gone…): retrying cannot help.
      return res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429 ? 'rejected' : 'retry';
    } catch {
      return 'retry'; // offline, DNS, CORS, timeout
    } finally {
      clearTimeout(timer);
    }
  }

  /** One try for one lead; a delivered or refused lead leaves the store. */
  async function attempt(lead: Lead): Promise<Outcome> {
    const outcome = await post(lead);
    if (outcome !== 'retry') remove(lead.id);
    if (outcome === 'rejected') rejected.add(lead.id);
    return outcome;
  }

  /** Tries `from`..attempts-1, waiting backoff(n - 1) before try n (so a first try is immediate). */
  async function run(from: number): Promise<FlushResult> {
    let sent = 0;
    let refused = 0;
    for (let n = from; n < attempts; n++) {
      if (n) await sleep(backoff(n - 1, baseDelayMs, maxDelayMs));
      const waiting = mine();
      if (!waiting.length) break;
      for (const { lead } of waiting) {
        const outcome = await attempt(lead);
        if (outcome === 'sent') sent++;
        if (outcome === 'rejected') refused++;
      }
    }
    return { sent, rejected: refused, waiting: mine().length };
  }

  const start = (from: number): Promise<FlushResult> => (running ??= run(from).finally(() => (running = undefined)));
  const status = (id: string): DeliveryStatus => (rejected.has(id) ? 'rejected' : mine().some((p) => p.lead.id === id) ? 'queued' : 'sent');

  return {
    async send(lead) {
      write((list) => [...list.filter((p) => p.lead.id !== lead.id), { endpoint, lead, at: Date.now() }]);
      // A flush already running picks the new lead up in its next round.
      if (running) return status(lead.id);
      const outcome = await attempt(lead);
      if (outcome === 'retry') void start(1);
      return status(lead.id);
    },
    flush: () => start(0),
    status,
    pending: mine,
  };
}

import { createLeadQueue, type LeadQueue } from './queue';

// One queue per endpoint per page, shared by the form and the on-load flush, so two flushes
// never race inside one page (the lead id lets the endpoint drop a cross-tab duplicate).
const queues = new Map<string, LeadQueue>();

/** The queue for the owner's endpoint (relative addresses resolve against the page). */
export function leadQueue(endpoint: string, base: string = document.baseURI): LeadQueue {
  const url = new URL(endpoint, base).href;
  let queue = queues.get(url);
  if (!queue) {
    const q = createLeadQueue({ endpoint: url });
    queues.set(url, (queue = q));
    // Back online: deliver what waited. One listener per endpoint for the page's life.
    addEventListener('online', () => void q.flush());
  }
  return queue;
}

/** On mount: deliver leads an earlier visit could not (a flaky connection, a closed tab). */
export function deliverWaitingLeads(endpoint: string): void {
  try {
    const queue = leadQueue(endpoint);
    if (queue.pending().length) void queue.flush();
  } catch (e) {
    console.error('treatment-quiz: could not deliver waiting leads', e);
  }
}

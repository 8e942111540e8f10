import { createLeadQueue, type LeadQueue } from './queue';

// One queue per endpoint per page, shared by every quiz and form that holds it, so two
// flushes never race inside one page (the lead id lets the endpoint drop a cross-tab
// duplicate). The last one to let go stops it: no `online` listener or retry outlives the quiz.
interface Held {
  readonly queue: LeadQueue;
  users: number;
  readonly stop: () => void;
}
const held = new Map<string, Held>();

export interface LeadQueueHold {
  readonly queue: LeadQueue;
  /** Lets go of the queue; safe to call twice. */
  release(): void;
}

/** The queue for the owner's endpoint (relative addresses resolve against the page). */
export function holdLeadQueue(endpoint: string, base: string = document.baseURI): LeadQueueHold {
  const url = new URL(endpoint, base).href;
  let h = held.get(url);
  if (!h) {
    const queue = createLeadQueue({ endpoint: url });
    // Back online: deliver what waited.
    const online = () => void queue.flush();
    addEventListener('online', online);
    h = {
      queue,
      users: 0,
      stop() {
        removeEventListener('online', online);
        queue.stop();
      },
    };
    held.set(url, h);
  }
  const mine = h;
  mine.users++;
  let released = false;
  return {
    queue: mine.queue,
    release() {
      if (released) return;
      released = true;
      if (--mine.users) return;
      held.delete(url);
      mine.stop();
    },
  };
}

/**
 * On mount: deliver leads an earlier visit could not (a flaky connection, a closed tab), and
 * keep the queue running until the returned function is called (on destroy).
 */
export function deliverWaitingLeads(endpoint: string): () => void {
  try {
    const { queue, release } = holdLeadQueue(endpoint);
    if (queue.pending().length) void queue.flush();
    return release;
  } catch (e) {
    console.error('treatment-quiz: could not deliver waiting leads', e);
    return () => {};
  }
}

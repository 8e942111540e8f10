import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml, page } from './html';

// The lead endpoint of the lead-form demo (demo/leads.html), and the page that shows what it
// received: POST /demo/inbox stores a lead in memory, GET /demo/inbox lists them, newest first,
// as text. So an owner sees the whole flow without a server of their own. Nothing is written
// to disk and it all goes when the server stops.

const MAX_BODY = 16 * 1024;
const MAX_LEADS = 200;

interface Received {
  readonly at: Date;
  readonly lead: Record<string, unknown>;
}

const str = (x: unknown): string => (typeof x === 'string' ? x : x === undefined ? '' : JSON.stringify(x));

function interest(lead: Record<string, unknown>): string {
  const r = lead.recommendation as { overall?: unknown; areas?: { area?: unknown; treatment?: unknown }[] } | undefined;
  if (!r || typeof r !== 'object') return '';
  const areas = Array.isArray(r.areas) ? r.areas.map((a) => `${str(a?.area)}: ${str(a?.treatment)}`).join(', ') : '';
  return `${str(r.overall)}${areas ? ` (${areas})` : ''}`;
}

function inboxHtml(leads: readonly Received[]): string {
  const rows = leads
    .map(({ at, lead }) => {
      const fields: [string, string][] = [
        ['Received', at.toISOString().replace('T', ' ').slice(0, 19) + ' UTC'],
        ['Email or phone', str(lead.email ?? lead.phone)],
        ['Interested in', interest(lead)],
        ['Language', str(lead.locale)],
        ['Page', str(lead.page)],
        ['Lead id', str(lead.id)],
      ];
      const dl = fields.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
      return `      <li class="card lead"><h2>${escapeHtml(str(lead.name))}</h2><dl>${dl}</dl></li>`;
    })
    .join('\n');
  return page(
    'Lead inbox (demo) · treatment-quiz',
    `    <h1>Lead inbox (demo)</h1>
    <p>Leads sent from the <a href="/demo/leads.html">lead-form demo</a> land here, newest first: what your own endpoint would receive. They are kept in this demo server's memory only and are gone when it stops. Reload to see new ones.</p>
    ${leads.length ? `<ol class="leads" aria-label="Leads received">\n${rows}\n    </ol>` : '<p class="note">No leads yet.</p>'}`,
  );
}

/** A route handler for /demo/inbox, with its own list of leads. */
export function createInbox(): (req: IncomingMessage, res: ServerResponse, headers: Record<string, string>) => void {
  const leads: Received[] = [];
  return (req, res, headers) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : inboxHtml(leads));
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, HEAD, POST' }).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return void res.writeHead(413).end();
      let lead: unknown;
      try {
        lead = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return void res.writeHead(400, { 'content-type': 'text/plain' }).end('not JSON');
      }
      if (!lead || typeof lead !== 'object' || Array.isArray(lead) || typeof (lead as { id?: unknown }).id !== 'string') {
        return void res.writeHead(400, { 'content-type': 'text/plain' }).end('not a lead');
      }
      const l = lead as Record<string, unknown>;
      // A retry after a lost answer sends the same id again: keep one copy, as the README asks.
      if (!leads.some((r) => r.lead.id === l.id)) {
        leads.unshift({ at: new Date(), lead: l });
        leads.length = Math.min(leads.length, MAX_LEADS);
      }
      res.writeHead(204).end();
    });
  };
}

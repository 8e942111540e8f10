/// <reference types="vite/client" />
import { useEffect, useRef, useState } from 'preact/hooks';
import { holdLeadQueue, type LeadQueueHold } from '../../leads/deliver';
import { LINK_OUT } from '../../match/links';
import { buildLead, leadProblems, type LeadProblem } from '../../leads/lead';
import type { LeadQueue } from '../../leads/queue';
import type { LeadStatus } from '../../leads/status';
import { telHref } from '../../match/links';
import type { ResultSlotProps } from '../slots';
import { usePartWords } from '../words';
import { useWords } from '../strings';
import { useAdoptedSheet } from '../theme/adopt';
// In a subfolder so src/ui/styles.ts does not put it in every widget's base sheet.
import questionsCss from '../questions.css?inline';
import css from './styles/leads.css?inline';

type State = 'idle' | 'sending' | LeadStatus;

export interface LeadFormProps extends ResultSlotProps {
  /** The delivery queue; defaults to the one for config.leads.endpoint (tests pass their own). */
  readonly queue?: LeadQueue;
}

const FIELD: { readonly [P in LeadProblem]: string } = { name: 'tq-lead-name', contact: 'tq-lead-contact', consent: 'tq-lead-consent' };

/**
 * "Send me my result": shown only when the owner configured `leads`. Sends the visitor's name,
 * email or phone and the recommendation type after explicit consent; never the health answers.
 */
export function LeadForm(props: LeadFormProps) {
  const { config, recommendation, emit } = props;
  // The lead records the visitor's language for the practice's reply.
  const { locale } = useWords();
  const leads = config.leads;
  const t = usePartWords('leads');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<readonly LeadProblem[]>([]);
  const [state, setState] = useState<State>('idle');
  const alive = useRef(true);
  // Set for the whole submission, synchronously: a double tap in one task is one lead, one id.
  const busy = useRef(false);
  const hold = useRef<LeadQueueHold>();
  const form = useRef<HTMLFormElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const section = useRef<HTMLElement>(null);
  // Its choices look like the questions' (their styles come with the questions' file).
  useAdoptedSheet(section, questionsCss);
  useAdoptedSheet(section, css);
  useEffect(
    () => () => {
      alive.current = false;
      hold.current?.release();
    },
    [],
  );
  const done = state === 'sent' || state === 'queued' || state === 'unsaved';
  const trouble = state === 'rejected' || state === 'unsaved';
  // The form goes away once sent: keep keyboard and screen-reader users on the outcome.
  useEffect(() => {
    if (done || trouble) message.current?.focus();
  }, [done, trouble]);
  if (!leads) return null;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy.current) return;
    const input = { name, contact, consent, recommendation, locale, page: location.href };
    const found = leadProblems(input);
    setProblems(found);
    const lead = buildLead(input);
    if (!lead) {
      form.current?.querySelector<HTMLElement>(`#${FIELD[found[0]!]}`)?.focus();
      return;
    }
    busy.current = true;
    setState('sending');
    const queue = props.queue ?? (hold.current ??= holdLeadQueue(leads.endpoint)).queue;
    const status = await queue.send(lead);
    busy.current = false;
    if (!alive.current) return;
    setState(status);
    emit('lead', { status });
    if (status === 'queued' || status === 'unsaved') {
      // Keeps trying behind the message; tells the visitor when it finally went.
      await queue.flush();
      if (alive.current && queue.status(lead.id) === 'sent') {
        setState('sent');
        emit('lead', { status: 'sent' });
      }
    }
  };

  const tel = leads.phone && telHref(leads.phone);
  const error = (p: LeadProblem, text: string) => (
    <p id={`${FIELD[p]}-error`} class="error">
      {problems.includes(p) ? text : ''}
    </p>
  );
  const described = (p: LeadProblem, extra = '') => `${extra}${problems.includes(p) ? ` ${FIELD[p]}-error` : ''}`.trim() || undefined;
  return (
    <section ref={section} class="card lead" aria-labelledby="tq-lead-title">
      <h3 id="tq-lead-title">{t.title}</h3>
      <p class="help">{t.intro}</p>
      {!done && (
        <form ref={form} noValidate onSubmit={submit}>
          <label class="field" for={FIELD.name}>
            {t.name}
          </label>
          <input id={FIELD.name} type="text" autocomplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} aria-invalid={problems.includes('name')} aria-describedby={described('name')} />
          {error('name', t.nameError)}
          <label class="field" for={FIELD.contact}>
            {t.contact}
          </label>
          <input
            id={FIELD.contact}
            type="text"
            autocomplete="email"
            value={contact}
            onInput={(e) => setContact(e.currentTarget.value)}
            aria-invalid={problems.includes('contact')}
            aria-describedby={described('contact', 'tq-lead-contact-hint')}
          />
          <p id="tq-lead-contact-hint" class="hint">
            {t.contactHint}
          </p>
          {error('contact', t.contactError)}
          <label class={`choice${consent ? ' on' : ''}`}>
            <input id={FIELD.consent} type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} aria-invalid={problems.includes('consent')} aria-describedby={described('consent')} />
            <span class="label">{t.consent}</span>
          </label>
          <p class="privacy-link">
            <a href={leads.privacyUrl} {...LINK_OUT}>
              {t.privacy}
            </a>
          </p>
          {error('consent', t.consentError)}
          <button type="submit" class="button primary" aria-disabled={state === 'sending'}>
            {state === 'sending' ? t.sending : t.submit}
          </button>
        </form>
      )}
      <p role="status" tabIndex={-1} ref={message} class={trouble ? 'error' : 'lead-status'}>
        {state === 'sent' || state === 'queued' || trouble ? t[state] : ''}
        {trouble && ' '}
        {trouble && (tel ? <>{t.call} <a href={tel}>{leads.phone}</a></> : t.contactDirectly)}
      </p>
    </section>
  );
}

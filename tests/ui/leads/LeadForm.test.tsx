// @vitest-environment happy-dom
import { cleanup, fireEvent, render as renderBare, screen, waitFor } from '@testing-library/preact';
import type { VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../../../src/config/validate';
import { recommend } from '../../../src/recommend';
import type { Lead } from '../../../src/leads/lead';
import type { LeadQueue } from '../../../src/leads/queue';
import type { LeadStatus } from '../../../src/leads/status';
import { LeadForm } from '../../../src/ui/leads/LeadForm';
import { withWords } from '../../helpers/with-words';

/** Parts render inside the words context (English unless a test wraps its own). */
const render = (node: VNode, options?: Parameters<typeof renderBare>[1]) => renderBare(withWords(node), options);

afterEach(cleanup);

const recommendation = recommend({ areas: ['lips'], safety: ['blood-thinners'] });
const { config } = validateConfig({ leads: { endpoint: 'https://spa.example/leads', privacyUrl: 'https://spa.example/privacy' } });

/** A queue that records what it was given and answers as scripted. */
function fakeQueue(first: LeadStatus, later: LeadStatus = first) {
  const sent: Lead[] = [];
  let now = first;
  const queue: LeadQueue = {
    send: async (lead) => {
      sent.push(lead);
      return first;
    },
    flush: async () => {
      now = later;
      return { sent: later === 'sent' ? 1 : 0, rejected: 0, waiting: later === 'queued' ? 1 : 0 };
    },
    status: () => now,
    pending: () => [],
    stop: () => {},
  };
  return { queue, sent };
}

function fill(name: string, contact: string, consent: boolean) {
  fireEvent.input(screen.getByLabelText('Your name'), { target: { value: name } });
  fireEvent.input(screen.getByLabelText('Email or phone'), { target: { value: contact } });
  if (consent) fireEvent.click(screen.getByLabelText('I agree that the practice may contact me about my result.'));
}

describe('LeadForm', () => {
  it('is not shown unless the owner configured leads', () => {
    const { container } = render(<LeadForm recommendation={recommendation} config={validateConfig({}).config} emit={() => {}} />);
    expect(container.innerHTML).toBe('');
  });

  it('links the owner privacy policy next to an unticked consent box', () => {
    render(<LeadForm recommendation={recommendation} config={config} emit={() => {}} />);
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('link', { name: /Privacy policy/ }).getAttribute('href')).toBe('https://spa.example/privacy');
  });

  it('sends nothing without consent, says why and moves focus to the first field to fix', async () => {
    const { queue, sent } = fakeQueue('sent');
    render(<LeadForm recommendation={recommendation} config={config} emit={() => {}} queue={queue} />);
    fill('Ana', 'nope', false);
    fireEvent.click(screen.getByRole('button', { name: 'Send me my result' }));
    await screen.findByText('Enter an email address or a phone number.');
    expect(screen.getByText('Tick the box to agree, or the practice cannot contact you.')).toBeTruthy();
    expect(screen.getByLabelText('Email or phone').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Email or phone'));
    expect(sent).toEqual([]);
  });

  it('sends name, email, consent and the recommendation type, then says it was sent', async () => {
    const { queue, sent } = fakeQueue('sent');
    const emit = vi.fn();
    render(<LeadForm recommendation={recommendation} config={config} emit={emit} queue={queue} />);
    fill('Ana', 'ana@example.com', true);
    fireEvent.click(screen.getByRole('button', { name: 'Send me my result' }));
    await screen.findByText('Sent. The practice will be in touch.');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ name: 'Ana', email: 'ana@example.com', consent: true, locale: 'en', recommendation: { overall: recommendation.overall } });
    expect(JSON.stringify(sent[0])).not.toContain('blood-thinners');
    expect(emit).toHaveBeenCalledWith('lead', { status: 'sent' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
  });

  it('says a lead was saved when the endpoint fails, and updates when it finally goes', async () => {
    const { queue } = fakeQueue('queued', 'sent');
    render(<LeadForm recommendation={recommendation} config={config} emit={() => {}} queue={queue} />);
    fill('Ana', '(505) 317-2563', true);
    fireEvent.click(screen.getByRole('button', { name: 'Send me my result' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sent. The practice will be in touch.'));
  });

  it('keeps the saved message while the endpoint stays down', async () => {
    const { queue } = fakeQueue('queued', 'queued');
    render(<LeadForm recommendation={recommendation} config={config} emit={() => {}} queue={queue} />);
    fill('Ana', 'ana@example.com', true);
    fireEvent.click(screen.getByRole('button', { name: 'Send me my result' }));
    await screen.findByText(/Saved on this device/);
  });

  it('makes one lead with one id from a double submit in one task', async () => {
    const { queue, sent } = fakeQueue('sent');
    render(<LeadForm recommendation={recommendation} config={config} emit={() => {}} queue={queue} />);
    fill('Ana', 'ana@example.com', true);
    const button = screen.getByRole('button', { name: 'Send me my result' });
    button.click();
    button.click();
    await screen.findByText('Sent. The practice will be in touch.');
    expect(sent).toHaveLength(1);
  });

  it('says it could not be saved, with the practice phone to call, when the browser refuses storage', async () => {
    const withPhone = validateConfig({ leads: { endpoint: 'https://spa.example/leads', privacyUrl: 'https://spa.example/privacy', phone: '(505) 317-2563' } }).config;
    const emit = vi.fn();
    const { queue } = fakeQueue('unsaved');
    render(<LeadForm recommendation={recommendation} config={withPhone} emit={emit} queue={queue} />);
    fill('Ana', 'ana@example.com', true);
    fireEvent.click(screen.getByRole('button', { name: 'Send me my result' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('this browser would not let us save it'));
    expect(status.textContent).not.toMatch(/Saved|even if you close/);
    expect(screen.getByRole('link', { name: '(505) 317-2563' }).getAttribute('href')).toBe('tel:5053172563');
    expect(emit).toHaveBeenCalledWith('lead', { status: 'unsaved' });
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it('says so in Spanish (usted), and to contact the practice when no phone is configured', async () => {
    const { queue } = fakeQueue('unsaved');
    render(withWords(<LeadForm recommendation={recommendation} config={config} emit={() => {}} queue={queue} />, 'es', config));
    fireEvent.input(screen.getByLabelText('Su nombre'), { target: { value: 'Ana' } });
    fireEvent.input(screen.getByLabelText('Correo electrónico o teléfono'), { target: { value: 'ana@example.com' } });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Enviarme mi resultado' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(
      'Todavía no se ha enviado y este navegador no nos permite guardarlo. Seguiremos intentándolo mientras esta página esté abierta; si la cierra, se perderá. Comuníquese directamente con la clínica.',
    ));
  });

  it('speaks Spanish', () => {
    render(withWords(<LeadForm recommendation={recommendation} config={config} emit={() => {}} />, 'es', config));
    expect(screen.getByRole('heading', { name: 'Enviarme mi resultado' })).toBeTruthy();
    expect(screen.getByLabelText('Correo electrónico o teléfono')).toBeTruthy();
  });

  it('labels the form with the owner\'s copy.<locale>.leads wording and sends the context\'s language', async () => {
    const { config: withCopy } = validateConfig({ leads: { endpoint: 'https://spa.example/leads', privacyUrl: 'https://spa.example/privacy' }, copy: { es: { leads: { name: 'Nombre completo', submit: 'Quiero mi resultado' } } } });
    const { queue, sent } = fakeQueue('sent');
    render(withWords(<LeadForm recommendation={recommendation} config={withCopy} emit={() => {}} queue={queue} />, 'es', withCopy));
    fireEvent.input(screen.getByLabelText('Nombre completo'), { target: { value: 'Ana' } });
    fireEvent.input(screen.getByLabelText('Correo electrónico o teléfono'), { target: { value: 'ana@example.com' } });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Quiero mi resultado' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ name: 'Ana', locale: 'es' });
  });
});

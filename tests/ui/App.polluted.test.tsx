// @vitest-environment happy-dom
import { cleanup, render as renderBare, screen } from '@testing-library/preact';
import type { VNode } from 'preact';
import { withWords } from '../helpers/with-words';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { Launcher } from '../../src/ui/launcher/Launcher';
import { pollute } from '../helpers/polluted';
import { renderQuiz } from '../helpers/render-quiz';
import { partWords } from '../../src/content/locales';

/** Parts render inside the words context (English unless a test wraps its own). */
const render = (node: VNode, options?: Parameters<typeof renderBare>[1]) => renderBare(withWords(node), options);

// The quiz on a page whose scripts added keys to Object.prototype: nothing the owner did not
// configure appears because of them.

let clean = () => {};
afterEach(() => {
  clean();
  cleanup();
});

describe('the quiz on a page that polluted Object.prototype', () => {
  it('shows no lead form for a lead endpoint the page put there', async () => {
    const { config } = validateConfig({});
    clean = pollute({ leads: { endpoint: 'https://evil.example/leads', privacyUrl: 'https://evil.example/privacy' } });
    renderQuiz({ config, progress: { step: 'result', areas: ['lips'], safety: [] } });
    // The share part loads after the lead form would have been asked for.
    await screen.findByText(partWords.en.share.share);
    await import('../../src/ui/leads/LeadForm');
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByRole('heading', { name: partWords.en.leads.title })).toBeNull();
  });

  it('keeps the launcher where the owner put it, not where the page says', () => {
    clean = pollute({ position: 'bottom-left' });
    render(
      <Launcher emit={() => {}}>
        <p>quiz</p>
      </Launcher>,
    );
    expect(screen.getByRole('button', { name: 'Botox or filler? Take the 1-minute quiz' }).className).toContain('right');
  });
});

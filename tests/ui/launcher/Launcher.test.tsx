// @vitest-environment happy-dom
import { cleanup, fireEvent, render as renderBare, screen } from '@testing-library/preact';
import type { VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Launcher } from '../../../src/ui/launcher/Launcher';
import { launcherCss } from '../../../src/ui/launcher/position';
import { lockScroll } from '../../../src/ui/launcher/scroll-lock';
import { withWords } from '../../helpers/with-words';
import { validateConfig } from '../../../src/config/validate';

/** Parts render inside the words context (English unless a test wraps its own). */
const render = (node: VNode, options?: Parameters<typeof renderBare>[1]) => renderBare(withWords(node), options);

afterEach(cleanup);

describe('Launcher', () => {
  it('shows a localized floating button and keeps the quiz in a closed dialog', () => {
    render(
      withWords(
        <Launcher emit={() => {}}>
          <h2 id="tq-title" tabIndex={-1}>Quiz</h2>
        </Launcher>,
        'es',
      ),
    );
    const button = screen.getByRole('button', { name: '¿Botox o relleno? Haga el cuestionario de 1 minuto' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.className).toContain('right');
    expect((document.querySelector('dialog') as HTMLDialogElement).open).toBe(false);
  });

  it('opens modally with focus on the step heading, and gives focus back on close', () => {
    const emit = vi.fn();
    render(
      <Launcher placement={{ position: 'bottom-left' }} emit={emit}>
        <h2 id="tq-title" tabIndex={-1}>Quiz</h2>
      </Launcher>,
    );
    const button = screen.getByRole('button', { name: 'Botox or filler? Take the 1-minute quiz' });
    expect(button.className).toContain('left');
    fireEvent.click(button);
    const dialog = document.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(document.activeElement?.id).toBe('tq-title');
    expect(emit).toHaveBeenCalledWith('open', {});
    fireEvent.click(screen.getByText('Close'));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(button);
    expect(emit).toHaveBeenCalledWith('close', {});
  });

  it('says what the owner wrote in copy.<locale>.launcher, in Spanish from the words context', () => {
    const { config } = validateConfig({ copy: { es: { launcher: { open: '¿Qué tratamiento le conviene?', close: 'Salir' } } } });
    render(
      withWords(
        <Launcher emit={() => {}}>
          <h2 id="tq-title" tabIndex={-1}>Quiz</h2>
        </Launcher>,
        'es',
        config,
      ),
    );
    const button = screen.getByRole('button', { name: '¿Qué tratamiento le conviene?' });
    expect(document.querySelector('dialog')?.getAttribute('aria-label')).toBe('¿Qué tratamiento le conviene?');
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Salir' })).toBeTruthy();
  });
});

describe('launcherCss', () => {
  it('drops the reserved height and sets only sane offsets', () => {
    expect(launcherCss()).toBe(':host{min-height:0!important;}');
    expect(launcherCss({ offsetX: 16, offsetY: 96 })).toBe(':host{min-height:0!important;--tq-launcher-x:16px;--tq-launcher-y:96px}');
    expect(launcherCss({ offsetX: -5, offsetY: 9999 })).toBe(':host{min-height:0!important;}');
  });
});

describe('lockScroll', () => {
  it('adds one document sheet for any number of holders and removes it when the last lets go', () => {
    const before = document.adoptedStyleSheets.length;
    const a = lockScroll();
    const b = lockScroll();
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    a();
    a();
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    b();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });
});

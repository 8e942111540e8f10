/// <reference types="vite/client" />
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { own } from '../../guard/own';
import type { Emit } from '../events';
import { usePartWords } from '../words';
import { useAdoptedSheet } from '../theme/adopt';
// In a subfolder so src/ui/styles.ts does not put it in every widget's base sheet.
import css from './styles/launcher.css?inline';
import { launcherCss, type LauncherPlacement } from './position';
import { lockScroll } from './scroll-lock';

export interface LauncherProps {
  /** config.launcher: where the button sits. */
  readonly placement?: LauncherPlacement | undefined;
  /** Fires `treatment-quiz:open` / `:close`. */
  readonly emit: Emit;
  /** The quiz. It stays rendered while closed, so answers survive closing and reopening. */
  readonly children: ComponentChildren;
}

/**
 * Launcher (popover) mode: a floating button that opens the quiz in a native modal <dialog>.
 * The platform gives the focus trap, Esc and the inert page; this adds focus on the step
 * heading when it opens, focus back on the button when it closes, and a page that neither
 * scrolls nor jumps behind it.
 */
export function Launcher({ emit, children, placement }: LauncherProps) {
  // One object, read by own keys: preact copies any enumerable key of Object.prototype into
  // props, so spread placement props could pick up a position the host page added there.
  const { position, offsetX, offsetY } = own<LauncherPlacement>(placement);
  const t = usePartWords('launcher');
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const unlock = useRef<(() => void) | undefined>(undefined);

  // Styles and offsets in the shadow root's own sheet (no style attributes under a strict CSP).
  useAdoptedSheet(button, css + launcherCss({ offsetX, offsetY }));

  // Removed while open (destroy, SPA navigation): give the page its scrolling back.
  useEffect(() => () => unlock.current?.(), []);

  const open = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    unlock.current = lockScroll(d.ownerDocument);
    d.showModal();
    d.querySelector<HTMLElement>('#tq-title')?.focus();
    emit('open', {});
  };

  const closed = () => {
    unlock.current?.();
    unlock.current = undefined;
    button.current?.focus();
    emit('close', {});
  };

  return (
    <>
      <button ref={button} type="button" class={`launcher ${position === 'bottom-left' ? 'left' : 'right'}`} aria-haspopup="dialog" onClick={open}>
        {t.open}
      </button>
      <dialog
        ref={dialog}
        class="launcher-dialog"
        aria-label={t.open}
        onClose={closed}
        // A click on the backdrop lands on the <dialog> itself: close, like other popovers.
        onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
      >
        <div class="launcher-bar">
          <button type="button" class="launcher-close" onClick={() => dialog.current?.close()}>
            <span aria-hidden="true">✕ </span>
            {t.close}
          </button>
        </div>
        {children}
      </dialog>
    </>
  );
}

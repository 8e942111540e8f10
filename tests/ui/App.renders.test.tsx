// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { ui } from '../../src/content/locales';
import { renderQuiz } from '../helpers/render-quiz';

afterEach(cleanup);

const m = medical.en;

/** Counts component renders by name from now on (preact calls `options.diffed` for each). */
function countRenders() {
  const counts: Record<string, number> = {};
  const previous = options.diffed;
  options.diffed = (vnode: VNode) => {
    if (typeof vnode.type === 'function') counts[vnode.type.name] = (counts[vnode.type.name] ?? 0) + 1;
    previous?.(vnode);
  };
  return { counts, stop: () => void (options.diffed = previous) };
}

// On a phone every re-render is work the visitor waits for: an answer re-renders the step that
// shows it, never the whole quiz around it (the app, its error boundary, the words).
describe('re-rendering on an answer', () => {
  it('ticking an area re-renders the areas step, not the app around it', async () => {
    const q = renderQuiz({ progress: { step: 'areas' } });
    // The face drawing arrives lazily and re-renders once: let it settle first.
    await waitFor(() => expect(q.container.querySelector('[data-area="lips"]')).toBeTruthy());
    const renders = countRenders();
    try {
      await q.user.click(screen.getByRole('checkbox', { name: m.areas.lips.label }));
      await waitFor(() => expect(renders.counts.Choice).toBeGreaterThan(0));
      expect((screen.getByRole('checkbox', { name: m.areas.lips.label }) as HTMLInputElement).checked).toBe(true);
      expect(renders.counts.AreasStep).toBe(1);
      expect(renders.counts.App).toBeUndefined();
      expect(renders.counts.ErrorBoundary).toBeUndefined();
    } finally {
      renders.stop();
    }
  });

  it('tabbing through the areas re-renders the highlight on the face map, not the step', async () => {
    const q = renderQuiz({ progress: { step: 'areas' } });
    await waitFor(() => expect(q.container.querySelector('[data-area="lips"]')).toBeTruthy());
    const renders = countRenders();
    try {
      screen.getByRole('checkbox', { name: m.areas.lips.label }).focus();
      await waitFor(() => expect(q.container.querySelector('[data-area="lips"]')?.classList.contains('hot')).toBe(true));
      expect(renders.counts.FaceDrawing).toBe(1);
      expect(renders.counts.AreasStep).toBeUndefined();
    } finally {
      renders.stop();
    }
  });

  it('ticking a health answer re-renders the safety step, not the app around it', async () => {
    const q = renderQuiz({ progress: { step: 'safety', areas: ['lips'] } });
    const renders = countRenders();
    try {
      await q.user.click(screen.getByRole('checkbox', { name: m.flags['blood-thinners'] }));
      await waitFor(() => expect(renders.counts.SafetyStep).toBe(1));
      expect(renders.counts.App).toBeUndefined();
      expect(renders.counts.ErrorBoundary).toBeUndefined();
    } finally {
      renders.stop();
    }
  });

  it('still re-renders the app when the step changes', async () => {
    const q = renderQuiz();
    const renders = countRenders();
    try {
      await q.user.click(screen.getByRole('button', { name: ui.en.start }));
      expect(screen.getByRole('heading', { level: 2, name: ui.en.areasTitle })).toBeTruthy();
      expect(renders.counts.App).toBe(1);
    } finally {
      renders.stop();
    }
  });
});

// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { medical } from '../../src/content/locales';
import { recommend } from '../../src/recommend';
import type { ResultSlotProps } from '../../src/ui/slots';

// The practices and share parts are other modules: here they are stand-ins that record what
// the result page hands them, and one that crashes.
const seen: { practices?: ResultSlotProps; share?: ResultSlotProps; locale?: string } = {};
const crash = { share: false };
vi.mock('../../src/ui/practices/Practices', async () => {
  const { useWords } = await import('../../src/ui/strings');
  return {
  Practices: (props: ResultSlotProps) => {
    seen.practices = props;
    // The locale comes through the words context, not a prop.
    seen.locale = useWords().locale;
    return <p>practices slot</p>;
  },
  };
});
vi.mock('../../src/ui/share/Share', () => ({
  Share: (props: ResultSlotProps) => {
    seen.share = props;
    if (crash.share) throw new Error('share broke');
    return <p>share slot</p>;
  },
}));

// Every test file starts with the real parts loaded (tests/helpers/load-parts.ts): load them
// again, fresh, so the result page finds the stand-ins.
let renderQuiz: typeof import('../helpers/render-quiz').renderQuiz;
beforeAll(async () => {
  vi.resetModules();
  await import('../helpers/load-parts');
  ({ renderQuiz } = await import('../helpers/render-quiz'));
});

afterEach(() => {
  cleanup();
  crash.share = false;
});

const progress = { step: 'result', areas: ['temples'], safety: [] } as const;

describe('result slots', () => {
  it('renders practices and share with the recommendation, config and emit, in the language of the words context', async () => {
    const q = renderQuiz({ locale: 'es', progress });
    // Both are separate files, loaded when the result first shows.
    expect(await screen.findByText('practices slot')).toBeTruthy();
    expect(screen.getByText('share slot')).toBeTruthy();
    expect(seen.practices?.recommendation).toEqual(recommend({ areas: ['temples'], safety: [] }, { locale: 'es' }));
    expect(seen.locale).toBe('es');
    expect(seen.share?.config.rules).toBeDefined();
    seen.share?.emit('share', { network: 'copy' });
    expect(q.events.at(-1)).toEqual({ name: 'share', detail: { network: 'copy' } });
  });

  it('keeps the result on screen when a slot crashes, and reports the error', async () => {
    crash.share = true;
    const q = renderQuiz({ progress });
    expect(screen.getByText(medical.en.treatments.filler.summary)).toBeTruthy();
    expect(await screen.findByText('practices slot')).toBeTruthy();
    expect(screen.queryByText('share slot')).toBeNull();
    expect(q.onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'share broke' }));
  });
});

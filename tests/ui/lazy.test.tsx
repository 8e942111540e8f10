// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { lazy, part } from '../../src/ui/lazy';
import { partsFor } from '../../src/ui/screens';
import { uiWords } from '../../src/ui/words';

afterEach(cleanup);

describe('lazy parts', () => {
  it('shows the part once its file has loaded, passing the props through', async () => {
    const Part = lazy<{ who: string }>(() => Promise.resolve(({ who }: { who: string }) => <p>hello {who}</p>));
    render(<Part who="visitor" />);
    expect(screen.queryByText('hello visitor')).toBeNull();
    expect(await screen.findByText('hello visitor')).toBeTruthy();
  });

  it('downloads the file once however often it is shown or preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(() => <p>once</p>));
    const Part = lazy(load);
    void Part.preload();
    render(
      <>
        <Part />
        <Part />
      </>,
    );
    expect(await screen.findAllByText('once')).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('hands a failed download to the error boundary, and tries again next time', async () => {
    const onError = vi.fn();
    let fail = true;
    const Part = lazy(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(() => <p>back online</p>)));
    render(
      <ErrorBoundary onError={onError}>
        <Part />
      </ErrorBoundary>,
    );
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'offline' })));
    cleanup();
    fail = false;
    render(<Part />);
    expect(await screen.findByText('back online')).toBeTruthy();
  });

  it('renders a part that has already arrived in the same pass, with nothing empty first', async () => {
    const Part = lazy(() => Promise.resolve(() => <p>here already</p>));
    await Part.preload();
    render(<Part />);
    expect(screen.getByText('here already')).toBeTruthy();
  });

  it('tells whether a value part has arrived, fetches it once, and again after a failure', async () => {
    let calls = 0;
    const words = part(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ hello: 'hola' })));
    expect(words.ready()).toBeUndefined();
    await expect(words()).rejects.toThrow('offline');
    expect(words.ready()).toBeUndefined();
    expect(await words()).toEqual({ hello: 'hola' });
    expect(await words()).toBe(words.ready());
    expect(calls).toBe(2);
  });

  it('lets a quiz show at once when the parts of its first screen are here (a second quiz on the page)', async () => {
    // Every test starts with the parts loaded (tests/helpers/load-parts.ts), as a page is once one quiz showed.
    expect(partsFor('intro', 'es')).toBeUndefined();
    expect(partsFor('result', 'en')).toBeUndefined();
    expect(uiWords.es.ready()?.start).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { lazy } from '../../src/ui/lazy';

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
});

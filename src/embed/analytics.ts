import type { AnalyticsOptions, DataLayerHost, Listener } from './analytics-fields';
import { analyticsSender } from './parts';

export type { AnalyticsDetail, AnalyticsEvent, AnalyticsMode, AnalyticsOptions } from './analytics-fields';

// Opt-in analytics. Nothing is sent anywhere unless the site owner asks: `analytics:
// "datalayer"` (config, `analytics` attribute or mount option) pushes to GTM/GA4's
// window.dataLayer, `onEvent` hands events to the owner's own code. The sending code is a
// separate file loaded only then, so sites without analytics never download it.

/**
 * A listener for the widget's emitter, or undefined when the owner opted in to nothing (so
 * nothing is even attached). Events that fire before the sending code has loaded (it is
 * requested at once) are kept and sent in order. Never throws into the host page.
 */
export function createAnalytics(options: AnalyticsOptions, host?: DataLayerHost): Listener | undefined {
  if (options.analytics !== 'datalayer' && typeof options.onEvent !== 'function') return undefined;
  let send: Listener | undefined;
  const early: Parameters<Listener>[] = [];
  analyticsSender().then(
    (m) => {
      send = m.createSender(options, host);
      for (const args of early.splice(0)) send(...args);
    },
    (e: unknown) => console.error('treatment-quiz: could not load analytics', e),
  );
  return (...args) => {
    if (send) send(...args);
    else early.push(args);
  };
}

// Config problems go on the page itself only where the owner is the one looking: a local
// development server, or a page opened with ?tq-debug in its address. A visitor on the live
// site never sees them (they stay in the console). Part of the first screen, so kept tiny.

/** True on localhost, 127.0.0.1 and [::1], and on any host with `?tq-debug` in the address. */
export const isDebugPage = ({ hostname, search }: Pick<Location, 'hostname' | 'search'>): boolean =>
  /^(?:localhost|127\.0\.0\.1|\[::1\])$/.test(hostname) || new URLSearchParams(search).has('tq-debug');

// The host page's own code fails at load, as third-party tags and stale bundles often do.
Promise.reject(new Error('host promise rejected'));
// eslint-disable-next-line no-undef -- the point: a host bug that throws at load.
undefinedHostFunction();

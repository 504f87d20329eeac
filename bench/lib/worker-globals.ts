// pouchdb-browser (imported by the live sync module) reads `self` as a service worker has it.
(globalThis as { self?: unknown }).self ??= globalThis;

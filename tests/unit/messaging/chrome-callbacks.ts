/**
 * @webext-core/messaging calls `chrome.runtime` with callbacks, as Chromium does; WXT's fake
 * browser speaks promises. This adapter gives the library a callback-style `chrome` backed by
 * the fake browser, so messages really travel through the fake runtime in unit tests.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (message: unknown, sender: object, respond: (value: unknown) => void) => unknown;

export function installCallbackChrome(): void {
  const wrapped = new Map<
    Listener,
    Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]
  >();
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    sendMessage(message: unknown, callback: (response: unknown) => void) {
      fakeBrowser.runtime.sendMessage(message).then(
        (response) => {
          runtime.lastError = undefined;
          callback(response);
        },
        (error: Error) => {
          runtime.lastError = { message: error.message };
          callback(undefined);
          runtime.lastError = undefined;
        },
      );
    },
    onMessage: {
      addListener(listener: Listener) {
        const promised = (message: unknown, sender: object) =>
          new Promise((resolve) => {
            if (listener(message, sender, resolve) !== true) resolve(undefined);
          });
        wrapped.set(listener, promised);
        fakeBrowser.runtime.onMessage.addListener(promised);
      },
      removeListener(listener: Listener) {
        const promised = wrapped.get(listener);
        if (promised) fakeBrowser.runtime.onMessage.removeListener(promised);
        wrapped.delete(listener);
      },
    },
  };
  vi.stubGlobal('chrome', { runtime });
}

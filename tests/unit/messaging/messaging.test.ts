import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { request, requestOrThrow } from '../../../utils/messaging/client.ts';
import { handle } from '../../../utils/messaging/handle.ts';
import { installCallbackChrome } from './chrome-callbacks.ts';

const seen = {
  key: 'A/AC.291/22|en',
  symbol: 'A/AC.291/22',
  family: 'A/AC.291/22',
  language: 'en',
  url: 'https://www.unodc.org/documents/A_AC.291_22_E.pdf',
  kind: 'pdf' as const,
  version: 'abc123',
};

describe('typed messaging', () => {
  const removeHandlers: Array<() => void> = [];
  beforeAll(() => {
    fakeBrowser.reset();
    installCallbackChrome();
  });
  afterEach(() => {
    for (const remove of removeHandlers.splice(0)) remove();
  });

  it('delivers a parsed request and returns the typed answer', async () => {
    const received: unknown[] = [];
    removeHandlers.push(
      handle('documentSeen', async (data) => {
        received.push(data);
        return {
          key: data.key,
          url: data.url,
          kind: data.kind,
          versions: [data.version],
          lastSeenAt: '2026-11-29T12:00:00.000Z',
          textKept: false,
        };
      }),
    );
    const result = await request('documentSeen', seen);
    expect(result).toEqual({
      ok: true,
      value: {
        key: 'A/AC.291/22|en',
        url: seen.url,
        kind: 'pdf',
        versions: ['abc123'],
        lastSeenAt: '2026-11-29T12:00:00.000Z',
        textKept: false,
      },
    });
    expect(received).toEqual([seen]);
  });

  it('refuses a malformed request with an error naming the field, without calling the handler', async () => {
    let called = false;
    removeHandlers.push(
      handle('documentSeen', async () => {
        called = true;
        throw new Error('unreachable');
      }),
    );
    const result = await request('documentSeen', { ...seen, kind: 'docx' as 'pdf', version: '' });
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toContain('kind');
    expect(result.error.message).toContain('version');
  });

  it('turns a handler failure into a typed error, not a rejection', async () => {
    removeHandlers.push(
      handle('ping', async () => {
        throw new Error('database closed');
      }),
    );
    await expect(request('ping', {})).resolves.toEqual({
      ok: false,
      error: { code: 'failed', message: 'database closed' },
    });
    await expect(requestOrThrow('ping', {})).rejects.toThrow('failed: database closed');
  });

  it('reports an unreachable background as a typed error', async () => {
    const result = await request('ping', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});

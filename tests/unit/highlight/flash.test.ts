// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flashRange } from '../../../utils/highlight/flash.ts';

describe('flashing a passage after a scroll', () => {
  afterEach(() => vi.useRealTimers());

  it('lights the passage without a focus-like outline, and removes itself', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<h3>Article 5</h3>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h3') as Element);
    range.getClientRects = () =>
      [new DOMRect(10, 20, 80, 18)] as unknown as ReturnType<Range['getClientRects']>;
    flashRange(document, range, 1600);
    const box = document.querySelector<HTMLElement>('[data-redline-ui] > div');
    expect(box).not.toBeNull();
    expect(box?.style.outline ?? '').toBe('');
    expect(box?.style.backgroundColor).not.toBe('');
    vi.advanceTimersByTime(1600);
    expect(document.querySelector('[data-redline-ui]')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { AddressPrefetch } from '../../../entrypoints/background/address-prefetch.ts';

const DRAFT = 'https://www.unodc.org/documents/treaties/UNTOC/draft.html';

/** A prefetch whose reads are counted: each answer says which read it came from. */
function counted() {
  const reads: string[] = [];
  const prefetch = new AddressPrefetch(async (url) => {
    reads.push(url);
    return `read ${reads.length} of ${url}`;
  });
  return { prefetch, reads };
}

describe("a tab's comments read by its address while it loads", () => {
  it('gives the content script the comments read when its tab started loading, once', async () => {
    const { prefetch, reads } = counted();
    prefetch.loading(7, `${DRAFT}#art-5`);
    expect(reads).toEqual([DRAFT]);
    // The same page, with tracking parameters: the same address.
    await expect(prefetch.answer(7, `${DRAFT}?utm_source=mail`)).resolves.toBe(
      `read 1 of ${DRAFT}`,
    );
    // Taken: a later question (the user's "Try again") reads anew.
    await expect(prefetch.answer(7, DRAFT)).resolves.toBe(`read 2 of ${DRAFT}`);
  });

  it('reads anew for another tab, another address, or a tab that closed', async () => {
    const { prefetch, reads } = counted();
    prefetch.loading(7, DRAFT);
    await expect(prefetch.answer(8, DRAFT)).resolves.toBe(`read 2 of ${DRAFT}`);
    const other = 'https://www.unodc.org/documents/treaties/UNCAC/draft.html';
    await expect(prefetch.answer(7, other)).resolves.toBe(`read 3 of ${other}`);
    prefetch.loading(9, DRAFT);
    prefetch.closed(9);
    await expect(prefetch.answer(9, DRAFT)).resolves.toBe(`read 5 of ${DRAFT}`);
    await expect(prefetch.answer(undefined, DRAFT)).resolves.toBe(`read 6 of ${DRAFT}`);
    expect(reads).toHaveLength(6);
  });

  it('keeps only the page a tab loaded last', async () => {
    const { prefetch } = counted();
    prefetch.loading(7, 'https://www.unodc.org/unodc/en/index.html');
    prefetch.loading(7, DRAFT);
    await expect(prefetch.answer(7, DRAFT)).resolves.toBe(`read 2 of ${DRAFT}`);
  });
});

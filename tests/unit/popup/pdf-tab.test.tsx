// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../entrypoints/popup/Popup.tsx';
import { annotatorFailureKey } from '../../../utils/messaging/page-report.ts';
import { reactRootPerTest } from '../react-root.ts';

const mounted = reactRootPerTest();
const PDF = 'https://documents.un.org/doc/A_AC.291_22_Rev.3_E.pdf';

beforeEach(() => fakeBrowser.reset());

/** A tab showing `url`, the popup opened for it (`popup.html?tab=ID`, as a pinned popup is). */
async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  history.replaceState(null, '', `?tab=${tab.id}`);
  return tab.id as number;
}

async function popupOn(url: string): Promise<{ tabId: number; text: () => string }> {
  const tabId = await tabAt(url);
  mounted.render(<Popup />);
  const text = () => mounted.container.textContent ?? '';
  for (let i = 0; i < 50 && text() === ''; i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return { tabId, text };
}

const buttons = () =>
  [...mounted.container.querySelectorAll('button')].map((button) => button.textContent);

describe('the popup on a PDF in the browser’s viewer', () => {
  it('names the document and offers one action: open it in Redline’s viewer', async () => {
    const { tabId, text } = await popupOn(PDF);
    expect(text()).toContain('A/AC.291/22/Rev.3');
    expect(text()).toContain('English');
    expect(text()).not.toMatch(/No UN document found|Annotate this page|Looking at this tab/);
    expect(buttons()).toEqual(['Open A/AC.291/22/Rev.3 in Redline’s viewer', 'Open the workbench']);

    await act(async () => {
      (mounted.container.querySelector('button.primary') as HTMLButtonElement).click();
    });
    await expect
      .poll(async () => (await fakeBrowser.tabs.get(tabId)).url)
      .toMatch(
        /\/viewer\.html\?file=https%3A%2F%2Fdocuments\.un\.org%2Fdoc%2FA_AC\.291_22_Rev\.3_E\.pdf$/,
      );
  });

  it('says nothing of a failed start recorded for the tab: nothing of Redline runs there', async () => {
    const tabId = await tabAt(PDF);
    await fakeBrowser.storage.session.set({
      [annotatorFailureKey(tabId)]: { reason: 'stale', at: Date.now() },
    });
    mounted.render(<Popup />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(mounted.container.textContent).not.toMatch(/could not start|Try again/);
    expect(mounted.container.textContent).toContain('A/AC.291/22/Rev.3');
  });

  it('names a PDF without a symbol by its file name', async () => {
    const { text } = await popupOn('https://www.unodc.org/documents/V2401234.pdf');
    expect(text()).toContain('V2401234.pdf');
    expect(buttons()[0]).toBe('Open V2401234.pdf in Redline’s viewer');
  });
});

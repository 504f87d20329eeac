import type { Page } from 'playwright-core';

/** The focused element's accessible text, looking inside shadow roots. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return `${active?.tagName}|${active?.getAttribute('role') ?? ''}|${active?.getAttribute('aria-label') ?? active?.textContent ?? ''}`;
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, pattern: RegExp, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (pattern.test(await focusedLabel(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focusedLabel(page)}`);
}

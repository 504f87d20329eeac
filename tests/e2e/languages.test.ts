import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../locales/en.ts';
import { loadCatalog } from '../../utils/i18n/catalogs.ts';
import { translator } from '../../utils/i18n/translate.ts';
import { DRAFT_URL, selectText, serveDraft } from '../harness/draft-page.ts';
import { type ChromeApi, tabIdOf } from '../harness/extension-db.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL } from '../harness/make-un-pdf.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const ARABIC_COMMENT = 'يجب حذف عبارة «aiding and abetting» لأنها فضفاضة.';
const DOCS = path.resolve(import.meta.dirname, '../../docs');

/** The language override, as Options writes it; the pages hear it through storage.onChanged. */
async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({
        uiLanguage: value,
      }),
    language,
  );
}

async function openEditor(page: Page, comment: RegExp) {
  await selectText(page, PASSAGE);
  await page.getByRole('toolbar').getByRole('button', { name: comment }).click();
  return page.getByRole('dialog');
}

/**
 * Visible text nodes on a page (or in one host's shadow root, and the shadow roots inside it)
 * that hold English words outside the pseudo-locale: every catalog message comes back
 * accented and bracketed, so plain words are hard-coded. User content (quotes, comments,
 * proposed text, provision labels), document text (the PDF's text layer, titles taken from the
 * draft), numbers, symbols and product names are not the UI's to translate.
 */
function untranslatedText(page: Page, host?: string): Promise<string[]> {
  return page.evaluate((hostSelector) => {
    // bdi and q isolate user and document text (titles, symbols, headings, quotes).
    const USER_CONTENT = [
      '.rl-quote, .rl-redline, .rl-provision, [data-user-text], .textLayer',
      'bdi, q, .comment-text, .document-title, .document-symbol, textarea, input, style, script',
    ].join(', ');
    // A language's own name in a language menu, marked with its lang.
    const OWN_LANGUAGE = 'body [lang]';
    const NAMES = /\b(Redline|Hypothesis|UNODC|UNTOC|PDF|CSV|Word|Markdown|JSON|DOCX)\b/g;
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) walk(element.shadowRoot);
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(USER_CONTENT) || parent.closest(OWN_LANGUAGE)) continue;
        if (!parent.closest('option') && !parent.checkVisibility()) continue;
        const text = (node as Text).data.trim();
        if (/[⟦⟧\u00C0-\u024F\u1E00-\u1EFF]/.test(text)) continue;
        const words = text.replace(/https?:\/\/\S+/g, '').replace(NAMES, '');
        if (/[A-Za-z]{3,}/.test(words))
          found.push(`${text} (${parent.tagName.toLowerCase()}.${parent.className})`);
      }
    };
    const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
    if (root) walk(root);
    return found;
  }, host);
}

/** A message's pseudo-localised words, without the marks and padding around them. */
function pseudo(key: MessageKey): string {
  return translator('qps')
    .t(key)
    .replace(/^\u200F⟦/, '')
    .replace(/ ~+⟧\u200F$/, '');
}

/** What the browser computed, not what the attributes say. */
const direction = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => getComputedStyle(element).direction);

describe('Redline in Arabic, Chinese and the pseudo-locale', () => {
  const suite = useExtensionBrowser(async (server) => {
    serveDraft(server);
    serveUnPdf(server, (await makeUnPdf()).bytes);
  });

  it('Options switches to Arabic at once: right to left, Arabic labels', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await options.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect.poll(() => options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect(options.locator('h1').textContent()).resolves.toBe('خيارات Redline');
    expect(await direction(options, 'main')).toBe('rtl');
    // An English organisation name typed in an Arabic form keeps its own direction.
    const name = options.getByLabel('المنظمة', { exact: true });
    await name.fill('Access to Justice Network');
    expect(await name.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');
    await options.close();
  });

  it('Options speaks each of the six UN languages in turn, at once, in its direction', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    // Arabic last: the tests after this one run in the Arabic UI, as after the one before.
    for (const language of ['en', 'fr', 'ru', 'es', 'zh', 'ar'] as const) {
      await chooseLanguage(options, language);
      await loadCatalog(language);
      const words = translator(language);
      await expect
        .poll(() => options.locator('h1').textContent())
        .toBe(words.text('options.title'));
      const organisation = options.getByLabel(words.text('options.organisation'), { exact: true });
      await expect.poll(() => organisation.count()).toBe(1);
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await direction(options, 'main')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    }
    await options.close();
  });

  it('the annotator on an open English draft speaks Arabic, mirrored, quotes kept left to right', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const editor = await openEditor(page, /^تعليق$/);
    await expect(editor.getByRole('heading').textContent()).resolves.toContain('تعليق جديد');

    const ui = 'redline-ui >> .rl-editor';
    expect(await direction(page, ui)).toBe('rtl');
    // The English quote and an English symbol stay left to right inside the Arabic editor…
    expect(await direction(page, 'redline-ui >> .rl-quote')).toBe('ltr');
    // …and an Arabic comment typed into it runs right to left.
    const comment = editor.getByLabel('التعليق', { exact: true });
    await comment.fill(ARABIC_COMMENT);
    expect(await comment.evaluate((area) => getComputedStyle(area).direction)).toBe('rtl');
    // Mirrored: the editor's labels start at its right edge.
    const box = await editor.boundingBox();
    const label = await editor.getByText('المسوِّغات', { exact: true }).boundingBox();
    expect(box && label && box.x + box.width - (label.x + label.width)).toBeLessThan(40);

    await editor.getByLabel('التعديل المقترح').selectOption('replace');
    await editor.getByLabel('النص المقترح').fill('Organizing, directing or knowingly facilitating');
    await editor.screenshot({ path: path.join(DOCS, 'redline-arabic.png') });
    await editor.getByRole('button', { name: 'حفظ التعليق' }).click();
    await page.getByText(/حُفظ التعليق/).waitFor();
    await expect(page.getByRole('complementary').textContent()).resolves.toContain('تعليق واحد');
    await page.close();
  });

  it('a change to Chinese reaches an open page at once', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const options = await suite.browser.openExtensionPage('options.html');
    await chooseLanguage(options, 'zh');
    await expect.poll(() => page.getByRole('complementary').textContent()).toContain('1 条评论');
    expect(await direction(page, 'redline-ui >> .rl-strip')).toBe('ltr');
    const editor = await openEditor(page, /^评论$/);
    await expect(editor.getByRole('heading').textContent()).resolves.toContain('新评论');
    await editor.getByLabel('评论', { exact: true }).fill('“协助和教唆”的范围过宽。');
    await editor.screenshot({ path: path.join(DOCS, 'redline-chinese.png') });
    await options.close();
    await page.close();
  });

  it('the popup and the side panel run right to left in Arabic: the first tab on the right', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const options = await suite.browser.openExtensionPage('options.html');
    await chooseLanguage(options, 'ar');

    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await direction(popup, 'body')).toBe('rtl');
    // Mirrored: the popup's heading text sits against the right edge, not the left.
    const margins = await popup
      .locator('h1, h2')
      .first()
      .evaluate((heading) => {
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getBoundingClientRect();
        return { left: text.left, right: document.documentElement.clientWidth - text.right };
      });
    expect(margins.right).toBeLessThan(margins.left);
    await popup.close();

    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await direction(panel, 'body')).toBe('rtl');
    const tabs = panel.getByRole('tab');
    await tabs.first().waitFor();
    const boxes = await tabs.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(boxes.length).toBeGreaterThan(1);
    // In reading order, each tab sits left of the one before it.
    for (let index = 1; index < boxes.length; index += 1) {
      expect((boxes[index] as DOMRect).x).toBeLessThan((boxes[index - 1] as DOMRect).x);
    }
    expect(await tabs.first().textContent()).toMatch(/\p{Script=Arabic}/u);
    await panel.close();
    await chooseLanguage(options, 'en');
    await options.close();
    await page.close();
  });

  it('the pseudo-locale leaves no hard-coded English on any surface', async () => {
    const untranslated: Record<string, string[]> = {};
    const options = await suite.browser.openExtensionPage('options.html');
    await chooseLanguage(options, 'qps');
    await expect.poll(() => options.locator('h1').textContent()).toContain('⟦');
    await expect.poll(() => options.title()).toContain('⟦');
    untranslated['options'] = await untranslatedText(options);

    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await selectText(page, PASSAGE);
    const toolbar = page.getByRole('toolbar');
    const editor = page.getByRole('dialog');
    // A draft left unsent on this document (the Chinese test's) reopens in its editor, in
    // place of the selection toolbar: the toolbar is checked when it shows.
    await toolbar.or(editor).first().waitFor();
    if (await toolbar.isVisible()) {
      untranslated['toolbar'] = await untranslatedText(page, 'redline-ui');
      await toolbar.getByRole('button', { name: pseudo('toolbar.comment') }).click();
    }
    await editor.getByLabel(pseudo('editor.proposal')).selectOption('replace');
    await editor.getByText(pseudo('editor.proposedText')).first().waitFor();
    untranslated['editor'] = await untranslatedText(page, 'redline-ui');
    await editor
      .getByLabel(pseudo('editor.proposedText'))
      .fill('Organizing, directing or knowingly facilitating');
    await editor.getByRole('button', { name: pseudo('editor.save') }).click();
    await expect.poll(() => page.getByRole('complementary').textContent()).toContain('⟦');
    untranslated['annotator'] = await untranslatedText(page, 'redline-ui');

    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').textContent()).toContain('⟦');
    untranslated['popup'] = await untranslatedText(popup);
    await popup.close();

    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const tabs = panel.getByRole('tab');
    await tabs.first().waitFor();
    expect(await panel.title()).toContain('⟦');
    expect(await tabs.count()).toBe(4);
    for (let index = 0; index < 4; index += 1) {
      await tabs.nth(index).click();
      await expect.poll(() => tabs.nth(index).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => panel.getByRole('tabpanel').textContent()).toContain('⟦');
      untranslated[`side panel tab ${index + 1}`] = await untranslatedText(panel);
    }
    await panel.close();
    await page.close();

    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => viewer.locator('body').textContent()).toContain('⟦');
    untranslated['viewer'] = await untranslatedText(viewer);
    await viewer.close();

    await chooseLanguage(options, 'en');
    const unexpected = Object.entries(untranslated).flatMap(([surface, texts]) =>
      texts.map((text) => `${surface}: ${text}`),
    );
    expect(unexpected).toEqual([]);
    await options.close();
  });
});

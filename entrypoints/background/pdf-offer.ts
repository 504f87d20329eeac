import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/ui-language.ts';
import { isUnPdfUrl } from '../../utils/pdf/pdf-url.ts';
import { toolbarButton } from './toolbar-button.ts';

/**
 * A UN PDF opened in the browser's own viewer, which Redline cannot annotate: the badge says
 * "PDF" and the popup offers to open it in Redline. No extra permission: the tab's address is
 * visible through the host permissions Redline already has for UN sites.
 */
export function offerUnPdfs(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !isUnPdfUrl(tab.url)) return;
    void toolbarButton.setBadgeBackgroundColor({ tabId, color: '#0b57d0' });
    void toolbarButton.setBadgeText({ tabId, text: 'PDF' });
    void toolbarButton.setTitle({ tabId, title: t('badge.pdfOffer') });
  });
}

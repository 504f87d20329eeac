import { defineContentScript } from 'wxt/utils/define-content-script';
import { fingerprintText } from '../../utils/anchoring/fingerprint.ts';
import { canonicalUrl, documentKey } from '../../utils/formats/document-key.ts';
import { request } from '../../utils/messaging/client.ts';

export default defineContentScript({
  matches: ['*://*.unodc.org/*', '*://*.un.org/*', '*://undocs.org/*'],
  runAt: 'document_idle',
  async main() {
    const url = canonicalUrl(location.href);
    const result = await request('documentSeen', {
      key: documentKey({ url }),
      url,
      title: document.title.slice(0, 500) || undefined,
      kind: 'html',
      version: fingerprintText(document.body?.textContent ?? ''),
      documentCount: 0,
    });
    if (!result.ok) console.warn('Redline could not record this page:', result.error.message);
  },
});

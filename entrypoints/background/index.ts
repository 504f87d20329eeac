import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../../utils/db/index.ts';
import { loadCatalog } from '../../utils/i18n/catalogs.ts';
import { startLanguage } from '../../utils/i18n/ui-language.ts';
import { injectAnnotator, injectAnnotatorView } from '../../utils/messaging/annotator-injection.ts';
import { errorMessage } from '../../utils/messaging/client.ts';
import { handle } from '../../utils/messaging/handle.ts';
import { handleDataRequests, recordAnnotatorFailure } from './data-handlers.ts';
import { syncLiveSets } from './live-sets.ts';
import { offerUnPdfs } from './pdf-offer.ts';
import { keepPdfRedirectInStep } from './pdf-redirect.ts';
import { handleSelectionActions } from './selection-actions.ts';

export default defineBackground(() => {
  void startLanguage(loadCatalog);
  handleDataRequests(getDb());
  syncLiveSets(getDb());
  handleSelectionActions();
  offerUnPdfs();
  keepPdfRedirectInStep();
  handle('catalog', ({ language }) => loadCatalog(language));
  handle('openAnnotator', async (_request, sender) => {
    if (sender.tabId === undefined) throw new Error('openAnnotator must come from a tab');
    try {
      await injectAnnotator(sender.tabId);
    } catch (error) {
      await recordAnnotatorFailure(sender.tabId, errorMessage(error));
      throw error;
    }
    return {};
  });
  handle('openAnnotatorView', async (_request, sender) => {
    if (sender.tabId === undefined) throw new Error('openAnnotatorView must come from a tab');
    await injectAnnotatorView(sender.tabId);
    return {};
  });
});

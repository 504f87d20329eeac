import { browser } from 'wxt/browser';
import { ALWAYS_OPEN_KEY, alwaysOpenUnPdfs } from '../../utils/open-in-redline.ts';

const RULE_ID = 1;
/** UN hosts' PDFs, as a whole top-level address (the viewer's own fetch is not a main frame). */
const UN_PDF_FILTER =
  '^https?://([^/]+\\.)?(unodc\\.org|un\\.org|undocs\\.org)/[^?#]*\\.[Pp][Dd][Ff]([?#].*)?$';

/**
 * "Always open UN PDFs in Redline": a dynamic declarativeNetRequest rule that sends the tab to
 * the viewer before the browser's own PDF viewer starts. Kept in step with the setting.
 */
export function keepPdfRedirectInStep(): void {
  const sync = async () => {
    const on = await alwaysOpenUnPdfs();
    await browser.declarativeNetRequest.updateDynamicRules({
      removeRuleIds: [RULE_ID],
      addRules: on
        ? [
            {
              id: RULE_ID,
              priority: 1,
              action: {
                type: 'redirect',
                redirect: {
                  regexSubstitution: `${browser.runtime.getURL('/viewer.html')}?file=\\0`,
                },
              },
              condition: { regexFilter: UN_PDF_FILTER, resourceTypes: ['main_frame'] },
            },
          ]
        : [],
    });
  };
  void sync();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ALWAYS_OPEN_KEY in changes) void sync();
  });
}

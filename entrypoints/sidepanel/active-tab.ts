import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pageReportKey } from '../../utils/messaging/page-report.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { useSessionValue } from '../../utils/messaging/session-value.ts';
import { pinnedTabId } from '../../utils/pinned-tab.ts';

/** The id of the tab the side panel is beside, following tab switches. */
export function useActiveTabId(): number | undefined {
  const [tabId, setTabId] = useState<number | undefined>(pinnedTabId);
  useEffect(() => {
    if (pinnedTabId() !== undefined) return;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      setTabId(tab?.id);
    };
    void refresh();
    const onActivated = (info: { tabId: number }) => setTabId(info.tabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

/** What the annotator reported for a tab (outline, anchors), kept live from storage.session. */
export function usePageReport(tabId: number | undefined): PageReport | undefined {
  return useSessionValue<PageReport>(tabId === undefined ? undefined : pageReportKey(tabId));
}

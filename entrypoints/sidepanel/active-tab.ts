import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pageReportKey } from '../../utils/messaging/page-report.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
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
  const [report, setReport] = useState<PageReport>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = pageReportKey(tabId);
    void browser.storage.session
      .get(key)
      .then((stored) => setReport(stored[key] as PageReport | undefined));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes)
        setReport(changes[key]?.newValue as PageReport | undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return report;
}

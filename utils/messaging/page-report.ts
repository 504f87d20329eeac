/** Where the background keeps a tab's latest page report (storage.session, one key per tab). */
export function pageReportKey(tabId: number): string {
  return `page:${tabId}`;
}

/** Where the background keeps which outline entry a tab's reader is in (storage.session). */
export function readingAtKey(tabId: number): string {
  return `reading:${tabId}`;
}

/** Where the background keeps what the content script found on a tab's page. */
export function pageSeenKey(tabId: number): string {
  return `seen:${tabId}`;
}

/** Where the background keeps why the annotator could not start in a tab, until it does. */
export function annotatorFailureKey(tabId: number): string {
  return `failed:${tabId}`;
}

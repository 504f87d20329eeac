/**
 * Asks the browser not to evict the extension's data under storage pressure. Only extension
 * pages can ask: the answer belongs to the origin that asks.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

/**
 * An extension page opened for a given tab (`popup.html?tab=12`, a popped-out workbench) stays
 * on that tab instead of following the active one.
 */
export function pinnedTabId(search: string = location.search): number | undefined {
  const pinned = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(pinned) && pinned > 0 ? pinned : undefined;
}

import { browser } from 'wxt/browser';
import type { RedlineDb } from '../../utils/db/index.ts';
import {
  EVERY_DOCUMENT,
  onAnyChangeSignal,
  signalChange,
} from '../../utils/messaging/change-signal.ts';
import { handle, Refusal } from '../../utils/messaging/handle.ts';
import { LIVE_SYNC_STATUS_KEY } from '../../utils/messaging/protocol.ts';
import { startLiveSync } from '../../utils/sync/live-sync.ts';

/** Wakes the service worker often enough that live sets keep syncing while the browser runs. */
const KEEP_SYNCING_ALARM = 'live-sets';

export function syncLiveSets(db: RedlineDb): void {
  const started = startLiveSync(db, {
    publish: (statuses) => browser.storage.session.set({ [LIVE_SYNC_STATUS_KEY]: statuses }),
    changed: () => signalChange(EVERY_DOCUMENT),
  });
  onAnyChangeSignal(() => void started.then((live) => live.localChange()));
  handle('connectLiveSet', async (request) => {
    const connected = await (await started).connect(request);
    if (!connected.ok) throw new Refusal(connected.errors);
    return connected.value;
  });
  handle('leaveLiveSet', async ({ setId }) => {
    await (await started).leave(setId);
    return {};
  });
  void browser.alarms.create(KEEP_SYNCING_ALARM, { periodInMinutes: 0.5 });
  // The alarm's work is done by waking: the background starts its live sets when it starts.
  browser.alarms.onAlarm.addListener(() => undefined);
}

import { useEffect, useState } from 'react';
import { getDb } from '../db/index.ts';
import { browserFlags, checkStorageHealth, dismissEvictionNotice } from '../db/storage-health.ts';

export interface StorageState {
  evicted: boolean;
  /** Whether the browser promised not to evict the data; undefined while asking. */
  persisted?: boolean;
  dismiss: () => void;
}

/** Checks on page load that the database is still the one Redline set up, and persistence. */
export function useStorageHealth(): StorageState {
  const [evicted, setEvicted] = useState(false);
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void checkStorageHealth(getDb(), browserFlags).then((health) => setEvicted(health.evicted));
    void (navigator.storage?.persisted?.() ?? Promise.resolve(false)).then(setPersisted);
  }, []);
  const dismiss = () => {
    setEvicted(false);
    void dismissEvictionNotice(browserFlags);
  };
  return { evicted, persisted, dismiss };
}

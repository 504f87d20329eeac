import { browser } from 'wxt/browser';
import { useStorageHealth } from '../utils/sharing/use-storage-health.ts';
import { EvictionWarning } from './EvictionWarning.tsx';

/** Above every workbench and options page: the eviction warning, when there is one. */
export function StorageHealthBanner({ onRestore }: { onRestore?: () => void }) {
  const health = useStorageHealth();
  if (!health.evicted) return null;
  return (
    <EvictionWarning
      onRestore={onRestore ?? (() => void browser.runtime.openOptionsPage())}
      onDismiss={health.dismiss}
    />
  );
}

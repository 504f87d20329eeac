import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * A value the background keeps in storage.session (page reports, annotator failures), kept
 * live for an extension page. No key, no value.
 */
export function useSessionValue<T>(key: string | undefined): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    setValue(undefined);
    if (key === undefined) return;
    void browser.storage.session.get(key).then((stored) => setValue(stored[key] as T | undefined));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setValue(changes[key]?.newValue as T | undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [key]);
  return value;
}

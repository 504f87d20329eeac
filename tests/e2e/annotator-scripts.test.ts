import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../locales/en.ts';
import { EXTENSION_DIR } from '../harness/browser.ts';

/**
 * English messages the minifier writes as they are: ASCII text long enough to be no other
 * string of the bundle (non-ASCII letters become escapes, quotes may change).
 */
const PLAIN_MESSAGES = Object.values(en).filter(
  (message) => message.length >= 30 && /^[\x20-\x7e]+$/.test(message) && !/[`'"\\$]/.test(message),
);

function messagesIn(file: string): string[] {
  const script = readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
  return PLAIN_MESSAGES.filter((message) => script.includes(message));
}

// The scripts injected into a draft page are compiled on its main thread before the highlights
// are painted: the catalog (35 KB) comes from the background, as for the other five languages.
describe('the scripts injected into a draft page, as built', () => {
  it('carry no English catalog, which the background serves', () => {
    expect(PLAIN_MESSAGES.length).toBeGreaterThan(150);
    // The check finds the catalog where it is bundled.
    expect(messagesIn('background.js')).toEqual(PLAIN_MESSAGES);
    expect(messagesIn('annotator.js')).toEqual([]);
    expect(messagesIn('annotator-view.js')).toEqual([]);
  });
});

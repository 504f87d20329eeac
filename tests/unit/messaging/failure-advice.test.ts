import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en } from '../../../locales/en.ts';
import { failureAdvice as adviceKey } from '../../../utils/messaging/failure-advice.ts';
import { protocol } from '../../../utils/messaging/protocol.ts';
import { OVERLONG_DRAFT_URL } from '../../harness/draft-page.ts';

/** The advice in English, as the popup shows it. */
const failureAdvice = (reason: string): string => en[adviceKey(reason)];

/** The reason the annotator records when the background refuses its `documentSeen`. */
function refusal(seen: Record<string, unknown>): string {
  const parsed = protocol.documentSeen.request.safeParse({
    key: 'un:A/AC.254/4/Rev.11:en',
    url: 'https://www.unodc.org/documents/treaties/UNTOC/draft-convention.html',
    kind: 'html',
    version: 'v1',
    text: 'Article 1',
    ...seen,
  });
  if (parsed.success) throw new Error('expected a refusal');
  return `invalid-request: ${z.prettifyError(parsed.error)}`;
}

describe('what the popup tells the user to do when Redline could not start', () => {
  it('an address too long to record: open the document at a shorter one', () => {
    const reason = refusal({ url: OVERLONG_DRAFT_URL });
    expect(reason).toMatch(/<=4096 characters[\s\S]*→ at url/);
    expect(failureAdvice(reason)).toMatch(/^This page’s address is longer than Redline can record/);
  });

  it('a document too long to keep: open its PDF in the viewer', () => {
    const reason = refusal({ text: 'x'.repeat(20_000_001) });
    expect(failureAdvice(reason)).toMatch(/^This document is longer than Redline can keep/);
  });

  it('no answer from the background: reload the page', () => {
    expect(
      failureAdvice('unreachable: Could not establish connection. Receiving end does not exist.'),
    ).toMatch(/^Redline’s background did not answer.*Reload the page/);
  });

  it('a full disk, a page the browser protects, anything else: each says what to do', () => {
    expect(failureAdvice('failed: QuotaExceededError: The quota has been exceeded.')).toMatch(
      /no room left/,
    );
    expect(failureAdvice('Cannot access contents of the page.')).toMatch(/this kind of page/);
    expect(failureAdvice('failed: something unforeseen')).toMatch(
      /^Reload the page, then choose Try again\. If it fails again, report the technical details/,
    );
  });
});

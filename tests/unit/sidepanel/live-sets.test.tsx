// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { LiveSets } from '../../../components/LiveSets.tsx';
import { problem } from '../../../utils/formats/import/problem.ts';
import type { SyncStatus } from '../../../utils/sync/link.ts';
import { reactRootPerTest } from '../react-root.ts';

const mounted = reactRootPerTest();

it('lists the documents on the server a live set left out, each with its reason', () => {
  const status: SyncStatus = {
    setId: 'my-comments',
    database: 'redline-set-my-comments',
    server: 'sync.example.org',
    state: 'in-sync',
    conflicts: 0,
    pending: 0,
    skipped: [
      problem('sync.otherSet', { found: 'their-comments' }, 'annotation:a1'),
      problem('sync.privateComment', undefined, 'annotation:a2'),
    ],
    at: '2026-12-01T05:00:00.000Z',
  };
  mounted.render(
    <LiveSets
      sets={[]}
      statuses={[status]}
      onConnect={async () => undefined}
      onLeave={() => undefined}
    />,
  );
  const details = mounted.container.querySelector('.live-set details');
  expect(details?.querySelector('summary')?.textContent).toBe(
    '2 documents on the server were left out',
  );
  expect([...(details?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
    'annotation:a1: it belongs to the set "their-comments", not to this one',
    'annotation:a2: a private comment, which is never shared',
  ]);
});

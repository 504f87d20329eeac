// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { SetRow } from '../../../components/SetRow.tsx';
import type { AnnotationSetInfo } from '../../../utils/formats/annotation-set.ts';
import { defaultSet } from '../../../utils/formats/layers.ts';
import { reactRootPerTest } from '../react-root.ts';

const mounted = reactRootPerTest();

const now = '2026-11-30T10:00:00.000Z';
const mine = defaultSet({ authorName: 'Jonas Weber', organisation: 'Digital Rights Watch' }, now);
const hers: AnnotationSetInfo = {
  ...defaultSet({ authorName: 'Amina Diallo', organisation: 'Civil Liberties Forum' }, now),
  id: 'my-comments~colleague',
  origin: 'imported',
};

it('names the controls of two sets both called "My comments" by whose they are', () => {
  const noop = () => undefined;
  mounted.render(
    <ul>
      {[mine, hers].map((set) => (
        <SetRow
          key={set.id}
          set={set}
          annotations={1}
          documents={1}
          selected={false}
          onSelect={noop}
          onShow={noop}
          onRename={noop}
          onRecolour={noop}
        />
      ))}
    </ul>,
  );
  const names = [...mounted.container.querySelectorAll('[aria-label]')].map((element) =>
    element.getAttribute('aria-label'),
  );
  expect(names).toEqual([
    'My comments — Jonas Weber, Digital Rights Watch',
    'Colour of the set My comments — Jonas Weber, Digital Rights Watch',
    'Name of the set My comments — Jonas Weber, Digital Rights Watch',
    'Show My comments — Jonas Weber, Digital Rights Watch',
    'Select My comments — Jonas Weber, Digital Rights Watch for export',
    'My comments — Amina Diallo, Civil Liberties Forum',
    'Colour of the set My comments — Amina Diallo, Civil Liberties Forum',
    'Name of the set My comments — Amina Diallo, Civil Liberties Forum',
    'Show My comments — Amina Diallo, Civil Liberties Forum',
    'Select My comments — Amina Diallo, Civil Liberties Forum for export',
  ]);
});

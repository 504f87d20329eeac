import type { CarryResult } from '../../../../utils/revisions/carry-over.ts';
import { sameProvision } from '../../../../utils/revisions/provision.ts';
import type { Expectation } from '../../../fixtures/revisions/fixture.ts';

/**
 * The columns of the report. `wrong` is a comment placed on the wrong words: a passage that is
 * gone but was placed, or a placement that does not overlap where the words went. `lost` is a
 * passage that survived but was reported gone (flagged, never silent); `misflagged` is one placed
 * on its words but with another status, another provision, or, for the same words, other offsets.
 */
export type Verdict =
  | 'unchanged'
  | 'changed and right'
  | 'moved and right'
  | 'gone'
  | 'wrong'
  | 'lost'
  | 'misflagged';

export const VERDICTS: readonly Verdict[] = [
  'unchanged',
  'changed and right',
  'moved and right',
  'gone',
  'wrong',
  'lost',
  'misflagged',
];

export function judge(result: CarryResult, expected: Expectation): Verdict {
  if (result.status === 'gone') return expected.status === 'gone' ? 'gone' : 'lost';
  if (expected.status === 'gone') return 'wrong';
  const [start, end] = [result.start ?? 0, result.end ?? 0];
  const [trueStart, trueEnd] = [expected.start ?? 0, expected.end ?? 0];
  if (Math.min(end, trueEnd) <= Math.max(start, trueStart)) return 'wrong';
  const spanRight = !expected.sameWords || (start === trueStart && end === trueEnd);
  const provisionRight = sameProvision(result.newProvision ?? '', expected.newProvision ?? '');
  if (result.status !== expected.status || !provisionRight || !spanRight) return 'misflagged';
  if (result.status === 'unchanged') return 'unchanged';
  return result.status === 'changed' ? 'changed and right' : 'moved and right';
}

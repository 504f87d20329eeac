import { describePassage } from '../../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../../utils/anchoring/search-text.ts';
import { type CarryCandidate, carryOver } from '../../../../utils/revisions/carry-over.ts';
import { flattenUnits, outlineText } from '../../../../utils/un/outline.ts';
import { loadRevisionFixture } from '../../../fixtures/revisions/fixture.ts';

export const fixture = loadRevisionFixture();

const oldDoc = new SearchText(fixture.rev0, flattenUnits(outlineText(fixture.rev0).units));

/** Each fixture passage as the extension saves a comment on it: selectors and provision. */
export const candidates: CarryCandidate[] = fixture.passages.map((passage) => {
  const target = describePassage(oldDoc, passage.start, passage.end);
  return { id: passage.id, target, provision: target.structure?.address ?? '' };
});

export const carried = carryOver(candidates, fixture.rev1);

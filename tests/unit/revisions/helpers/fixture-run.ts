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

/** Carried as the extension and the CLI carry them: with the text the comments were made on. */
export const carried = carryOver(candidates, fixture.rev1, undefined, fixture.rev0);

/** Carried from their selectors alone, when the earlier text is not kept. */
export const carriedFromQuotes = carryOver(candidates, fixture.rev1);

import { anchorMany } from '../anchoring/anchor.ts';
import { describePassage } from '../anchoring/describe.ts';
import { SearchText } from '../anchoring/search-text.ts';
import type { Annotation } from '../formats/annotation.ts';
import { type DiffPart, wordDiff } from '../formats/export/word-diff.ts';
import { outlineText, structuralUnits } from '../un/outline.ts';
import type { OutlineUnit } from '../un/schemas.ts';
import { sameProvision } from './provision.ts';

/**
 * What became of a comment's passage in a newer revision (DESIGN.md rule 5: nothing is moved
 * silently, so every status but `unchanged` asks the user to accept or re-target):
 * - `unchanged`: the same words, in the same provision;
 * - `changed`: the words were edited, in the same provision (`diff` shows how);
 * - `moved`: the passage now stands in another provision (renumbering counts). When its words
 *   changed too, it is still `moved`, with `diff` filled: the provision is the bigger news, and
 *   the diff says the rest;
 * - `gone`: anchoring found no place it could vouch for (deleted, or too rewritten to tell).
 */
export type CarryStatus = 'unchanged' | 'changed' | 'moved' | 'gone';

export interface CarryCandidate {
  id: string;
  target: Annotation['target'];
  provision: string;
}

export interface CarryResult {
  id: string;
  status: CarryStatus;
  oldProvision: string;
  /** Address of the deepest outline unit at the new start; empty outside every unit. */
  newProvision?: string;
  /** Offsets in the new text; absent when gone. */
  start?: number;
  end?: number;
  /** The new text at start..end. */
  newText?: string;
  /** How anchoring found it: the same words (whitespace aside), or close ones. */
  match?: 'exact' | 'fuzzy';
  /** Anchoring score: 1 for exact. */
  score?: number;
  /** Word diff of the old quote against the new text, whenever the words changed. */
  diff?: DiffPart[];
  /** Selectors described on the new text, ready to save; absent when gone. */
  target?: Annotation['target'];
}

/**
 * Carries comments made on an earlier revision onto `newText`. Placement is anchoring's alone
 * (exact, fuzzy with score, or orphan when the evidence is thin); this only names what the
 * placement means for the comment. The originals are not touched. With `oldText`, the text the
 * comments were made on, a passage deleted in the new revision is never reported `moved` onto
 * another copy of its words (see anchorMany).
 */
export function carryOver(
  candidates: readonly CarryCandidate[],
  newText: string,
  newUnits: readonly OutlineUnit[] = outlineText(newText).units,
  oldText?: string,
): CarryResult[] {
  const search = new SearchText(newText, structuralUnits({ units: newUnits }));
  const previous = oldText === undefined ? undefined : new SearchText(oldText);
  const anchors = anchorMany(
    candidates.map((candidate) => candidate.target),
    search,
    [],
    previous,
  );
  return candidates.map((candidate, i): CarryResult => {
    const anchor = anchors[i];
    const oldProvision = candidate.provision;
    if (!anchor || anchor.status === 'orphan') {
      return { id: candidate.id, status: 'gone', oldProvision };
    }
    const { start, end } = anchor;
    const target = describePassage(search, start, end);
    const newProvision = target.structure?.address ?? '';
    const placed = newText.slice(start, end);
    // Exact anchoring ignores whitespace only: the words are the same.
    const wordsChanged = anchor.status === 'fuzzy';
    const moved = !sameProvision(oldProvision, newProvision);
    const status: CarryStatus = moved ? 'moved' : wordsChanged ? 'changed' : 'unchanged';
    return {
      id: candidate.id,
      status,
      oldProvision,
      newProvision,
      start,
      end,
      newText: placed,
      match: anchor.status,
      score: anchor.status === 'exact' ? 1 : anchor.score,
      ...(wordsChanged ? { diff: wordDiff(candidate.target.quote.exact, placed) } : {}),
      target,
    };
  });
}

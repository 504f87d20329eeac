import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describePassage } from '../../utils/anchoring/describe.ts';
import { SearchText } from '../../utils/anchoring/search-text.ts';
import type { PassageSelectors } from '../../utils/anchoring/selectors.ts';
import { buildTextIndex } from '../../utils/anchoring/text-index.ts';
import { extractDraftText } from '../../utils/un/draft-page.ts';
import { structuralUnits } from '../../utils/un/outline.ts';
import { DRAFT_URL } from './draft-page.ts';

const DRAFT_FILE = path.resolve(import.meta.dirname, '../fixtures/un/untoc-draft.html');

/**
 * `count` passages of `words` words spread evenly over an HTML draft (the UNTOC draft fixture
 * unless `html` is given), described as the annotator describes a selection there, so benches
 * anchor what users would have made.
 */
export function passagesOnHtmlDraft(
  count: number,
  words: number,
  html: string = readFileSync(DRAFT_FILE, 'utf8'),
  url: string = DRAFT_URL,
): PassageSelectors[] {
  const window = new Window({ url });
  window.document.write(html);
  const draft = extractDraftText(window.document as unknown as Document);
  const text = buildTextIndex(draft.root).text;
  const units = structuralUnits(draft.outline);
  const search = new SearchText(text, units);
  const runs = [...text.matchAll(new RegExp(`\\S+(?:\\s+\\S+){${words - 1}}`, 'g'))];
  const step = Math.floor(runs.length / count);
  return Array.from({ length: count }, (_, i) => {
    const match = runs[i * step] as RegExpMatchArray;
    const start = match.index as number;
    return describePassage(search, start, start + match[0].length);
  });
}

import { buildTextIndex } from '../utils/anchoring/text-index.ts';
import { extractDraftText } from '../utils/un/draft-page.ts';
import { withHtmlDocument } from './commands/detect.ts';

/** The text of the page's draft content, through the same text index the extension uses. */
export function htmlDraftText(html: string): Promise<string> {
  return withHtmlDocument(
    html,
    undefined,
    (doc) => buildTextIndex(extractDraftText(doc).root).text,
  );
}

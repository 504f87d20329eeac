import { slug } from '../slug.ts';
import type { Submission } from '../submission.ts';

/**
 * `A_AC.291_22_Rev.1-CIVICUS-comments.docx`: the symbol first, written as the UN writes it in
 * file names (`/` becomes `_`), so a coordinator's folder sorts by document, then by
 * organisation. Without a symbol the title stands in, then `document`.
 */
export function submissionFileName(
  submission: Pick<Submission, 'document' | 'organisation'>,
  extension: string,
): string {
  const { document, organisation } = submission;
  const name =
    (document.symbol && symbolPart(document.symbol)) || slug(document.title ?? '') || 'document';
  const by = slug(organisation.acronym) || slug(organisation.name);
  return `${[name, by, 'comments'].filter(Boolean).join('-')}.${extension}`;
}

function symbolPart(symbol: string): string {
  return symbol
    .trim()
    .replaceAll('/', '_')
    .replace(/[^A-Za-z0-9._]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

import type { Submission } from '../submission.ts';

const MAX_SLUG = 60;

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

/** ASCII letters, digits and single hyphens: safe on every file system and in every mail client. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/**
 * Redline's terms for the W3C Web Annotation model, so a round trip through another tool's
 * reader and back into Redline loses nothing. Committed as `utils/formats/schemas/
 * redline-context.jsonld` (a unit test keeps the two equal); exports embed it after the
 * Web Annotation context, so the file needs no network to be read as JSON-LD.
 * Structured values are JSON literals (`@json`, JSON-LD 1.1): Redline reads them back as they were.
 */
export const REDLINE_VOCABULARY = 'urn:redline:vocab:';

export const REDLINE_CONTEXT = {
  '@version': 1.1,
  redline: REDLINE_VOCABULARY,
  'redline:id': { '@type': '@json' },
  'redline:set': { '@type': '@json' },
  'redline:sets': { '@type': '@json' },
  'redline:document': { '@type': '@json' },
  'redline:documents': { '@type': '@json' },
  'redline:textVersion': { '@type': '@json' },
  'redline:structure': { '@type': '@json' },
  'redline:proposal': { '@type': '@json' },
  'redline:author': { '@type': '@json' },
  'redline:carriedFrom': { '@type': '@json' },
  'redline:private': { '@type': '@json' },
} as const;

/** The committed context file's content. */
export function renderRedlineContext(): string {
  return `${JSON.stringify({ '@context': REDLINE_CONTEXT }, null, 2)}\n`;
}

import type { Annotation } from '../annotation.ts';
import type { SubmissionDocument } from '../submission.ts';
import { provisionOf } from '../submission-order.ts';
import { amendedText } from './amendment.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Purpose =
  | 'commenting'
  | 'editing'
  | 'describing'
  | 'tagging'
  | 'assessing'
  | 'classifying'
  | 'identifying';

export interface W3cTextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: Purpose;
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | ['commenting', 'editing'];
  body: W3cTextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
    state: { type: 'TimeState'; sourceDate: string; cached: string };
  };
  created: string;
  modified: string;
  creator: { id: string; type: 'Person'; name: string };
}

/** One self-contained file: a collection with its single page embedded, as the model allows. */
export interface W3cAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Web Annotation Data Model, for other annotation tools. How Redline's fields map:
 * - comment `commenting`, proposal `editing` (its value is the passage as amended, so
 *   replace, insert and delete read alike), rationale `describing`, tags `tagging`, stance
 *   `assessing`, priority `classifying`, provision address `identifying`;
 * - the text version becomes a TimeState: `sourceDate` is when the passage was annotated, and
 *   `cached` names the exact text by its fingerprint (`urn:redline:text:…`), since the model
 *   has no field for a content hash and `cached` is the one that identifies a representation;
 * - ids are `urn:uuid:` for UUID ids (what Redline creates) and `urn:redline:annotation:…`
 *   otherwise, so the same annotation keeps the same id across exports.
 */
export function submissionToW3c(
  annotations: readonly Annotation[],
  document: SubmissionDocument,
  collectionId: string = `urn:uuid:${crypto.randomUUID()}`,
): string {
  const collection: W3cAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Redline comments on ${document.symbol ?? document.title ?? document.key}`,
    total: annotations.length,
    first: {
      id: `${collectionId}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((annotation) => toW3c(annotation, sourceOf(document))),
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** A symbol resolves at undocs.org, the UN's own document link service. */
function sourceOf(document: SubmissionDocument): string {
  if (document.url) return document.url;
  if (document.symbol) {
    const language = document.language ? `${encodeURIComponent(document.language)}/` : '';
    return `https://undocs.org/${language}${document.symbol.split('/').map(encodeURIComponent).join('/')}`;
  }
  return `urn:redline:document:${encodeURIComponent(document.key)}`;
}

function toW3c(annotation: Annotation, source: string): W3cAnnotation {
  const { quote, position, documentVersion } = annotation.target;
  return {
    id: urnOf(annotation.id, 'annotation'),
    type: 'Annotation',
    motivation: annotation.proposal ? ['commenting', 'editing'] : 'commenting',
    body: bodiesOf(annotation),
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
      state: {
        type: 'TimeState',
        sourceDate: annotation.createdAt,
        cached: `urn:redline:text:${encodeURIComponent(documentVersion)}`,
      },
    },
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: {
      id: urnOf(annotation.author.id, 'author'),
      type: 'Person',
      name: annotation.author.name,
    },
  };
}

function bodiesOf(annotation: Annotation): W3cTextualBody[] {
  const proposal = annotation.proposal;
  const bodies: Array<[Purpose, string | undefined]> = [
    ['identifying', provisionOf(annotation)],
    ['commenting', annotation.comment],
    ['editing', proposal && amendedText(annotation.target.quote.exact, proposal)],
    ['describing', annotation.rationale],
    ['assessing', annotation.stance],
    ['classifying', annotation.priority && `priority: ${annotation.priority}`],
    ...annotation.tags.map((tag): [Purpose, string] => ['tagging', tag]),
  ];
  return bodies
    .filter(([purpose, value]) => value !== undefined && (value !== '' || purpose === 'editing'))
    .map(([purpose, value]) => ({
      type: 'TextualBody',
      value: value as string,
      format: 'text/plain',
      purpose,
    }));
}

function urnOf(id: string, kind: string): string {
  return UUID.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:redline:${kind}:${encodeURIComponent(id)}`;
}

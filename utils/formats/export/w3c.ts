import type { Annotation, Reply } from '../annotation.ts';
import { stableHash } from '../import/stable-id.ts';
import type { SetFileSet } from '../merge.ts';
import type { SetFileDocument } from '../set-file.ts';
import type { SubmissionDocument } from '../submission.ts';
import { amendedText } from './amendment.ts';
import { REDLINE_CONTEXT } from './redline-context.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type W3cContext = [typeof ANNO_CONTEXT, typeof REDLINE_CONTEXT];

type Purpose =
  | 'commenting'
  | 'editing'
  | 'describing'
  | 'tagging'
  | 'assessing'
  | 'classifying'
  | 'identifying'
  | 'replying';

export interface W3cTextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: Purpose;
}

interface W3cCreator {
  id: string;
  type: 'Person';
  name: string;
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | ['commenting', 'editing'];
  /** Text bodies by purpose, then the comment's links as IRIs. */
  body: Array<W3cTextualBody | string>;
  target: {
    source: string;
    selector: Array<
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    >;
    state?: { type: 'TimeState'; sourceDate: string };
    'redline:textVersion'?: string;
    'redline:structure'?: NonNullable<Annotation['target']['structure']>;
  };
  created?: string;
  modified?: string;
  creator?: W3cCreator;
  'redline:id': string;
  'redline:set': string;
  'redline:document': string;
  'redline:author'?: NonNullable<Annotation['author']>;
  'redline:proposal'?: NonNullable<Annotation['proposal']>;
  'redline:carriedFrom'?: NonNullable<Annotation['carriedFrom']>;
  'redline:private'?: true;
}

/** A reply, as the model writes one: an annotation on the annotation it answers. */
export interface W3cReply {
  id: string;
  type: 'Annotation';
  motivation: 'replying';
  body: W3cTextualBody;
  target: string;
  created?: string;
  modified?: string;
  creator?: W3cCreator;
  'redline:id': string;
  'redline:author'?: NonNullable<Reply['author']>;
  'redline:private'?: true;
}

/** One self-contained file: a collection with its single page embedded, as the model allows. */
export interface W3cAnnotationCollection {
  '@context': W3cContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  'redline:sets': SetFileSet[];
  'redline:documents': SetFileDocument[];
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: Array<W3cAnnotation | W3cReply>;
  };
}

export interface W3cExportOptions {
  /** The sets the annotations belong to, described in the file so a re-import finds them. */
  sets?: readonly SetFileSet[];
  /** Defaults to an id derived from the document and the annotations: the same every time. */
  collectionId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Web Annotation Data Model, for other annotation tools. How Redline's fields map:
 * - comment `commenting`, proposal `editing` (its value is the passage as amended, so
 *   replace, insert and delete read alike), rationale `describing`, tags `tagging`, stance
 *   `assessing`, priority `classifying`, provision address `identifying`, links as IRI bodies,
 *   replies as `replying` annotations on the comment;
 * - what the model has no term for travels in Redline's namespaced context
 *   (`redline-context.ts`): ids, set, document key, text version, structural address, the kind
 *   of proposal, the author's organisation, the revision a comment was carried from, privacy;
 * - what Redline does not know is left out (no invented dates, positions or authors);
 * - ids are `urn:uuid:` for UUID ids (what Redline creates) and `urn:redline:annotation:…`
 *   otherwise, so the same annotation keeps the same id across exports.
 */
export function submissionToW3c(
  annotations: readonly Annotation[],
  document: SubmissionDocument,
  options: W3cExportOptions = {},
): string {
  const source = sourceOf(document);
  const setIds = new Set(annotations.map((annotation) => annotation.setId));
  const collectionId =
    options.collectionId ??
    `urn:redline:collection:${stableHash([document.key, ...[...setIds].sort()].join('\n'))}`;
  const items = annotations.flatMap((annotation) => {
    const item = toW3c(annotation, source);
    return [item, ...(annotation.replies ?? []).map((reply) => replyToW3c(reply, item.id))];
  });
  const collection: W3cAnnotationCollection = {
    '@context': [ANNO_CONTEXT, REDLINE_CONTEXT],
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Redline comments on ${document.symbol ?? document.title ?? document.key}`,
    total: items.length,
    'redline:sets': (options.sets ?? []).filter((set) => setIds.has(set.id)),
    'redline:documents': [documentOf(document)],
    first: {
      id: `${collectionId}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function documentOf(document: SubmissionDocument): SetFileDocument {
  const { key, symbol, language, title, url, version } = document;
  return {
    key,
    ...(symbol && { symbol }),
    ...(language && { language }),
    ...(title && { title }),
    ...(url && { url }),
    versions: version ? [version] : [],
  };
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

function creatorOf(author: Annotation['author']): { creator?: W3cCreator } {
  if (!author) return {};
  return { creator: { id: urnOf(author.id, 'author'), type: 'Person', name: author.name } };
}

function datesOf(version: { createdAt?: string; updatedAt?: string }) {
  return {
    ...(version.createdAt && { created: version.createdAt }),
    ...(version.updatedAt && { modified: version.updatedAt }),
  };
}

function toW3c(annotation: Annotation, source: string): W3cAnnotation {
  const { quote, position, structure, documentVersion } = annotation.target;
  return {
    id: urnOf(annotation.id, 'annotation'),
    type: 'Annotation',
    motivation: annotation.proposal ? ['commenting', 'editing'] : 'commenting',
    body: [...bodiesOf(annotation), ...(annotation.links ?? [])],
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        ...(position
          ? [{ type: 'TextPositionSelector' as const, start: position.start, end: position.end }]
          : []),
      ],
      ...(annotation.createdAt && {
        state: { type: 'TimeState' as const, sourceDate: annotation.createdAt },
      }),
      ...(documentVersion && { 'redline:textVersion': documentVersion }),
      ...(structure && { 'redline:structure': structure }),
    },
    ...datesOf(annotation),
    ...creatorOf(annotation.author),
    'redline:id': annotation.id,
    'redline:set': annotation.setId,
    'redline:document': annotation.documentKey,
    ...(annotation.author && { 'redline:author': annotation.author }),
    ...(annotation.proposal && { 'redline:proposal': annotation.proposal }),
    ...(annotation.carriedFrom && { 'redline:carriedFrom': annotation.carriedFrom }),
    ...(annotation.private && { 'redline:private': true as const }),
  };
}

function replyToW3c(reply: Reply, parentId: string): W3cReply {
  return {
    id: urnOf(reply.id, 'annotation'),
    type: 'Annotation',
    motivation: 'replying',
    body: { type: 'TextualBody', value: reply.text, format: 'text/plain', purpose: 'replying' },
    target: parentId,
    ...datesOf(reply),
    ...creatorOf(reply.author),
    'redline:id': reply.id,
    ...(reply.author && { 'redline:author': reply.author }),
    ...(reply.private && { 'redline:private': true as const }),
  };
}

function bodiesOf(annotation: Annotation): W3cTextualBody[] {
  const proposal = annotation.proposal;
  const bodies: Array<[Purpose, string | undefined]> = [
    ['identifying', annotation.provision],
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

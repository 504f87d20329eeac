import type { DocumentRecord } from '../formats/document.ts';
import { parseSymbol, type UnSymbol } from '../un/symbol.ts';

/** The revisions of one draft in one language, oldest first. */
export interface RevisionFamily {
  /** `family|language`, e.g. `A/AC.291/22|en`. */
  key: string;
  family: string;
  language: string;
  revisions: DocumentRecord[];
  newest: DocumentRecord;
}

/** A limited-distribution draft (`A/AC.291/L.15`): the stage after the numbered revisions. */
const LIMITED = /(?:^|\/)L\.(\d+)$/;

/**
 * Groups documents into families: the recorded family (which the user may have linked), else
 * the symbol without its Rev/Corr/Add parts, else the document alone. Languages are kept apart:
 * a comment on the English text belongs on the English revision.
 */
export function revisionFamilies(documents: readonly DocumentRecord[]): RevisionFamily[] {
  const groups = new Map<string, DocumentRecord[]>();
  for (const document of documents) {
    const key = familyKey(document);
    groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  return [...groups].map(([key, members]) => {
    const revisions = [...members].sort(compareRevisions);
    const first = revisions[0] as DocumentRecord;
    return {
      key,
      family: familyOf(first),
      language: languageOf(first),
      revisions,
      newest: revisions[revisions.length - 1] as DocumentRecord,
    };
  });
}

/**
 * The revisions of the document with `key` that came before it, the nearest first: the one to
 * offer when carrying comments over. Empty for an unknown key or a first revision.
 */
export function earlierRevisions(
  documents: readonly DocumentRecord[],
  key: string,
): DocumentRecord[] {
  const document = documents.find((candidate) => candidate.key === key);
  if (!document) return [];
  const family = familyKey(document);
  return documents
    .filter((other) => familyKey(other) === family && compareRevisions(other, document) < 0)
    .sort(compareRevisions)
    .reverse();
}

function familyKey(document: DocumentRecord): string {
  return `${familyOf(document)}|${languageOf(document)}`;
}

function familyOf(document: DocumentRecord): string {
  return document.family ?? parsed(document)?.family ?? document.key;
}

function languageOf(document: DocumentRecord): string {
  return document.language ?? parsed(document)?.language ?? 'und';
}

function parsed(document: DocumentRecord): UnSymbol | undefined {
  return document.symbol ? parseSymbol(document.symbol) : undefined;
}

/**
 * Base, Rev.1, Rev.2 …, then the L. documents by number (each with its own revisions); a corrigendum right
 * after what it corrects. Documents the symbol cannot order go by when they were last seen.
 */
function compareRevisions(a: DocumentRecord, b: DocumentRecord): number {
  const [rankA, rankB] = [revisionRank(a), revisionRank(b)];
  for (let i = 0; i < rankA.length; i++) {
    const order = (rankA[i] as number) - (rankB[i] as number);
    if (order !== 0) return order;
  }
  return a.lastSeenAt.localeCompare(b.lastSeenAt) || a.key.localeCompare(b.key);
}

function revisionRank(document: DocumentRecord): number[] {
  const symbol = parsed(document);
  if (!symbol) return [0, 0, 0, 0, 0];
  const limited = LIMITED.exec(symbol.family);
  return [
    limited ? 1 : 0,
    Number(limited?.[1] ?? 0),
    symbol.revision ?? 0,
    symbol.corrigendum ?? 0,
    symbol.addendum ?? 0,
  ];
}

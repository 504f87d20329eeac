import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../utils/formats/document.ts';
import { earlierRevisions, revisionFamilies } from '../../../utils/revisions/family.ts';

function record(symbol: string, language = 'en', extra: Partial<DocumentRecord> = {}) {
  return {
    key: `${symbol}|${language}`,
    symbol,
    language,
    url: `https://undocs.org/${language}/${symbol}`,
    kind: 'pdf',
    versions: [],
    lastSeenAt: '2024-01-01T00:00:00.000Z',
    ...extra,
  } satisfies DocumentRecord;
}

const keys = (documents: readonly DocumentRecord[]) => documents.map((document) => document.key);

describe('revisionFamilies', () => {
  it('orders the base before Rev.1 before Rev.2, whatever order they were seen in', () => {
    const [family] = revisionFamilies([
      record('A/AC.291/22/Rev.2'),
      record('A/AC.291/22'),
      record('A/AC.291/22/Rev.1'),
    ]);
    expect(keys(family?.revisions ?? [])).toEqual([
      'A/AC.291/22|en',
      'A/AC.291/22/Rev.1|en',
      'A/AC.291/22/Rev.2|en',
    ]);
    expect(family?.newest.key).toBe('A/AC.291/22/Rev.2|en');
    expect(family).toMatchObject({ key: 'A/AC.291/22|en', family: 'A/AC.291/22', language: 'en' });
  });

  it('orders Rev.10 after Rev.9 (by number, not as text) and a corrigendum after what it corrects', () => {
    const [family] = revisionFamilies([
      record('A/AC.291/22/Rev.10'),
      record('A/AC.291/22/Rev.9/Corr.1'),
      record('A/AC.291/22/Rev.9'),
    ]);
    expect(keys(family?.revisions ?? [])).toEqual([
      'A/AC.291/22/Rev.9|en',
      'A/AC.291/22/Rev.9/Corr.1|en',
      'A/AC.291/22/Rev.10|en',
    ]);
  });

  it('puts L. documents the user linked to a family after its revisions, by number', () => {
    const family = 'A/AC.291/22';
    const [group] = revisionFamilies([
      record('A/AC.291/L.16', 'en', { family }),
      record('A/AC.291/L.15', 'en', { family }),
      record('A/AC.291/22/Rev.3'),
      record('A/AC.291/L.15/Rev.1', 'en', { family }),
    ]);
    expect(keys(group?.revisions ?? [])).toEqual([
      'A/AC.291/22/Rev.3|en',
      'A/AC.291/L.15|en',
      'A/AC.291/L.15/Rev.1|en',
      'A/AC.291/L.16|en',
    ]);
    expect(group?.newest.symbol).toBe('A/AC.291/L.16');
  });

  it('keeps languages and unrelated drafts apart', () => {
    const families = revisionFamilies([
      record('A/AC.291/22', 'en'),
      record('A/AC.291/22/Rev.1', 'fr'),
      record('A/AC.291/22', 'fr'),
      record('A/AC.291/23', 'en'),
    ]);
    expect(families.map((family) => [family.key, family.revisions.length])).toEqual([
      ['A/AC.291/22|en', 1],
      ['A/AC.291/22|fr', 2],
      ['A/AC.291/23|en', 1],
    ]);
  });

  it('gives a page without a symbol a family of its own', () => {
    const page = record('', 'en', { key: 'https://example.org/draft', symbol: undefined });
    const [family] = revisionFamilies([page]);
    expect(family).toMatchObject({ family: 'https://example.org/draft', newest: page });
  });
});

describe('earlierRevisions', () => {
  const documents = [
    record('A/AC.291/22/Rev.1'),
    record('A/AC.291/22/Rev.2'),
    record('A/AC.291/22'),
    record('A/AC.291/22/Rev.1', 'fr'),
    record('A/AC.291/23'),
  ];

  it('lists the same draft’s earlier revisions in that language, the nearest first', () => {
    expect(keys(earlierRevisions(documents, 'A/AC.291/22/Rev.2|en'))).toEqual([
      'A/AC.291/22/Rev.1|en',
      'A/AC.291/22|en',
    ]);
  });

  it('is empty for a first revision and for an unknown document', () => {
    expect(earlierRevisions(documents, 'A/AC.291/22|en')).toEqual([]);
    expect(earlierRevisions(documents, 'A/AC.291/99|en')).toEqual([]);
  });
});

/**
 * Database states Redline can hold, for the backup property test: every table, texts as long as
 * a real consolidated draft and longer, many versions, tombstones, conflicts, and the characters
 * that test an encoding — astral-plane ones, right-to-left scripts, controls, lone surrogates.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { BackupTables } from '../../../utils/db/backup.ts';
import type { DocumentText, ProfileRecord, RedlineDb } from '../../../utils/db/schema.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../../../utils/formats/annotation-set.ts';
import type { CommentDraft } from '../../../utils/formats/comment-draft.ts';
import type { DocumentRecord } from '../../../utils/formats/document.ts';
import { LIMITS } from '../../../utils/formats/limits.ts';

const UNTOC = readFileSync(path.resolve(__dirname, '../../fixtures/un/untoc.txt'), 'utf8');
const ARABIC = 'المادة 5 — تجريم المشاركة في جماعة إجرامية منظمة';
const HEBREW = 'סעיף 5 — הפללת ההשתתפות בקבוצת פשע מאורגנת';
/** What JSON escapes, and what JavaScript and JSON disagree about. */
const AWKWARD = '"\\/\u0000\u0001\u001f\u007f\u2028\u2029\uFEFF\u202B\u202C\u200F';

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(ARABIC, HEBREW, AWKWARD, '𝔄𝔯𝔱. 5 😀 𠀋', UNTOC.slice(0, 200)),
);

export function text(maxLength: number, minLength = 0): fc.Arbitrary<string> {
  return fc
    .array(piece, { maxLength: 6 })
    .map((pieces) => pieces.join('').slice(0, maxLength).padEnd(minLength, 'x'));
}

/** A field's own value: what a form stores after trimming. */
const trimmed = (maxLength: number) => text(maxLength).map((value) => value.trim());
const id = text(40, 1);
const instant = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** At least 2 MiB: the treaty's text, then generated text, repeated. */
const longText = fc
  .tuple(text(4_000), fc.integer({ min: 2 * 1024 * 1024, max: 2 * 1024 * 1024 + 50_000 }))
  .map(([generated, length]) => {
    const unit = `${UNTOC}\n${generated}\n`;
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

const target = fc.record({
  quote: fc.record({
    type: fc.constant('TextQuoteSelector' as const),
    exact: text(LIMITS.quote),
    prefix: text(32),
    suffix: text(32),
  }),
  position: fc
    .tuple(fc.nat({ max: 3_000_000 }), fc.nat({ max: 20_000 }))
    .map(([start, length]) => ({
      type: 'TextPositionSelector' as const,
      start,
      end: start + length,
    })),
  structure: fc.option(
    fc.record({
      type: fc.constant('StructuralSelector' as const),
      address: text(40, 1),
      offset: fc.nat(),
      unitLength: fc.nat(),
    }),
    { nil: undefined },
  ),
  documentVersion: text(64),
});

const fields = {
  comment: text(LIMITS.longText),
  proposal: fc.option(
    fc.record({
      kind: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const),
      text: text(LIMITS.longText),
    }),
    { nil: undefined },
  ),
  rationale: text(LIMITS.longText),
  tags: fc.array(text(30), { maxLength: LIMITS.tags }),
  stance: fc.option(fc.constantFrom('support', 'oppose', 'amend', 'question' as const), {
    nil: undefined,
  }),
  priority: fc.option(fc.constantFrom('high', 'medium', 'low' as const), { nil: undefined }),
};

function annotation(ids: fc.Arbitrary<string>): fc.Arbitrary<Annotation> {
  return fc.record(
    {
      id: ids,
      setId: id,
      documentKey: id,
      target,
      provision: text(40),
      ...fields,
      author: fc.record(
        { id, name: text(60), organisation: text(60) },
        { requiredKeys: ['id', 'name'] },
      ),
      createdAt: instant,
      updatedAt: instant,
      deleted: fc.constant(true),
      carriedFrom: fc.record(
        { annotationId: id, documentKey: id, symbol: text(30), provision: text(40) },
        { requiredKeys: ['annotationId', 'documentKey', 'provision'] },
      ),
    },
    {
      requiredKeys: [
        'id',
        'setId',
        'documentKey',
        'target',
        'provision',
        'comment',
        'rationale',
        'tags',
        'author',
        'createdAt',
        'updatedAt',
      ],
    },
  ) as fc.Arbitrary<Annotation>;
}

const documentRecord: fc.Arbitrary<DocumentRecord> = fc.record(
  {
    key: text(200, 1),
    symbol: text(40),
    family: text(40),
    language: text(16),
    title: text(LIMITS.shortText),
    url: text(300),
    kind: fc.constantFrom('html' as const, 'pdf' as const),
    versions: fc.array(text(64), { maxLength: LIMITS.documentVersions }),
    lastSeenAt: instant,
  },
  { requiredKeys: ['key', 'url', 'kind', 'versions', 'lastSeenAt'] },
);

const set: fc.Arbitrary<AnnotationSetInfo> = fc.record(
  {
    id,
    name: text(60, 1),
    colour: fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
    origin: fc.constantFrom('own' as const, 'imported' as const),
    owner: fc.record({ organisation: text(60), author: text(60) }, { requiredKeys: [] }),
    visible: fc.boolean(),
    createdAt: instant,
    updatedAt: instant,
  },
  { requiredKeys: ['id', 'name', 'colour', 'origin', 'visible', 'createdAt', 'updatedAt'] },
);

const profile: fc.Arbitrary<ProfileRecord> = fc.record({
  id: fc.constant('me' as const),
  authorId: id,
  authorName: trimmed(60),
  organisation: trimmed(LIMITS.shortText),
  acronym: trimmed(20),
  country: trimmed(60),
  contactName: trimmed(60),
  contactEmail: fc.constantFrom('', 'amina.diallo@clf.example.org', 'info@xn--mgbh0fb.example'),
  accreditation: trimmed(60),
});

const draft: fc.Arbitrary<CommentDraft> = fc.record(
  {
    key: text(300, 1),
    documentKey: id,
    annotationId: id,
    target,
    provision: text(40),
    fields: fc.record(fields, { requiredKeys: ['comment', 'rationale', 'tags'] }),
    updatedAt: instant,
  },
  { requiredKeys: ['key', 'documentKey', 'target', 'provision', 'fields', 'updatedAt'] },
) as fc.Arbitrary<CommentDraft>;

/** A state as its tables hold it, the shape a backup has. */
export type DatabaseState = BackupTables;

/**
 * One state: a few documents, each with several text versions (one of them over 2 MiB),
 * annotations on them, and for many annotations earlier versions kept as superseded — edits
 * that lost, concurrent edits (conflicts) and deletions.
 */
export const databaseState: fc.Arbitrary<DatabaseState> = fc
  .record({
    documents: fc.uniqueArray(documentRecord, {
      minLength: 1,
      maxLength: 3,
      selector: (d) => d.key,
    }),
    versions: fc.array(fc.tuple(text(64, 1), text(2_000)), { minLength: 1, maxLength: 6 }),
    longText,
    annotations: fc.uniqueArray(annotation(id), { maxLength: 25, selector: (a) => a.id }),
    history: fc.array(
      fc.tuple(
        annotation(id),
        fc.constantFrom('older-edit', 'concurrent-edit', 'deleted' as const),
        instant,
      ),
      { maxLength: 30 },
    ),
    sets: fc.uniqueArray(set, { maxLength: 4, selector: (s) => s.id }),
    profile: fc.option(profile, { nil: undefined }),
    drafts: fc.uniqueArray(draft, { maxLength: 6, selector: (d) => d.key }),
    // The background writes it on its first start: every live database holds one.
    sentinel: instant,
  })
  .map((state) => {
    const [first] = state.documents as [DocumentRecord];
    const texts: DocumentText[] = state.documents.flatMap((document) =>
      state.versions.map(([version, body]) => ({
        documentKey: document.key,
        version,
        text: body,
        savedAt: document.lastSeenAt,
      })),
    );
    texts.push({
      documentKey: first.key,
      version: 'consolidated',
      text: state.longText,
      savedAt: first.lastSeenAt,
    });
    const annotations = state.annotations.map((a, index) => ({
      ...a,
      documentKey: state.documents[index % state.documents.length]?.key ?? a.documentKey,
    }));
    // Earlier versions of the stored annotations: their ids, so the history is theirs.
    const superseded = state.history.map(([lost, reason, savedAt], index) => ({
      annotationId: annotations[index % Math.max(annotations.length, 1)]?.id ?? lost.id,
      reason,
      savedAt,
      annotation: {
        ...lost,
        id: annotations[index % Math.max(annotations.length, 1)]?.id ?? lost.id,
      },
    }));
    return {
      documents: state.documents,
      texts,
      annotations,
      superseded,
      sets: state.sets,
      profile: state.profile ? [state.profile] : [],
      drafts: state.drafts,
      meta: [{ id: 'sentinel' as const, createdAt: state.sentinel }],
    };
  });

/** Writes a state the way the tables hold it; superseded rows get their sequence numbers. */
export async function writeState(db: RedlineDb, state: DatabaseState): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(state) as Array<[string, unknown[]]>) {
      await db.table(table).bulkPut(rows);
    }
  });
}

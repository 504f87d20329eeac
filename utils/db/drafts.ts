import type { CommentDraft } from '../formats/comment-draft.ts';
import type { RedlineDb } from './schema.ts';

export async function saveDraft(db: RedlineDb, draft: CommentDraft): Promise<void> {
  await db.drafts.put(draft);
}

export async function listDrafts(db: RedlineDb, documentKey: string): Promise<CommentDraft[]> {
  return db.drafts.where('documentKey').equals(documentKey).sortBy('updatedAt');
}

export async function discardDraft(db: RedlineDb, key: string): Promise<void> {
  await db.drafts.delete(key);
}

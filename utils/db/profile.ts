import { EMPTY_PROFILE, Profile } from '../formats/profile.ts';
import type { RedlineDb } from './schema.ts';

/** The profile, created on first use with a stable random author id. */
export async function loadProfile(db: RedlineDb): Promise<Profile> {
  return db.transaction('rw', db.profile, async () => {
    const stored = await db.profile.get('me');
    if (stored) {
      const { id: _id, ...profile } = stored;
      return profile;
    }
    const created: Profile = { ...EMPTY_PROFILE, authorId: crypto.randomUUID() };
    await db.profile.put({ id: 'me', ...created });
    return created;
  });
}

/** Validates and stores the profile; throws a zod error naming the bad fields. */
export async function saveProfile(db: RedlineDb, input: unknown): Promise<Profile> {
  const profile = Profile.parse(input);
  await db.profile.put({ id: 'me', ...profile });
  return profile;
}

/** The profile as stored, or nothing before first use: a read that live queries may run. */
export function storedProfile(db: RedlineDb) {
  return db.profile.get('me');
}

import { canonicalJson } from '../formats/import/canonical-json.ts';
import { ownerFromProfile } from '../formats/layers.ts';
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

/**
 * Validates and stores the profile; throws a zod error naming the bad fields. The user's own sets
 * that named the old owner (or none) now name the new one: a set file says who it comes from.
 */
export async function saveProfile(
  db: RedlineDb,
  input: unknown,
  now = new Date(),
): Promise<Profile> {
  const profile = Profile.parse(input);
  await db.transaction('rw', db.profile, db.sets, async () => {
    const before = await db.profile.get('me');
    await db.profile.put({ id: 'me', ...profile });
    const previous = before ? canonicalJson(ownerFromProfile(before)) : undefined;
    const owner = ownerFromProfile(profile);
    if (canonicalJson(owner) === previous) return;
    const own = await db.sets.where('origin').equals('own').toArray();
    const followers = own.filter((set) => !set.owner || canonicalJson(set.owner) === previous);
    await db.sets.bulkPut(
      followers.map((set) => {
        const { owner: _old, ...rest } = set;
        return {
          ...rest,
          ...(Object.keys(owner).length > 0 && { owner }),
          updatedAt: now.toISOString(),
        };
      }),
    );
  });
  return profile;
}

/** The profile as stored, or nothing before first use: a read that live queries may run. */
export function storedProfile(db: RedlineDb) {
  return db.profile.get('me');
}

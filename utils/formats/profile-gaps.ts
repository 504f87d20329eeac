import type { Profile } from './profile.ts';

/** The profile fields a submission's cover and file name are built from. */
const COVER_FIELDS = ['organisation', 'acronym', 'contactName', 'contactEmail'] as const;
export type CoverField = (typeof COVER_FIELDS)[number];

/** Which cover fields are still empty; the UI names them in its language. */
export function coverGaps(profile: Profile): CoverField[] {
  return COVER_FIELDS.filter((name) => profile[name].trim() === '');
}

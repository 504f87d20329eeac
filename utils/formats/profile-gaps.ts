import type { Profile } from './profile.ts';

/** The profile fields a submission's cover and file name are built from. */
const COVER_FIELDS: Array<{ name: keyof Profile; label: string }> = [
  { name: 'organisation', label: 'organisation' },
  { name: 'acronym', label: 'acronym' },
  { name: 'contactName', label: 'contact name' },
  { name: 'contactEmail', label: 'contact e-mail' },
];

/** Which cover fields are still empty, as the user would name them. */
export function coverGaps(profile: Profile): string[] {
  return COVER_FIELDS.filter(({ name }) => profile[name].trim() === '').map(({ label }) => label);
}

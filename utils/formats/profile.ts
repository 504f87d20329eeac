import { z } from 'zod';
import { LIMITS } from './limits.ts';

const Field = z.string().trim().max(LIMITS.shortText);

/** The organisation that heads every submission, and the author id its annotations carry. */
export const Profile = z.object({
  authorId: z.string().min(1).max(LIMITS.shortText),
  authorName: Field,
  organisation: Field,
  acronym: Field,
  country: Field,
  contactName: Field,
  contactEmail: z.union([z.literal(''), z.email().max(LIMITS.shortText)]),
  accreditation: Field,
});

export type Profile = z.infer<typeof Profile>;

/** A profile not filled in yet: new profiles start from it, and the export form shows it until one loads. */
export const EMPTY_PROFILE: Omit<Profile, 'authorId'> = {
  authorName: '',
  organisation: '',
  acronym: '',
  country: '',
  contactName: '',
  contactEmail: '',
  accreditation: '',
};

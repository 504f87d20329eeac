import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Profile } from '../../../../utils/formats/profile.ts';
import { RedlineSetFile } from '../../../../utils/formats/set-file.ts';
import type { SubmissionInput } from '../../../../utils/formats/submission-build.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/formats');
export const SET_FILE = path.join(FIXTURES, 'untoc-comments.redline.json');
export const PROFILE_FILE = path.join(FIXTURES, 'profile.json');

export const untocText = readFileSync(path.join(FIXTURES, 'untoc-2000-en.txt'), 'utf8');
export const fixtureSet = RedlineSetFile.parse(JSON.parse(readFileSync(SET_FILE, 'utf8')));
export const fixtureProfile = Profile.parse(JSON.parse(readFileSync(PROFILE_FILE, 'utf8')));

/** The document order of the fixture's live annotations, as a reader of the draft meets them. */
export const FIXTURE_ORDER = [
  'General',
  'Art. 1',
  'Art. 2(a)',
  'Art. 2(a)',
  'Art. 2(b)',
  'Art. 3(1)',
  'Art. 5(1)(a)(i)',
  'Art. 10(1)',
  'Art. 12(1)',
  'Art. 16(1)',
  'Art. 20(1)',
  'Art. 24(1)',
];

export function fixtureInput(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    profile: fixtureProfile,
    document: fixtureSet.documents[0] as SubmissionInput['document'],
    annotations: fixtureSet.annotations,
    generalComments: [
      'We welcome the opportunity to comment.',
      'Our comments follow the articles.',
    ],
    date: '2024-02-15',
    ...overrides,
  };
}

export function annotationById(id: string) {
  const found = fixtureSet.annotations.find((annotation) => annotation.id === id);
  if (!found) throw new Error(`no annotation ${id} in the fixture`);
  return found;
}

import { Submission } from '../submission.ts';

/** The submission as JSON, checked against its schema so a broken file never leaves. */
export function submissionToJson(submission: Submission): string {
  return `${JSON.stringify(Submission.parse(submission), null, 2)}\n`;
}

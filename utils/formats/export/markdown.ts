import type { Submission, SubmissionItem } from '../submission.ts';
import { amendmentParts } from './amendment.ts';
import { coverLines, coverTitle, itemDetails, provisionCited } from './labels.ts';
import { blockquote, escapeBlock, escapeInline, escapeLineStart } from './markdown-text.ts';
import type { DiffPart } from './word-diff.ts';

/**
 * Deletions as `<del>`, insertions as `<ins>`: unlike `~~` and `**` these need no flanking
 * whitespace, so a struck comma next to a word still renders, and GitHub, GitLab, VS Code and
 * Obsidian show them struck and underlined. A viewer that prints HTML as text still shows
 * which words are deleted and inserted.
 */
const MARK = { delete: 'del', insert: 'ins' } as const;

export function submissionToMarkdown(submission: Submission): string {
  const blocks = [
    `# ${escapeInline(coverTitle(submission))}`,
    coverLines(submission)
      .map(({ label, value }) => `- **${label}:** ${escapeInline(value)}`)
      .join('\n'),
    'Deleted words are shown <del>struck through</del>, inserted words <ins>underlined</ins>.',
  ];
  if (submission.generalComments.length > 0) {
    blocks.push('## General comments', ...submission.generalComments.map(escapeBlock));
  }
  let provision: string | undefined;
  for (const item of submission.items) {
    if (item.provision !== provision) {
      blocks.push(`## ${escapeInline(provisionCited(submission, item.provision))}`);
    } else blocks.push('---');
    provision = item.provision;
    blocks.push(...itemBlocks(item));
  }
  return `${blocks.join('\n\n')}\n`;
}

function itemBlocks(item: SubmissionItem): string[] {
  const blocks = [blockquote(escapeBlock(item.quote))];
  if (item.proposal) {
    blocks.push(
      `**Proposed amendment** (${item.proposal.kind}):`,
      amendmentMarkdown(amendmentParts(item.quote, item.proposal)),
    );
  }
  if (item.comment.trim()) blocks.push('**Comment**', escapeBlock(item.comment));
  if (item.rationale.trim()) blocks.push('**Rationale**', escapeBlock(item.rationale));
  const details = itemDetails(item).map(({ label, value }) => `${label}: ${escapeInline(value)}`);
  if (details.length > 0) blocks.push(`*${details.join(' · ')}*`);
  return blocks;
}

/** One Markdown line per line of text; a mark never spans a line break, or it would not render. */
function amendmentMarkdown(parts: DiffPart[]): string {
  const lines: string[][] = [[]];
  for (const part of parts) {
    part.text.split(/\r?\n/).forEach((segment, index) => {
      if (index > 0) lines.push([]);
      if (segment === '') return;
      const text = escapeInline(segment);
      const current = lines.at(-1) as string[];
      current.push(part.op === 'equal' ? text : `<${MARK[part.op]}>${text}</${MARK[part.op]}>`);
    });
  }
  return lines
    .map((segments) => segments.join('').trim())
    .filter((line) => line !== '')
    .map(escapeLineStart)
    .join('\\\n');
}

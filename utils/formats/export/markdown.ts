import type { UnLanguage } from '../../un/languages.ts';
import type { Submission, SubmissionItem } from '../submission.ts';
import { amendmentParts } from './amendment.ts';
import {
  coverLines,
  coverTitle,
  itemDetails,
  type SubmissionWords,
  submissionWords,
} from './labels.ts';
import { blockquote, escapeBlock, escapeInline, escapeLineStart } from './markdown-text.ts';
import type { DiffPart } from './word-diff.ts';

/**
 * Deletions as `<del>`, insertions as `<ins>`: unlike `~~` and `**` these need no flanking
 * whitespace, so a struck comma next to a word still renders, and GitHub, GitLab, VS Code and
 * Obsidian show them struck and underlined. A viewer that prints HTML as text still shows
 * which words are deleted and inserted.
 */
const MARK = { delete: 'del', insert: 'ins' } as const;

export function submissionToMarkdown(submission: Submission, language?: UnLanguage): string {
  const words = submissionWords(submission, language);
  const legend = words
    .rich('submission.legend')
    .map(({ text, tag }) => (tag ? `<${tag}>${escapeInline(text)}</${tag}>` : escapeInline(text)))
    .join('');
  const blocks = [
    `# ${escapeInline(coverTitle(submission, words))}`,
    coverLines(submission, words)
      .map(({ label, value }) => `- **${label}:** ${escapeInline(value)}`)
      .join('\n'),
    legend,
  ];
  if (submission.generalComments.length > 0) {
    blocks.push(
      `## ${words.text('submission.generalComments')}`,
      ...submission.generalComments.map(escapeBlock),
    );
  }
  let provision: string | undefined;
  for (const item of submission.items) {
    if (item.provision !== provision) {
      blocks.push(`## ${escapeInline(words.provision(item.provision))}`);
    } else blocks.push('---');
    provision = item.provision;
    blocks.push(...itemBlocks(item, words));
  }
  return `${blocks.join('\n\n')}\n`;
}

function itemBlocks(item: SubmissionItem, words: SubmissionWords): string[] {
  const blocks = [blockquote(escapeBlock(item.quote))];
  if (item.proposal) {
    blocks.push(
      `**${words.text('submission.amendment')}** (${words.text(`proposal.${item.proposal.kind}`)}):`,
      amendmentMarkdown(amendmentParts(item.quote, item.proposal)),
    );
  }
  if (item.comment.trim()) {
    blocks.push(`**${words.text('submission.comment')}**`, escapeBlock(item.comment));
  }
  if (item.rationale.trim()) {
    blocks.push(`**${words.text('submission.rationale')}**`, escapeBlock(item.rationale));
  }
  const details = itemDetails(item, words).map(
    ({ label, value }) => `${label}: ${escapeInline(value)}`,
  );
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

import { describe, expect, it } from 'vitest';
import { submissionToMarkdown } from '../../../../utils/formats/export/markdown.ts';
import { escapeBlock, escapeInline } from '../../../../utils/formats/export/markdown-text.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { FIXTURE_ORDER, fixtureInput } from './fixture.ts';

const submission = buildSubmission(fixtureInput());
const markdown = submissionToMarkdown(submission);

describe('submissionToMarkdown', () => {
  it('opens with the cover block', () => {
    expect(markdown.startsWith('# Comments on A/RES/55/25: United Nations Convention')).toBe(true);
    expect(markdown).toContain('- **Organisation:** Access to Justice Network (A2JN)');
    expect(markdown).toContain('- **Date:** 2024-02-15');
  });

  it('puts general comments before the provisions', () => {
    expect(markdown.indexOf('## General comments')).toBeLessThan(markdown.indexOf('## Art. 1'));
    expect(markdown).toContain('We welcome the opportunity to comment.');
  });

  it('has one heading per provision, in document order', () => {
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['General comments', ...new Set(FIXTURE_ORDER)]);
  });

  it('quotes the draft text as a blockquote', () => {
    expect(markdown).toContain('> at least four years');
  });

  it('marks deleted words struck and inserted words underlined', () => {
    expect(markdown).toContain('at least <del>four</del><ins>five</ins> years');
    expect(markdown).toContain(
      'for witnesses in criminal proceedings <ins>and for human rights defenders',
    );
    expect(markdown).toContain('<del>and, where required by domestic law, involving');
  });

  it('keeps a script in a comment inert text', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; Surveillance powers need safeguards &amp; oversight.',
    );
    expect(markdown).toContain('Necessity and proportionality; \\*independent\\* review.');
  });

  it('keeps line breaks and paragraphs of a comment', () => {
    expect(markdown).toContain('excludes small networks.\\\nSee also our comment on Art. 5.');
    expect(markdown).toContain(
      'Dual criminality is essential.\n\nIt must stay, because:\\\n\\- it protects political dissent;',
    );
  });

  it('keeps Arabic and Chinese comments as written', () => {
    expect(markdown).toContain('ينبغي توضيح نطاق مسؤولية الأشخاص الاعتباريين');
    expect(markdown).toContain('建议明确“没收”的范围');
  });
});

describe('Markdown escaping', () => {
  it('neutralises HTML, emphasis, links and code', () => {
    expect(escapeInline('<img src=x onerror=alert(1)> *a* _b_ [c](d) `e` ~~f~~ | g \\ h')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\~\\~f\\~\\~ \\| g \\\\ h',
    );
  });

  it('neutralises line starts that would open headings, lists or quotes', () => {
    expect(escapeBlock('# not a heading\n- not a list\n> not a quote\n1. not numbered')).toBe(
      '\\# not a heading\\\n\\- not a list\\\n&gt; not a quote\\\n1\\. not numbered',
    );
  });
});

describe('a submission on a resolution in French', () => {
  it('heads each provision as the UN cites it in the document’s language', () => {
    const [first, second] = submission.items;
    const onResolution = {
      ...submission,
      document: { ...submission.document, language: 'fr' },
      items: [
        { ...(first as (typeof submission.items)[number]), provision: 'Preambular para. 3' },
        { ...(second as (typeof submission.items)[number]), provision: 'Operative para. 5(b)' },
      ],
    };
    const headings = [...submissionToMarkdown(onResolution).matchAll(/^## (.+)$/gm)].map(
      (match) => match[1],
    );
    expect(headings).toEqual([
      'Observations générales',
      'alinéa 3 du préambule',
      'paragraphe 5 b) du dispositif',
    ]);
  });
});

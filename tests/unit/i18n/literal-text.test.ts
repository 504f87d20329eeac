import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalText } from './literal-text.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Files whose words still wait for the catalog, each with how many literals it holds: the
 * list may only shrink. A file that is done must leave it, and a new literal anywhere fails.
 */
const NOT_YET_TRANSLATED: Record<string, number> = {};

describe('no English outside the catalog', () => {
  const findings = literalText(ROOT, ['components', 'entrypoints', 'annotator']);

  it('components, pages and the annotator show words only through t()', () => {
    const unexpected = findings
      .filter((finding) => !(finding.file in NOT_YET_TRANSLATED))
      .map((finding) => `${finding.file}:${finding.line} ${JSON.stringify(finding.text)}`);
    expect(unexpected).toEqual([]);
  });

  it('the files not yet translated hold no more literals than listed', () => {
    const counts = Object.fromEntries(
      Object.keys(NOT_YET_TRANSLATED).map((file) => [
        file,
        findings.filter((finding) => finding.file === file).length,
      ]),
    );
    expect(counts).toEqual(NOT_YET_TRANSLATED);
  });

  it('finds text between tags, spoken attributes, placed literals, toasts and tables of phrases', () => {
    const found = literalText(path.join(ROOT, 'tests/unit/i18n'), ['literal-text-sample']);
    expect(found.map((finding) => finding.text)).toEqual([
      'Backup and restore',
      'Saved   to your downloads.',
      'Open this PDF in Redline',
      'Show the passage',
      'Close',
      'Nothing here',
      'Saved.',
    ]);
  });
});

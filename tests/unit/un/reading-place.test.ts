import { describe, expect, it } from 'vitest';
import { entryInView, tableOfContents } from '../../../utils/un/contents.ts';
import { extractDraftText } from '../../../utils/un/draft-page.ts';
import { outlineText } from '../../../utils/un/outline.ts';
import { fixturePage } from './fixtures.ts';

/** UNCAC as a UNODC draft page: 71 articles in 8 chapters. */
const text = extractDraftText(
  fixturePage('uncac-draft.html', 'https://www.unodc.org/documents/treaties/UNCAC/draft.html'),
).text;
const contents = tableOfContents(outlineText(text));
const entry = (address: string) => {
  const found = contents.find((candidate) => candidate.address === address);
  if (!found) throw new Error(`no entry ${address}`);
  return found;
};

/** A page laid out one pixel per character, scrolled so that `offset` is at the top of the view. */
const scrolledTo = (offset: number) => (start: number) => start - offset;

describe('the provision being read', () => {
  it('UNCAC has every chapter and article in its contents', () => {
    expect(contents.filter((candidate) => candidate.kind === 'chapter')).toHaveLength(8);
    expect(contents.filter((candidate) => candidate.kind === 'article')).toHaveLength(71);
    expect(entry('Art. 15').depth).toBe(1);
  });

  it('is the last entry begun above the reading line', () => {
    const art30 = entry('Art. 30');
    const line = 300;
    expect(entryInView(contents, scrolledTo(art30.start - line), line)?.address).toBe('Art. 30');
    // Its heading one pixel below the line: the reader is still in the article before.
    expect(entryInView(contents, scrolledTo(art30.start - line - 1), line)?.address).toBe(
      'Art. 29',
    );
    // Deep inside the last article.
    expect(entryInView(contents, scrolledTo(text.length - 10), line)?.address).toBe('Art. 71');
  });

  it('a chapter heading is read until its first article begins', () => {
    const chapter = entry('Chapter III');
    expect(entryInView(contents, scrolledTo(chapter.start), 0)?.address).toBe('Chapter III');
    expect(entryInView(contents, scrolledTo(entry('Art. 15').start), 0)?.address).toBe('Art. 15');
  });

  it('none above the first entry, and entries not drawn are passed over', () => {
    expect(entryInView(contents, scrolledTo(0), 0)).toBeUndefined();
    const art40 = entry('Art. 40');
    const hidden = (start: number) => (start === art40.start ? undefined : start - art40.start);
    expect(entryInView(contents, hidden, 5)?.address).toBe('Art. 39');
  });
});

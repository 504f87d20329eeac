// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../utils/anchoring/anchor.ts';
import { describePassage, describeRange } from '../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import { buildTextIndex } from '../../../utils/anchoring/text-index.ts';
import { untoc } from './helpers/corpus.ts';
import { excusedOrphan } from './helpers/excuse.ts';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('the text index of a page', () => {
  it('leaves out scripts, styles, hidden content and Redline’s own UI', () => {
    const root = page(
      '<p>Article 1</p><script>var x = 1;</script><style>p{}</style><noscript>no</noscript>' +
        '<template><p>t</p></template><p hidden>hidden</p><span aria-hidden="true">aria</span>' +
        '<span style="color: red; display: none">none</span><div data-redline-ui>ui</div>' +
        '<redline-ui>panel</redline-ui><p>Article 2</p>',
    );
    expect(buildTextIndex(root).text).toBe('Article 1\nArticle 2\n');
  });

  it('separates blocks and line breaks so words do not fuse, but not inline elements', () => {
    const root = page(
      '<h3>Article 5</h3><p>States <em>Parties</em> shall<br>adopt</p><ul><li>a</li><li>b</li></ul>',
    );
    expect(buildTextIndex(root).text).toBe('Article 5\nStates Parties shall\nadopt\na\nb\n');
  });

  it('maps offsets to a range over the right text nodes and back', () => {
    const root = page('<p>States <em>Parties</em> shall</p><p>adopt measures</p>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('Parties');
    const end = index.text.indexOf('measures');
    const range = index.rangeFromOffsets(start, end);
    expect(range.toString()).toBe('Parties shalladopt ');
    expect(index.offsetsFromRange(range)).toEqual({ start, end });
  });

  it('maps a range given by element boundaries to the text around it', () => {
    const root = page('<p>one</p><p>two</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    expect(index.offsetsFromRange(range)).toEqual({ start: 4, end: 8 });
  });

  it('describes a selection across elements by the text it covers', () => {
    const root = page('<p>States <em>Parties</em> shall</p><p>adopt measures</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root.querySelector('em')?.firstChild as Text, 3);
    range.setEnd(root.querySelectorAll('p')[1]?.firstChild as Text, 5);
    const passage = describeRange(new SearchText(index.text), index, range);
    expect(passage?.quote.exact).toBe('ties shall\nadopt');
    expect(passage?.position).toEqual({ type: 'TextPositionSelector', start: 10, end: 26 });
    range.collapse(true);
    expect(describeRange(new SearchText(index.text), index, range)).toBeNull();
  });

  it('answers null for a range outside the indexed root', () => {
    const root = page('<p>inside</p>');
    const outside = page('<p>outside</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(index.offsetsFromRange(range)).toBeNull();
  });
});

describe('anchoring on a page built from the UNTOC text', () => {
  const lines = untoc
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 120);
  const html = lines
    .map((line, i) => {
      const words = line.trim().split(' ');
      const middle = Math.floor(words.length / 2);
      // Inline elements inside paragraphs, so ranges cross element boundaries.
      const body = `${words.slice(0, middle).join(' ')} <em>${words.slice(middle).join(' ')}</em>`;
      return i % 7 === 0 ? `<h3>${body}</h3>` : `<p>${body}</p>`;
    })
    .join('');
  const root = page(html);
  const index = buildTextIndex(root);
  const doc = new SearchText(index.text);
  const ranges = fc
    .integer({ min: 0, max: index.text.length - 2 })
    .chain((start) =>
      fc
        .integer({ min: 1, max: Math.min(200, index.text.length - start) })
        .map((length) => ({ start, end: start + length })),
    );

  it('round-trips offsets through DOM ranges, up to the separators it adds', () => {
    fc.assert(
      fc.property(ranges, ({ start, end }) => {
        const offsets = index.offsetsFromRange(index.rangeFromOffsets(start, end));
        expect(offsets).not.toBeNull();
        if (!offsets) return;
        expect(index.text.slice(start, offsets.start)).toMatch(/^\n*$/);
        expect(index.text.slice(offsets.end, end)).toMatch(/^\n*$/);
      }),
      { numRuns: 300 },
    );
  });

  it('anchors a selected range, across elements, back onto the same DOM text', () => {
    fc.assert(
      fc.property(ranges, ({ start, end }) => {
        fc.pre(index.text.slice(start, end).trim() !== '');
        const selected = index.offsetsFromRange(index.rangeFromOffsets(start, end));
        if (!selected) throw new Error('range outside root');
        const passage = describePassage(doc, selected.start, selected.end);
        const result = anchor({ ...passage, documentVersion: 'another version' }, doc);
        if (excusedOrphan(index.text, passage, result)) return;
        expect(result).toEqual({ status: 'exact', start: selected.start, end: selected.end });
      }),
      { numRuns: 300 },
    );
  });
});

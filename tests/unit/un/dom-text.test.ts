import { describe, expect, it } from 'vitest';
import { blockText } from '../../../utils/un/dom-text.ts';
import { htmlPage } from './fixtures.ts';

function textOf(body: string): string {
  const doc = htmlPage(body);
  return blockText(doc.body);
}

/** The rules the outline relies on; the text itself comes from the anchoring text index. */
describe('blockText', () => {
  it('puts one line break between blocks and none before the first', () => {
    expect(textOf('<h3>Article 1</h3><h4>Purpose</h4><p>1. Text.</p>')).toBe(
      'Article 1\nPurpose\n1. Text.\n',
    );
  });

  it('keeps inline text together and text node data unchanged', () => {
    expect(textOf('<p>The  <em>purpose</em> of <a href="#">this</a>\tConvention</p>')).toBe(
      'The  purpose of this\tConvention\n',
    );
  });

  it('breaks at every <br>, even twice in a row', () => {
    expect(textOf('<p>a<br>b<br><br>c</p>')).toBe('a\nb\n\nc\n');
  });

  it('skips scripts, styles, templates and hidden elements', () => {
    expect(
      textOf(
        '<p>shown</p><script>var x = 1;</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript><p hidden>h</p><div style="display: none">d</div><p>too</p>',
      ),
    ).toBe('shown\ntoo\n');
  });

  it('treats table cells and list items as blocks', () => {
    expect(
      textOf(
        '<table><tr><td>A/AC.291/22</td><td>Draft</td></tr></table><ul><li>one</li><li>two</li></ul>',
      ),
    ).toBe('A/AC.291/22\nDraft\none\ntwo\n');
  });

  it('breaks after a block even when its text ends a line', () => {
    expect(textOf('<pre>line\n</pre><p>next</p>')).toBe('line\n\nnext\n');
  });

  it('keeps footnote marks set in <sup> glued to the word, as a text index would see them', () => {
    expect(textOf('<h4>Use of terms<sup>1</sup></h4>')).toBe('Use of terms1\n');
  });
});

import { describe, expect, it } from 'vitest';
import { type OutlineEntry, outlineTree } from '../../../utils/annotations/outline-tree.ts';

const entry = (address: string, label: string, depth: number, start: number): OutlineEntry => ({
  kind: depth === 0 ? 'chapter' : depth === 1 ? 'article' : 'paragraph',
  address,
  label,
  depth,
  start,
});

// The opening of the UN Convention against Cybercrime (A/RES/79/243), chapters I and II.
const OUTLINE = [
  entry('Chapter I', 'Chapter I — General provisions', 0, 0),
  entry('Art. 1', 'Art. 1 — Statement of purpose', 1, 10),
  entry('Art. 5', 'Art. 5 — Respect for human rights', 1, 200),
  entry('Art. 5(1)', '1.', 2, 210),
  entry('Art. 5(2)', '2.', 2, 300),
  entry('Chapter II', 'Chapter II — Criminalization', 0, 400),
  entry('Art. 50', 'Art. 50 — Implementation of the Convention', 1, 900),
];

describe('the workbench outline as a tree', () => {
  it('nests articles under chapters and paragraphs under articles', () => {
    const tree = outlineTree(OUTLINE, []);
    expect(tree.map((node) => node.entry.address)).toEqual(['Chapter I', 'Chapter II']);
    expect(tree[0]?.children.map((node) => node.entry.address)).toEqual(['Art. 1', 'Art. 5']);
    expect(tree[0]?.children[1]?.children.map((node) => node.entry.address)).toEqual([
      'Art. 5(1)',
      'Art. 5(2)',
    ]);
  });

  it('counts comments per provision and sums them up the tree, Art. 5 never holding Art. 50', () => {
    const tree = outlineTree(OUTLINE, ['Art. 5(1)', 'Art. 5(1)(b)', 'Art. 5', 'Art. 50(2)']);
    const [first, second] = tree;
    expect(first?.count).toBe(3);
    expect(first?.children[1]?.count).toBe(3);
    expect(first?.children[1]?.children[0]?.count).toBe(2);
    expect(first?.children[1]?.children[1]?.count).toBe(0);
    expect(first?.children[0]?.count).toBe(0);
    expect(second?.count).toBe(1);
  });
});

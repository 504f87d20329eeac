import type { PageReport } from '../messaging/protocol.ts';

export type OutlineEntry = PageReport['outline'][number];

export interface OutlineNode {
  entry: OutlineEntry;
  /** Comments on this provision or anything inside it. */
  count: number;
  children: OutlineNode[];
}

/** `Art. 5` holds `Art. 5` and `Art. 5(1)(b)`, never `Art. 50`. */
function holds(address: string, provision: string): boolean {
  if (address === '' || !provision.startsWith(address)) return false;
  const next = provision.charAt(address.length);
  return next === '' || next === '(' || next === ' ' || next === ',';
}

/**
 * The flat outline (each entry with its depth) as a tree of parts, chapters, articles and
 * paragraphs, each with how many of these comments' provisions fall inside it.
 */
export function outlineTree(
  outline: readonly OutlineEntry[],
  provisions: readonly string[],
): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const entry of outline) {
    const node: OutlineNode = { entry, count: 0, children: [] };
    while (open.length > 0 && (open.at(-1) as OutlineNode).entry.depth >= entry.depth) open.pop();
    const parent = open.at(-1);
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  const count = (node: OutlineNode): number => {
    const own = provisions.filter((provision) => holds(node.entry.address, provision)).length;
    const inside = node.children.reduce((sum, child) => sum + count(child), 0);
    node.count = Math.max(own, inside);
    return node.count;
  };
  for (const root of roots) count(root);
  return roots;
}

import { Readability } from '@mozilla/readability';

const PATH_ATTRIBUTE = 'data-redline-path';

function pathOf(element: Element, root: Element): number[] {
  const path: number[] = [];
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    path.unshift(node.parentElement ? [...node.parentElement.children].indexOf(node) : 0);
  }
  return path;
}

function commonPrefix(paths: number[][]): number[] {
  const [first = []] = paths;
  let length = first.length;
  for (const path of paths) {
    let same = 0;
    while (same < Math.min(length, path.length) && path[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length);
}

function elementAt(root: Element, path: number[]): Element | undefined {
  let element: Element | undefined = root;
  for (const index of path) element = element?.children[index];
  return element;
}

/**
 * The element of the live page that holds its main content, as Readability judges it.
 * Readability works on a clone and hands back new nodes, so each cloned element carries its
 * path first, and the content's common ancestor is found again in the live page. Anchors are
 * made on the live page, so the text must come from there. Undefined when Readability finds
 * no article.
 */
export function mainContent(doc: Document): Element | undefined {
  const clone = doc.cloneNode(true) as Document;
  const cloneRoot = clone.documentElement;
  for (const element of cloneRoot.querySelectorAll('*')) {
    element.setAttribute(PATH_ATTRIBUTE, pathOf(element, cloneRoot).join('.'));
  }
  const article = new Readability(clone, { serializer: (element) => element }).parse();
  const content = article?.content as unknown as Element | null | undefined;
  if (!content) return undefined;
  const paths = [...content.querySelectorAll(`[${PATH_ATTRIBUTE}]`)].map((element) =>
    (element.getAttribute(PATH_ATTRIBUTE) as string).split('.').filter(Boolean).map(Number),
  );
  if (paths.length === 0) return undefined;
  return elementAt(doc.documentElement, commonPrefix(paths));
}

import { Readability } from '@mozilla/readability';

const PATH_ATTRIBUTE = 'data-redline-path';

/** Marks every element under `root` with its path of child indices, in one walk. */
function markPaths(root: Element): void {
  const walk = (element: Element, path: string) => {
    let index = 0;
    for (const child of element.children) {
      const childPath = path === '' ? String(index) : `${path}.${index}`;
      child.setAttribute(PATH_ATTRIBUTE, childPath);
      walk(child, childPath);
      index++;
    }
  };
  walk(root, '');
}

/** Node types by number: under Node (the command line, tests) there is no `Node` global. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** A main landmark holding at least this share of the page's text is its main content. */
const LANDMARK_SHARE = 0.6;

/**
 * The length of the body's text (its `textContent`) that lies outside `inner`, a node in it: the
 * text of the siblings of `inner` and of each of its ancestors up to the body. Reading the
 * body's whole text again would cost as much as the landmark's (5–7 ms on a 160 KB treaty page).
 */
function textLengthAround(inner: Node, body: HTMLElement): number {
  let length = 0;
  for (let node = inner; node !== body && node.parentNode; node = node.parentNode) {
    for (const sibling of node.parentNode.childNodes) {
      if (sibling === node) continue;
      const { nodeType } = sibling;
      // An element's text is its Text and CDATA descendants: comments are not in it.
      if (nodeType === ELEMENT_NODE) length += sibling.textContent?.length ?? 0;
      else if (nodeType === TEXT_NODE || nodeType === CDATA_SECTION_NODE) {
        length += (sibling as CharacterData).length;
      }
    }
  }
  return length;
}

/**
 * The page's own `<main>` (or `role="main"`) when it holds most of the page's text: the page
 * says where its content is, and asking Readability (a clone and a parse of the whole page,
 * one long task on a treaty-sized page) would only confirm it. `bodyText`: the body's text, when
 * the caller read it already; then the landmark's share is all of it but the text around the
 * landmark, and neither is read again.
 */
export function mainLandmark(doc: Document, bodyText?: string): Element | undefined {
  const landmark = doc.querySelector('main, [role="main"]');
  if (!landmark) return undefined;
  const { body } = doc;
  if (!body?.contains(landmark)) {
    const own = landmark.textContent?.length ?? 0;
    const all = body?.textContent?.length ?? 0;
    return all > 0 && own >= LANDMARK_SHARE * all ? landmark : undefined;
  }
  const around = textLengthAround(landmark, body);
  const own =
    bodyText === undefined ? (landmark.textContent?.length ?? 0) : bodyText.length - around;
  const all = own + around;
  return all > 0 && own >= LANDMARK_SHARE * all ? landmark : undefined;
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
 * The element of the live page that holds its main content: its main landmark, or as
 * Readability judges it (`bodyText` as for `mainLandmark`).
 * Readability works on a clone and hands back new nodes, so each cloned element carries its
 * path first, and the content's common ancestor is found again in the live page. Anchors are
 * made on the live page, so the text must come from there. Undefined when Readability finds
 * no article.
 */
export function mainContent(doc: Document, bodyText?: string): Element | undefined {
  const landmark = mainLandmark(doc, bodyText);
  if (landmark) return landmark;
  const clone = doc.cloneNode(true) as Document;
  const cloneRoot = clone.documentElement;
  markPaths(cloneRoot);
  const article = new Readability(clone, { serializer: (element) => element }).parse();
  const content = article?.content as unknown as Element | null | undefined;
  if (!content) return undefined;
  const paths = [...content.querySelectorAll(`[${PATH_ATTRIBUTE}]`)].map((element) =>
    (element.getAttribute(PATH_ATTRIBUTE) as string).split('.').filter(Boolean).map(Number),
  );
  if (paths.length === 0) return undefined;
  return elementAt(doc.documentElement, commonPrefix(paths));
}

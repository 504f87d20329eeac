import { takeDetection } from '../../utils/annotations/draft-handoff.ts';
import { watchReanchor } from '../../utils/highlight/watch.ts';
import { currentTranslator, subscribeToLanguage, t } from '../../utils/i18n/ui-language.ts';
import { requestOrThrow } from '../../utils/messaging/client.ts';
import { yieldToPage } from '../../utils/scheduling/steps.ts';
import { type DraftText, readDraftPage } from '../../utils/un/draft-page.ts';
import type { AnnotatorController } from '../controller.ts';
import { mountAnnotator, prepareAnnotator, type ShowView } from '../mount.ts';
import { drawnTop, type PageSource } from '../page-source.ts';
import { handOverView } from '../view-handoff.ts';
import { watchSelections } from '../watch-selections.ts';

/** The draft of an HTML page, through its text index; `detected` when already read. */
export function htmlPageSource(doc: Document, detected?: DraftText): PageSource {
  const page = readDraftPage(doc, doc.URL, detected);
  return {
    documentKey: page.documentKey,
    url: page.url,
    kind: 'html',
    ...(page.symbol ? { symbol: page.symbol } : {}),
    ...(page.family ? { family: page.family } : {}),
    ...(page.language ? { language: page.language } : {}),
    ...(page.title ? { title: page.title } : {}),
    search: page.search,
    outline: page.outline,
    rangesFromOffsets: (start, end) => [page.index.rangeFromOffsets(start, end)],
    offsetsFromRange: (range) => page.index.offsetsFromRange(range),
    topOf: (offset) => drawnTop(page.index.rangeFromOffsets(offset, offset + 1)),
    // An HTML page's whole text is always rendered.
    reveal: async () => undefined,
  };
}

/** An HTML draft: selections and clicks, and highlights put back when the page re-renders. */
export function watchPage(doc: Document, controller: AnnotatorController): void {
  watchSelections(doc, controller);
  watchReanchor(doc.body, () => void controller.rereadPage());
}

/** The view in a page: its own script, which the background injects next to this one. */
const loadViewScript: ShowView = async (controller, mount) => {
  handOverView({ controller, mount, language: { currentTranslator, subscribeToLanguage, t } });
  await requestOrThrow('openAnnotatorView', {});
};

/**
 * The annotator on the HTML page it was injected into. False when it was loaded while the
 * content script read a page that then held no draft, and nobody asked for it since.
 */
export async function startHtmlAnnotator(askedAgain: () => boolean): Promise<boolean> {
  performance.mark('redline:annotator-start');
  // The background's answers are asked for while the content script may still be reading.
  const prepared = prepareAnnotator();
  // Its failure is the mount's, below; unless there is nothing to mount.
  prepared.catch(() => undefined);
  const detection = await takeDetection();
  if (detection === 'no-draft' && !askedAgain()) return false;
  await yieldToPage();
  // The first reading may come from the content script; a page re-rendered later is read anew.
  const handedOver = detection === 'no-draft' ? undefined : detection;
  let detected = handedOver?.text;
  const readPage = () => {
    const source = htmlPageSource(document, detected);
    detected = undefined;
    return source;
  };
  await mountAnnotator(
    prepared,
    readPage,
    (controller) => watchPage(document, controller),
    loadViewScript,
    handedOver,
  );
  return true;
}

import type { currentTranslator, subscribeToLanguage, t } from '../utils/i18n/ui-language.ts';
import type { AnnotatorController } from './controller.ts';

/**
 * The annotator (annotator.js) and its view (annotator-view.js) are two scripts in the same
 * isolated world of a tab: each is compiled in a task of its own, under the 50 ms of a long
 * task, and the highlights are painted before the view's React is compiled at all. The
 * annotator leaves here what the view renders, and the language it already follows.
 */
export interface ViewHandoff {
  controller: AnnotatorController;
  mount: HTMLElement;
  language: {
    currentTranslator: typeof currentTranslator;
    subscribeToLanguage: typeof subscribeToLanguage;
    t: typeof t;
  };
}

const KEY = Symbol.for('redline.annotator-view');

type Scope = { [KEY]?: ViewHandoff };

export function handOverView(view: ViewHandoff): void {
  (globalThis as Scope)[KEY] = view;
}

/** What the view renders; the view script is only ever loaded after `handOverView`. */
export function handedOverView(): ViewHandoff {
  const view = (globalThis as Scope)[KEY];
  if (!view) throw new Error('annotator-view.js was loaded before the annotator handed it over');
  return view;
}

import { Store } from '../../annotator/store.ts';
import type { ContentsEntry } from '../../utils/un/contents.ts';

/** What the viewer's chrome shows; the document itself lives in the page view. */
export interface ViewerState {
  phase: 'empty' | 'loading' | 'ready' | 'error';
  message: string;
  /** An engine's own words about what went wrong, shown apart from the message. */
  detail?: string | undefined;
  page: number;
  pageCount: number;
  scale: number;
  toc: ContentsEntry[];
  find: { query: string; count: number; current: number };
  /** The step a text recovery is at, while one runs (it can be cancelled). */
  recovering: string;
}

export const viewerStore = new Store<ViewerState>({
  phase: 'empty',
  message: '',
  page: 0,
  pageCount: 0,
  scale: 1.25,
  toc: [],
  find: { query: '', count: 0, current: -1 },
  recovering: '',
});

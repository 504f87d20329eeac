import { type FormEvent, useSyncExternalStore } from 'react';
import { t } from '../../utils/i18n/ui-language.ts';
import { type ViewerState, viewerStore } from './state.ts';

export interface ViewerActions {
  openFile(file: File): void;
  zoom(scale: number): void;
  goToPage(page: number): void;
  find(query: string, step: 1 | -1): void;
  goToOffset(start: number): void;
  cancelRecovery(): void;
}

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

function nextZoom(scale: number, step: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((value) => value >= scale - 0.001);
  const at = index < 0 ? ZOOM_STEPS.length - 1 : index;
  return ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + step))] as number;
}

/** The viewer's toolbar, table of contents and messages; the pages are drawn outside React. */
export function ViewerChrome({ actions }: { actions: ViewerActions }) {
  const state: ViewerState = useSyncExternalStore(viewerStore.subscribe, viewerStore.get);
  const ready = state.phase === 'ready';

  const onPage = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget).get('page'));
    if (Number.isInteger(value) && value >= 1 && value <= state.pageCount)
      actions.goToPage(value - 1);
  };
  const onFind = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    actions.find(String(new FormData(event.currentTarget).get('query') ?? ''), 1);
  };

  return (
    <>
      <header className="toolbar" role="toolbar" aria-label="PDF viewer">
        <label className="button">
          Open a PDF…
          <input
            type="file"
            accept="application/pdf,.pdf"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) actions.openFile(file);
            }}
          />
        </label>
        {ready ? (
          <>
            <fieldset className="group" aria-label="Zoom">
              <button
                type="button"
                aria-label="Zoom out"
                onClick={() => actions.zoom(nextZoom(state.scale, -1))}
              >
                −
              </button>
              <output aria-label="Zoom level">{Math.round(state.scale * 100)}%</output>
              <button
                type="button"
                aria-label="Zoom in"
                onClick={() => actions.zoom(nextZoom(state.scale, 1))}
              >
                +
              </button>
            </fieldset>
            <form className="group" onSubmit={onPage} key={state.page}>
              <label>
                Page{' '}
                <input
                  name="page"
                  type="number"
                  min={1}
                  max={state.pageCount}
                  defaultValue={state.page + 1}
                  className="page-number"
                />
              </label>
              <span> of {state.pageCount}</span>
            </form>
            <form className="group" aria-label="Find in document" onSubmit={onFind}>
              <label>
                <span className="visually-hidden">Find in document</span>
                <input name="query" type="search" placeholder="Find in document" />
              </label>
              <button type="submit">Find</button>
              <button
                type="button"
                aria-label="Previous match"
                onClick={() => actions.find(state.find.query, -1)}
              >
                ↑
              </button>
              <output aria-live="polite" className="find-count">
                {state.find.query
                  ? state.find.count === 0
                    ? 'No match'
                    : `${state.find.current + 1} of ${state.find.count}`
                  : ''}
              </output>
            </form>
          </>
        ) : null}
      </header>
      {state.toc.length > 0 ? (
        <nav className="toc" aria-label="Contents">
          <h2>Contents</h2>
          <ul>
            {state.toc.map((entry) => (
              <li key={`${entry.start}-${entry.label}`} style={{ paddingLeft: `${entry.depth}em` }}>
                <button
                  type="button"
                  className="link"
                  onClick={() => actions.goToOffset(entry.start)}
                >
                  {entry.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {state.message || state.recovering ? (
        <div
          className={state.phase === 'error' ? 'message error' : 'message'}
          role={state.phase === 'error' ? 'alert' : 'status'}
        >
          {state.message}
          {state.recovering ? (
            <p className="recovering">
              <span>{state.recovering}</span>{' '}
              <button type="button" onClick={() => actions.cancelRecovery()}>
                {t('common.cancel')}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      {state.phase === 'empty' ? (
        <p className="drop-hint">
          Drop a PDF anywhere on this page, or choose one with “Open a PDF…”.
        </p>
      ) : null}
    </>
  );
}

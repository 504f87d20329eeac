import { type FormEvent, useSyncExternalStore } from 'react';
import { TechnicalDetail } from '../../components/TechnicalDetail.tsx';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
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
  const { t, formatNumber, locale } = useTranslator();

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
      <header className="toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
        <label className="button">
          {t('viewer.open')}
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
            <fieldset className="group" aria-label={t('viewer.zoom')}>
              <button
                type="button"
                aria-label={t('viewer.zoomOut')}
                onClick={() => actions.zoom(nextZoom(state.scale, -1))}
              >
                −
              </button>
              <output aria-label={t('viewer.zoomLevel')}>
                {new Intl.NumberFormat(locale, { style: 'percent' }).format(state.scale)}
              </output>
              <button
                type="button"
                aria-label={t('viewer.zoomIn')}
                onClick={() => actions.zoom(nextZoom(state.scale, 1))}
              >
                +
              </button>
            </fieldset>
            <form className="group" onSubmit={onPage} key={state.page}>
              <label>
                {t('viewer.page')}{' '}
                <input
                  name="page"
                  type="number"
                  min={1}
                  max={state.pageCount}
                  defaultValue={state.page + 1}
                  className="page-number"
                />
              </label>
              <span> {t('viewer.ofPages', { count: formatNumber(state.pageCount) })}</span>
            </form>
            <form className="group" aria-label={t('viewer.find')} onSubmit={onFind}>
              <label>
                <span className="visually-hidden">{t('viewer.find')}</span>
                <input name="query" type="search" dir="auto" placeholder={t('viewer.find')} />
              </label>
              <button type="submit">{t('viewer.findButton')}</button>
              <button
                type="button"
                aria-label={t('viewer.previousMatch')}
                onClick={() => actions.find(state.find.query, -1)}
              >
                ↑
              </button>
              <output aria-live="polite" className="find-count">
                {state.find.query
                  ? state.find.count === 0
                    ? t('viewer.noMatch')
                    : t('viewer.matchOf', {
                        current: state.find.current + 1,
                        count: state.find.count,
                      })
                  : ''}
              </output>
            </form>
          </>
        ) : null}
      </header>
      {state.toc.length > 0 ? (
        <nav className="toc" aria-label={t('viewer.contents')}>
          <h2>{t('viewer.contents')}</h2>
          <ul>
            {state.toc.map((entry) => (
              <li
                key={`${entry.start}-${entry.label}`}
                style={{ paddingInlineStart: `${entry.depth}em` }}
              >
                <button
                  type="button"
                  className="link"
                  onClick={() => actions.goToOffset(entry.start)}
                >
                  <bdi>{entry.label}</bdi>
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
          {state.detail ? <TechnicalDetail detail={state.detail} /> : null}
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
      {state.phase === 'empty' ? <p className="drop-hint">{t('viewer.dropHint')}</p> : null}
    </>
  );
}

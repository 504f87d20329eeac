import { useId } from 'react';
import type { WorkbenchFilter } from '../utils/annotations/workbench.ts';
import type { Stance } from '../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import { layerLabel } from '../utils/formats/layers.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { STANCES } from './CommentEditor.tsx';

/** Search and filters over the workbench's comments, with the counts they leave. */
export function WorkbenchFilters(props: {
  filter: WorkbenchFilter;
  onChange: (filter: WorkbenchFilter) => void;
  tags: string[];
  sets: AnnotationSetInfo[];
  authors: Array<{ id: string; name: string }>;
  summary: string;
}) {
  const id = useId();
  const { filter, onChange } = props;
  const translator = useTranslator();
  const { t } = translator;
  const choose = <K extends keyof WorkbenchFilter>(key: K, value: string) => {
    const next = { ...filter };
    if (value) next[key] = value as WorkbenchFilter[K];
    else delete next[key];
    onChange(next);
  };
  return (
    <search className="filters" aria-label={t('filters.region')}>
      <label htmlFor={`${id}-text`}>{t('filters.search')}</label>
      <input
        id={`${id}-text`}
        type="search"
        dir="auto"
        value={filter.text ?? ''}
        onChange={(event) => choose('text', event.target.value)}
      />
      <div className="filter-row">
        <label>
          {t('filters.tag')}{' '}
          <select value={filter.tag ?? ''} onChange={(event) => choose('tag', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {props.tags.map((tag) => (
              <option key={tag}>{tag}</option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.stance')}{' '}
          <select
            value={filter.stance ?? ''}
            onChange={(event) => choose('stance', event.target.value as Stance)}
          >
            <option value="">{t('common.all')}</option>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stance.${stance}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.status')}{' '}
          <select
            value={filter.status ?? ''}
            onChange={(event) => choose('status', event.target.value)}
          >
            <option value="">{t('common.all')}</option>
            <option value="exact">{t('anchor.exact')}</option>
            <option value="fuzzy">{t('anchor.fuzzy')}</option>
            <option value="orphan">{t('anchor.orphan')}</option>
          </select>
        </label>
        <label>
          {t('filters.set')}{' '}
          <select
            value={filter.setId ?? ''}
            onChange={(event) => choose('setId', event.target.value)}
          >
            <option value="">{t('common.all')}</option>
            {props.sets.map((set) => (
              <option key={set.id} value={set.id}>
                {layerLabel(set, translator)}
              </option>
            ))}
          </select>
        </label>
        {props.authors.length > 1 ? (
          <label>
            {t('filters.author')}{' '}
            <select
              value={filter.authorId ?? ''}
              onChange={(event) => choose('authorId', event.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {props.authors.map((author) => (
                <option key={author.id} value={author.id}>
                  {author.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <p className="muted" role="status">
        {props.summary}
      </p>
    </search>
  );
}

import { useId } from 'react';
import type { WorkbenchFilter } from '../utils/annotations/workbench.ts';
import type { Stance } from '../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import { layerLabel } from '../utils/formats/layers.ts';

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
  const choose = <K extends keyof WorkbenchFilter>(key: K, value: string) => {
    const next = { ...filter };
    if (value) next[key] = value as WorkbenchFilter[K];
    else delete next[key];
    onChange(next);
  };
  return (
    <search className="filters" aria-label="Filter comments">
      <label htmlFor={`${id}-text`}>Search</label>
      <input
        id={`${id}-text`}
        type="search"
        value={filter.text ?? ''}
        onChange={(event) => choose('text', event.target.value)}
      />
      <div className="filter-row">
        <label>
          Tag{' '}
          <select value={filter.tag ?? ''} onChange={(event) => choose('tag', event.target.value)}>
            <option value="">All</option>
            {props.tags.map((tag) => (
              <option key={tag}>{tag}</option>
            ))}
          </select>
        </label>
        <label>
          Stance{' '}
          <select
            value={filter.stance ?? ''}
            onChange={(event) => choose('stance', event.target.value as Stance)}
          >
            <option value="">All</option>
            <option value="amend">Amend</option>
            <option value="oppose">Oppose</option>
            <option value="support">Support</option>
            <option value="question">Question</option>
          </select>
        </label>
        <label>
          Status{' '}
          <select
            value={filter.status ?? ''}
            onChange={(event) => choose('status', event.target.value)}
          >
            <option value="">All</option>
            <option value="exact">Exact</option>
            <option value="fuzzy">Fuzzy</option>
            <option value="orphan">Not placed</option>
          </select>
        </label>
        <label>
          Set{' '}
          <select
            value={filter.setId ?? ''}
            onChange={(event) => choose('setId', event.target.value)}
          >
            <option value="">All</option>
            {props.sets.map((set) => (
              <option key={set.id} value={set.id}>
                {layerLabel(set)}
              </option>
            ))}
          </select>
        </label>
        {props.authors.length > 1 ? (
          <label>
            Author{' '}
            <select
              value={filter.authorId ?? ''}
              onChange={(event) => choose('authorId', event.target.value)}
            >
              <option value="">All</option>
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

import { type CSSProperties, type Ref, useEffect, useId, useRef } from 'react';
import type { MessageKey } from '../locales/en.ts';
import type { CommentFields } from '../utils/annotations/build.ts';
import { normaliseTags } from '../utils/annotations/build.ts';
import type { Priority, Proposal, Stance } from '../utils/formats/annotation.ts';
import { shownSetName } from '../utils/formats/layers.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { AmendmentPreview } from './AmendmentPreview.tsx';

export const STANCES: Stance[] = ['amend', 'oppose', 'support', 'question'];
const PRIORITIES: Priority[] = ['high', 'medium', 'low'];
const PROPOSAL_KINDS: Array<[Proposal['kind'] | '', MessageKey]> = [
  ['', 'editor.noAmendment'],
  ['replace', 'editor.replace'],
  ['insert', 'editor.insert'],
  ['delete', 'editor.delete'],
];

export interface CommentEditorProps {
  /** Its owner places it beside the passage. */
  ref?: Ref<HTMLElement>;
  style?: CSSProperties;
  provision: string;
  sets: Array<{ id: string; name: string }>;
  setId: string;
  onSetChange: (setId: string) => void;
  quote: string;
  fields: CommentFields;
  editing: boolean;
  status: string;
  onChange: (fields: CommentFields) => void;
  onSave: () => void;
  onClose: () => void;
  onDiscard: () => void;
  onDelete?: () => void;
}

/**
 * The comment editor: comment, proposed amendment shown as a redline of the quoted text,
 * rationale, tags, stance and priority. Every field is labelled for screen readers; Escape
 * closes it (the unsent draft stays saved), Ctrl+Enter saves.
 */
export function CommentEditor(props: CommentEditorProps) {
  const { fields, onChange } = props;
  const id = useId();
  const translator = useTranslator();
  const { t } = translator;
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // Focus goes back where it was (a highlight, the toolbar, the page) when the editor closes.
    const before = deepActiveElement(document);
    first.current?.focus({ preventScroll: true });
    return () => {
      if (before?.isConnected) before.focus({ preventScroll: true });
    };
  }, []);
  const set = (patch: Partial<CommentFields>) => onChange({ ...fields, ...patch });
  const proposal = fields.proposal;

  return (
    <section
      ref={props.ref}
      style={props.style}
      className="rl-editor"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) props.onSave();
      }}
    >
      <h2 id={`${id}-title`}>
        {props.editing ? t('editor.edit') : t('editor.new')}
        {props.provision ? (
          <span className="rl-provision">
            {' · '}
            <bdi>{props.provision}</bdi>
          </span>
        ) : null}
      </h2>
      {/* A long quote scrolls inside its box: focusable, so a keyboard can scroll it too. */}
      <blockquote
        className="rl-quote"
        aria-label={t('editor.quote')}
        dir="auto"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region keyboards must reach (axe scrollable-region-focusable)
        tabIndex={0}
      >
        {props.quote}
      </blockquote>

      <label htmlFor={`${id}-comment`}>{t('editor.comment')}</label>
      <textarea
        id={`${id}-comment`}
        ref={first}
        rows={4}
        dir="auto"
        value={fields.comment}
        onChange={(event) => set({ comment: event.target.value })}
      />

      <label htmlFor={`${id}-kind`}>{t('editor.proposal')}</label>
      <select
        id={`${id}-kind`}
        value={proposal?.kind ?? ''}
        onChange={(event) => {
          const kind = event.target.value as Proposal['kind'] | '';
          const { proposal: _old, ...rest } = fields;
          onChange(kind ? { ...rest, proposal: { kind, text: proposal?.text ?? '' } } : rest);
        }}
      >
        {PROPOSAL_KINDS.map(([value, label]) => (
          <option key={value} value={value}>
            {t(label)}
          </option>
        ))}
      </select>
      {proposal && proposal.kind !== 'delete' ? (
        <>
          <label htmlFor={`${id}-proposal`}>
            {proposal.kind === 'replace' ? t('editor.proposedText') : t('editor.textToInsert')}
          </label>
          <textarea
            id={`${id}-proposal`}
            rows={3}
            dir="auto"
            value={proposal.text}
            onChange={(event) => set({ proposal: { ...proposal, text: event.target.value } })}
          />
        </>
      ) : null}
      {proposal ? <AmendmentPreview quote={props.quote} proposal={proposal} /> : null}

      <label htmlFor={`${id}-rationale`}>{t('editor.rationale')}</label>
      <textarea
        id={`${id}-rationale`}
        rows={3}
        dir="auto"
        value={fields.rationale}
        onChange={(event) => set({ rationale: event.target.value })}
      />

      <label htmlFor={`${id}-tags`}>{t('editor.tags')}</label>
      <input
        id={`${id}-tags`}
        dir="auto"
        defaultValue={fields.tags.join(', ')}
        onBlur={(event) => set({ tags: normaliseTags([event.target.value]) })}
        onChange={(event) => set({ tags: [event.target.value] })}
      />

      <div className="rl-row">
        <label>
          {t('editor.stance')}{' '}
          <select
            value={fields.stance ?? ''}
            onChange={(event) => {
              const { stance: _old, ...rest } = fields;
              const stance = event.target.value as Stance | '';
              onChange(stance ? { ...rest, stance } : rest);
            }}
          >
            <option value="">—</option>
            {STANCES.map((value) => (
              <option key={value} value={value}>
                {t(`stance.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('editor.priority')}{' '}
          <select
            value={fields.priority ?? ''}
            onChange={(event) => {
              const { priority: _old, ...rest } = fields;
              const priority = event.target.value as Priority | '';
              onChange(priority ? { ...rest, priority } : rest);
            }}
          >
            <option value="">—</option>
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {t(`priority.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <label className="rl-check">
        <input
          type="checkbox"
          checked={fields.private === true}
          aria-describedby={`${id}-private-hint`}
          onChange={(event) => {
            const { private: _old, ...rest } = fields;
            onChange(event.target.checked ? { ...rest, private: true } : rest);
          }}
        />{' '}
        {t('editor.keepPrivate')}
      </label>
      <p id={`${id}-private-hint`} className="rl-hint">
        {fields.private ? t('editor.privateHint') : t('editor.sharedHint')}
      </p>

      {props.sets.length > 1 ? (
        <>
          <label htmlFor={`${id}-set`}>{t('editor.set')}</label>
          <select
            id={`${id}-set`}
            value={props.setId}
            onChange={(event) => props.onSetChange(event.target.value)}
          >
            {props.sets.map((set) => (
              <option key={set.id} value={set.id}>
                {shownSetName(set.name, translator)}
              </option>
            ))}
          </select>
        </>
      ) : null}

      <div className="rl-actions">
        <button type="button" className="rl-primary" onClick={props.onSave}>
          {t('editor.save')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('editor.close')}
        </button>
        <button type="button" onClick={props.onDiscard}>
          {t('editor.discard')}
        </button>
        {props.onDelete ? (
          <button type="button" className="rl-danger" onClick={props.onDelete}>
            {t('editor.deleteComment')}
          </button>
        ) : null}
      </div>
      <p className="rl-status" role="status" aria-live="polite">
        {props.status}
      </p>
    </section>
  );
}

/** The focused element, looking inside open shadow roots (the annotator lives in one). */
function deepActiveElement(root: Document | ShadowRoot): HTMLElement | undefined {
  const active = root.activeElement;
  if (!(active instanceof HTMLElement)) return undefined;
  return active.shadowRoot ? (deepActiveElement(active.shadowRoot) ?? active) : active;
}

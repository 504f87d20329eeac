import { useMemo, useSyncExternalStore } from 'react';
import { CommentEditor } from '../components/CommentEditor.tsx';
import { PageStrip } from '../components/PageStrip.tsx';
import { SelectionToolbar } from '../components/SelectionToolbar.tsx';
import { TechnicalDetail } from '../components/TechnicalDetail.tsx';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import type { AnnotatorController } from './controller.ts';
import { useBesidePassage } from './placement.ts';

/** The annotator's view: toolbar on a selection, the editor, and a toast for undo. */
export function AnnotatorApp({ controller }: { controller: AnnotatorController }) {
  const state = useSyncExternalStore(controller.store.subscribe, controller.store.get);
  const { selection, editor, toast } = state;
  const strip = controller.pageSummary();
  const toolbarPlace = useBesidePassage(
    useMemo(() => (selection ? [selection.range] : undefined), [selection]),
    'toolbar',
  );
  const editorPlace = useBesidePassage(editor?.ranges, 'editor');
  const { t } = useTranslator();
  return (
    <>
      <PageStrip
        comments={strip.comments}
        highlights={strip.highlights}
        notPlaced={strip.notPlaced}
        layers={strip.layers}
        notes={controller.notesOnArticles()}
        onToggle={(setId, visible) => void controller.setLayerVisible(setId, visible)}
        onShowArticle={(start) => controller.scrollToOffset(start)}
      />
      {selection && !editor ? (
        <SelectionToolbar
          ref={toolbarPlace.ref}
          style={toolbarPlace.style}
          onHighlight={() => void controller.highlightSelection()}
          onComment={() => controller.commentOnSelection()}
        />
      ) : null}
      {editor ? (
        <CommentEditor
          ref={editorPlace.ref}
          style={editorPlace.style}
          provision={controller.provisionLabel(editor.provision)}
          sets={controller.ownSets()}
          setId={editor.setId}
          onSetChange={(setId) => controller.chooseSet(setId)}
          quote={editor.quote}
          fields={editor.fields}
          editing={editor.base !== undefined}
          status={editor.status}
          onChange={(fields) => controller.changeFields(fields)}
          onSave={() => void controller.saveEditor()}
          onClose={() => controller.closeEditor()}
          onDiscard={() => void controller.discardEditor()}
          {...(editor.base
            ? { onDelete: () => void controller.deleteAnnotation(editor.base?.id ?? '') }
            : {})}
        />
      ) : null}
      {toast ? (
        <div className="rl-toast" role="status" aria-live="polite">
          <span>
            {toast.message}
            {toast.detail ? <TechnicalDetail detail={toast.detail} /> : null}
          </span>
          {toast.undoId ? (
            <button type="button" onClick={() => void controller.undoDelete(toast.undoId ?? '')}>
              {t('common.undo')}
            </button>
          ) : null}
          <button
            type="button"
            aria-label={t('common.dismiss')}
            onClick={() => controller.dismissToast()}
          >
            ×
          </button>
        </div>
      ) : null}
    </>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ArticleNotes } from '../../components/ArticleNotes.tsx';
import { CommentCard } from '../../components/CommentCard.tsx';
import { OtherVersions } from '../../components/OtherVersions.tsx';
import { OutlineToc } from '../../components/OutlineToc.tsx';
import { WorkbenchFilters } from '../../components/WorkbenchFilters.tsx';
import { outlineTree } from '../../utils/annotations/outline-tree.ts';
import {
  type AnchorInfo,
  authorsInUse,
  tagsInUse,
  type WorkbenchFilter,
  type WorkbenchItem,
  workbenchView,
} from '../../utils/annotations/workbench.ts';
import { listAnnotations } from '../../utils/db/annotations.ts';
import { getDb } from '../../utils/db/index.ts';
import { keepCommentVersion } from '../../utils/db/page-writes.ts';
import { allSets, articleNotesBeside, concurrentVersions } from '../../utils/db/queries.ts';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { layerLabel } from '../../utils/formats/layers.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import { readingAtKey } from '../../utils/messaging/page-report.ts';
import type { PageReport, ReadingAt } from '../../utils/messaging/protocol.ts';
import { useSessionValue } from '../../utils/messaging/session-value.ts';
import { tabMessenger } from '../../utils/messaging/tab.ts';
import { labelLanguage } from '../../utils/un/languages.ts';
import { notesOn } from '../../utils/un/notes-links.ts';
import { provisionLabel } from '../../utils/un/provision-label.ts';

/** The document's comments by provision, with filters, orphans and the draft's outline. */
export function CommentsTab({ tabId, report }: { tabId: number | undefined; report: PageReport }) {
  const documentKey = report.documentKey;
  const annotations = useLiveQuery(
    async () => (documentKey ? listAnnotations(getDb(), documentKey) : []),
    [documentKey],
  );
  const sets = useLiveQuery(() => allSets(getDb()), []);
  const otherVersions = useLiveQuery(
    () =>
      concurrentVersions(
        getDb(),
        (annotations ?? []).map((annotation) => annotation.id),
      ),
    [annotations],
  );
  const restore = async (version: Annotation) => {
    await keepCommentVersion(getDb(), version);
  };
  const [filter, setFilter] = useState<WorkbenchFilter>({});
  const reading = useSessionValue<ReadingAt>(tabId === undefined ? undefined : readingAtKey(tabId));
  const translator = useTranslator();
  const { t } = translator;
  const language = labelLanguage(report.language);
  const label = (address: string) => (address ? provisionLabel(address, language) : '');
  const notes = useArticleNotes(documentKey);
  const articles = report.outline.filter((entry) => entry.kind === 'article');

  const anchors = useMemo(
    () => new Map<string, AnchorInfo>(report.anchors.map(({ id, ...anchor }) => [id, anchor])),
    [report],
  );
  const view = useMemo(
    () => workbenchView(annotations ?? [], anchors, filter),
    [annotations, anchors, filter],
  );
  const colours = new Map((sets ?? []).map((set) => [set.id, set.colour]));
  const layers = new Map((sets ?? []).map((set) => [set.id, layerLabel(set, translator)]));
  // On the panel's own timeline: benchmarks read when the comments were listed.
  useEffect(() => {
    if (annotations) performance.mark('redline:listed', { detail: view.shown });
  }, [annotations, view.shown]);

  // A placed comment can show its passage; an orphan has none to show.
  const card = (item: WorkbenchItem, placed: boolean) => {
    const versions = otherVersions?.get(item.annotation.id);
    return (
      <CommentCard
        key={item.annotation.id}
        item={item}
        provision={label(item.annotation.provision)}
        colour={colours.get(item.annotation.setId)}
        layer={layers.get(item.annotation.setId)}
        {...(placed ? { onOpen: () => focus(item.annotation.id) } : {})}
      >
        {versions ? (
          <OtherVersions versions={versions} onRestore={(version) => void restore(version)} />
        ) : null}
      </CommentCard>
    );
  };

  const focus = (id: string) => {
    if (tabId !== undefined)
      void tabMessenger.sendMessage('annotator.focusAnnotation', { id }, tabId);
  };

  return (
    <>
      <WorkbenchFilters
        filter={filter}
        onChange={setFilter}
        tags={tagsInUse(annotations ?? [])}
        authors={authorsInUse(annotations ?? [], t('card.unnamedAuthor'))}
        sets={sets ?? []}
        summary={t('workbench.summary', {
          shown: view.shown,
          total: view.total,
          exact: view.counts.exact,
          fuzzy: view.counts.fuzzy,
          orphan: view.counts.orphan,
        })}
      />
      <section aria-label={t('workbench.byProvision')}>
        {view.groups.length === 0 && view.orphans.length === 0 ? (
          <p>{view.total > 0 ? t('workbench.noMatch') : t('workbench.noneYet')}</p>
        ) : null}
        {view.groups.map((group) => (
          <section
            key={`${group.provision}-${group.items[0]?.annotation.id}`}
            aria-label={label(group.provision) || t('workbench.unaddressed')}
          >
            <h2 className="provision">
              <bdi>{label(group.provision) || t('workbench.unaddressed')}</bdi>
            </h2>
            <ul className="comments">{group.items.map((item) => card(item, true))}</ul>
          </section>
        ))}
      </section>
      {view.orphans.length > 0 ? (
        <section aria-label={t('workbench.notPlacedRegion')}>
          <h2 className="provision">{t('workbench.notPlaced')}</h2>
          <ul className="comments">{view.orphans.map((item) => card(item, false))}</ul>
        </section>
      ) : null}
      {notes && notes.size > 0 && articles.length > 0 ? (
        <section aria-label={t('notes.region')}>
          <h2 className="provision">{t('notes.region')}</h2>
          {articles.map((entry) => (
            <ArticleNotes
              key={entry.start}
              article={entry.address}
              notes={notesOn(notes, entry.address)}
            />
          ))}
        </section>
      ) : null}
      {report.outline.length > 0 ? (
        <details open>
          <summary>{t('workbench.outline', { count: report.outline.length })}</summary>
          <OutlineToc
            tree={outlineTree(
              report.outline,
              (annotations ?? [])
                .filter((annotation) => !annotation.deleted)
                .map((annotation) => annotation.provision),
            )}
            reading={reading?.start}
            onGo={(start) => {
              if (tabId !== undefined)
                void tabMessenger.sendMessage('annotator.scrollToOffset', { start }, tabId);
            }}
          />
        </details>
      ) : null}
    </>
  );
}

function useArticleNotes(documentKey: string) {
  return useLiveQuery(() => articleNotesBeside(getDb(), documentKey), [documentKey]);
}

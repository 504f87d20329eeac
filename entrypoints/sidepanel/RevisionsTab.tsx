import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { CarryRow } from '../../components/CarryRow.tsx';
import { RevisionList } from '../../components/RevisionList.tsx';
import { listAnnotations } from '../../utils/db/annotations.ts';
import { getDb } from '../../utils/db/index.ts';
import { allDocuments, annotationCounts, revisionText } from '../../utils/db/queries.ts';
import type { DocumentRecord } from '../../utils/formats/document.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { awaitingCarry, carryTargetOf } from '../../utils/revisions/carry.ts';
import { type CarryStatus, carryOver } from '../../utils/revisions/carry-over.ts';
import { earlierRevisions, revisionFamilies } from '../../utils/revisions/family.ts';
import { CompareProvision } from './CompareProvision.tsx';
import { carry, selectedPassage } from './carry-actions.ts';

const ORDER: CarryStatus[] = ['unchanged', 'changed', 'moved', 'gone'];
const COUNT_KEYS = {
  unchanged: 'carry.countUnchanged',
  changed: 'carry.countChanged',
  moved: 'carry.countMoved',
  gone: 'carry.countGone',
} as const;

/** The draft's revisions kept here, carrying comments onto this one, and comparing provisions. */
export function RevisionsTab({ tabId, report }: { tabId: number | undefined; report: PageReport }) {
  const documents = useLiveQuery(() => allDocuments(getDb()), []);
  const counts = useLiveQuery(() => annotationCounts(getDb()), []);
  const current = documents?.find((document) => document.key === report.documentKey);
  const [chosen, setChosen] = useState<string>();
  const { t } = useTranslator();
  if (!documents || !current) return <p>{t('revisions.reading')}</p>;

  const family = revisionFamilies(documents).find((f) =>
    f.revisions.some((r) => r.key === current.key),
  );
  const earlier = earlierRevisions(documents, current.key);
  const from =
    earlier.find((d) => d.key === chosen) ??
    earlier.find((d) => (counts?.get(d.key) ?? 0) > 0) ??
    earlier[0];

  return (
    <>
      <section aria-label={t('revisions.region')}>
        <h2 className="provision">
          {t('revisions.of', {
            document: family?.family ?? current.symbol ?? t('revisions.thisDocument'),
          })}
        </h2>
        {family ? <RevisionList family={family} currentKey={current.key} counts={counts} /> : null}
      </section>
      {from ? (
        <>
          {earlier.length > 1 ? (
            <label>
              {t('revisions.carryFrom')}{' '}
              <select value={from.key} onChange={(event) => setChosen(event.target.value)}>
                {earlier.map((d) => (
                  <option key={d.key} value={d.key}>
                    {d.symbol ?? d.key}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <CarryOver tabId={tabId} from={from} to={current} />
          <CompareProvision from={from} to={current} outline={report.outline} />
        </>
      ) : (
        <p>{t('revisions.noEarlier')}</p>
      )}
    </>
  );
}

function CarryOver({
  tabId,
  from,
  to,
}: {
  tabId: number | undefined;
  from: DocumentRecord;
  to: DocumentRecord;
}) {
  const [status, setStatus] = useState('');
  const { t } = useTranslator();
  const data = useLiveQuery(async () => {
    const db = getDb();
    const version = to.versions.at(-1);
    const earlierVersion = from.versions.at(-1);
    return {
      earlier: await listAnnotations(db, from.key),
      current: await listAnnotations(db, to.key),
      text: await revisionText(db, to.key, version),
      // The text the comments were made on: with it, a deleted passage is never 'moved'.
      earlierText: await revisionText(db, from.key, earlierVersion),
    };
  }, [from.key, to.key, to.versions.at(-1), from.versions.at(-1)]);
  const pending = useMemo(() => (data ? awaitingCarry(data.earlier, data.current) : []), [data]);
  const results = useMemo(
    () =>
      data?.text && pending.length > 0
        ? carryOver(pending, data.text, undefined, data.earlierText)
        : [],
    [data?.text, data?.earlierText, pending],
  );
  if (!data) return null;
  if (!data.text) return <p>{t('revisions.noText')}</p>;
  if (pending.length === 0) {
    return <p role="status">{t('revisions.allReviewed', { document: from.symbol ?? from.key })}</p>;
  }

  const originals = new Map(pending.map((annotation) => [annotation.id, annotation]));
  const unchanged = results.filter((result) => result.status === 'unchanged');
  const accept = async (ids: string[]) => {
    const items = ids.flatMap((id) => {
      const result = results.find((r) => r.id === id);
      const original = originals.get(id);
      const onto = result && carryTargetOf(result, to.key);
      return original && onto ? [{ original, onto }] : [];
    });
    await carry(items, from);
    setStatus(t('revisions.carried', { count: items.length }));
  };
  const retarget = async (id: string) => {
    const original = originals.get(id);
    const selected = await selectedPassage(tabId, to.key);
    if (!selected.ok) return setStatus(t(selected.error));
    if (original) await carry([{ original, onto: selected.onto }], from);
    setStatus(
      t('revisions.placed', {
        provision: selected.onto.provision || t('revisions.selectedPassage'),
      }),
    );
  };

  return (
    <section aria-label={t('revisions.carryRegion', { document: from.symbol ?? from.key })}>
      <h2 className="provision">
        {t('revisions.carryHeading', { document: from.symbol ?? from.key })}
      </h2>
      <p className="muted">
        {ORDER.map((s) =>
          t(COUNT_KEYS[s], { count: results.filter((r) => r.status === s).length }),
        ).join(' · ')}
      </p>
      {unchanged.length > 0 ? (
        <button type="button" onClick={() => void accept(unchanged.map((r) => r.id))}>
          {t('revisions.carryUnchanged', { count: unchanged.length })}
        </button>
      ) : null}
      <p role="status">{status}</p>
      <ul className="comments">
        {[...results]
          .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
          .map((result) => (
            <CarryRow
              key={result.id}
              result={result}
              original={originals.get(result.id) as (typeof pending)[number]}
              {...(result.target ? { onAccept: () => void accept([result.id]) } : {})}
              onRetarget={() => void retarget(result.id)}
            />
          ))}
      </ul>
    </section>
  );
}

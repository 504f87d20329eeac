import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { WordDiffView } from '../../components/WordDiffView.tsx';
import { getDb } from '../../utils/db/index.ts';
import { annotationsOn, revisionText } from '../../utils/db/queries.ts';
import type { DocumentRecord } from '../../utils/formats/document.ts';
import { wordDiff } from '../../utils/formats/export/word-diff.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { sameProvision } from '../../utils/revisions/provision.ts';
import { comparableEntries } from '../../utils/un/contents.ts';
import { flattenUnits, outlineText } from '../../utils/un/outline.ts';

function unitText(text: string | undefined, address: string): string | undefined {
  if (!text) return undefined;
  const unit = flattenUnits(outlineText(text).units).find((u) => sameProvision(u.address, address));
  return unit ? text.slice(unit.start, unit.end).trim() : undefined;
}

/** One provision in two revisions: old and new text side by side, the change as a word diff. */
export function CompareProvision(props: {
  from: DocumentRecord;
  to: DocumentRecord;
  outline: PageReport['outline'];
}) {
  const { from, to } = props;
  const { t } = useTranslator();
  const [address, setAddress] = useState('');
  const texts = useLiveQuery(async () => {
    const db = getDb();
    const [fromVersion, toVersion] = [from.versions.at(-1), to.versions.at(-1)];
    return {
      old: await revisionText(db, from.key, fromVersion),
      now: await revisionText(db, to.key, toVersion),
      comments: address
        ? (await annotationsOn(db, [from.key, to.key])).filter((a) =>
            sameProvision(a.provision, address),
          )
        : [],
    };
  }, [from.key, to.key, address]);
  const [before, after] = useMemo(
    () => [unitText(texts?.old, address), unitText(texts?.now, address)],
    [texts?.old, texts?.now, address],
  );
  const units = comparableEntries(props.outline);

  return (
    <section aria-label={t('compare.title')}>
      <h2 className="provision">{t('compare.title')}</h2>
      <label>
        {t('compare.provision')}{' '}
        <select value={address} onChange={(event) => setAddress(event.target.value)}>
          <option value="">{t('compare.choose')}</option>
          {units.map((entry) => (
            <option key={`${entry.start}`} value={entry.address}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      {address && texts ? (
        <>
          {!texts.old ? (
            <p>{t('compare.keepText', { document: from.symbol ?? from.key })}</p>
          ) : null}
          <div className="compare">
            <div>
              <h3>{from.symbol ?? t('compare.earlier')}</h3>
              <p>{before ?? t('compare.notInRevision', { provision: address })}</p>
            </div>
            <div>
              <h3>{to.symbol ?? t('compare.thisRevision')}</h3>
              <p>{after ?? t('compare.notInRevision', { provision: address })}</p>
            </div>
          </div>
          {before !== undefined && after !== undefined ? (
            <WordDiffView
              parts={wordDiff(before, after)}
              label={t('compare.changes', { provision: address })}
            />
          ) : null}
          <h3>{t('compare.comments', { provision: address })}</h3>
          <ul className="comments">
            {texts.comments.map((comment) => (
              <li key={comment.id} className="comment-card">
                <q>{comment.target.quote.exact}</q> — {comment.comment || t('compare.highlight')}{' '}
                <span className="muted">
                  (
                  {comment.documentKey === to.key
                    ? t('compare.inThisRevision')
                    : (from.symbol ?? t('compare.inEarlier'))}
                  )
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

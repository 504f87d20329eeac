import { type FormEvent, useState } from 'react';
import type { MessageKey } from '../locales/en.ts';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import { describeIssues } from '../utils/formats/import/describe-issues.ts';
import { layerLabel } from '../utils/formats/layers.ts';
import type { Notice } from '../utils/i18n/notice.ts';
import { problemDetails, problemList, problemText } from '../utils/i18n/problem.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { databaseNameForSet } from '../utils/sync/documents.ts';
import { ConnectRequest, type SyncStatus } from '../utils/sync/link.ts';
import { NoticeText, ProblemText, TechnicalDetail } from './TechnicalDetail.tsx';

const STATE_LABELS: Record<SyncStatus['state'], MessageKey> = {
  connecting: 'liveSets.state.connecting',
  syncing: 'liveSets.state.syncing',
  'in-sync': 'liveSets.state.inSync',
  offline: 'liveSets.state.offline',
  error: 'liveSets.state.error',
};

const JOIN = '';

/** One live set: where it syncs, how it stands, and leaving (the comments stay here). */
function LiveSetStatus({
  status,
  label,
  onLeave,
}: {
  status: SyncStatus;
  label: string;
  onLeave: () => void;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const state = t(STATE_LABELS[status.state]);
  const reason =
    status.state === 'offline'
      ? t('liveSets.offlineReason', { server: status.server })
      : status.reason && problemText(status.reason, translator);
  const conflicts =
    status.conflicts > 0 ? ` · ${t('liveSets.conflicts', { count: status.conflicts })}` : '';
  return (
    <li className="live-set" aria-label={t('liveSets.item', { set: label })}>
      <p>
        <strong>{label}</strong> —{' '}
        {t('liveSets.where', { database: status.database, server: status.server })}
      </p>
      <p role="status" className={`sync-state sync-${status.state}`}>
        {reason ? t('liveSets.because', { state, reason }) : state}
        {conflicts}
        {status.state === 'error' && status.reason
          ? problemDetails(status.reason).map((detail) => (
              <TechnicalDetail key={detail} detail={detail} />
            ))
          : null}
      </p>
      {status.skipped.length > 0 ? (
        <details>
          <summary>{t('liveSets.skipped', { count: status.skipped.length })}</summary>
          <ul>
            {status.skipped.map((reason) => (
              <li key={reason.place} dir="auto">
                <ProblemText problem={reason} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" onClick={onLeave}>
        {t('liveSets.leave')}
      </button>
    </li>
  );
}

/**
 * The live sets and the form that connects one: share one of my sets, or join one a colleague
 * shared, on a server the coalition runs. Fields are checked here; the server by the background.
 */
export function LiveSets({
  sets,
  statuses,
  onConnect,
  onLeave,
}: {
  sets: readonly AnnotationSetInfo[];
  statuses: readonly SyncStatus[];
  /** Resolves with why not, in the UI language, or nothing when the set is connected. */
  onConnect: (request: ConnectRequest) => Promise<Notice | undefined>;
  onLeave: (setId: string) => void;
}) {
  const own = sets.filter((set) => set.origin === 'own');
  const [setId, setSetId] = useState(own[0]?.id ?? JOIN);
  const [database, setDatabase] = useState('');
  const [address, setAddress] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<Notice>({ text: '' });
  const [busy, setBusy] = useState(false);
  const translator = useTranslator();
  const { t } = translator;
  const labels = new Map(sets.map((set) => [set.id, layerLabel(set, translator)]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ConnectRequest.safeParse(
      setId === JOIN
        ? { mode: 'join', database: database.trim(), address, user, password }
        : { mode: 'share', setId, address, user, password },
    );
    if (!parsed.success) {
      // Each field's sentence names the field: its place in the request would only repeat it.
      const problems = describeIssues(parsed.error.issues, {}).map(({ place, ...why }) => why);
      setMessage({
        text: t('liveSets.notConnected', { reasons: problemList(problems, translator) }),
      });
      return;
    }
    setBusy(true);
    setMessage({ text: t('liveSets.connecting') });
    const refused = await onConnect(parsed.data);
    setBusy(false);
    setMessage(
      refused
        ? { ...refused, text: t('liveSets.notConnected', { reasons: refused.text }) }
        : { text: t('liveSets.connected') },
    );
    if (!refused) setPassword('');
  }

  return (
    <section aria-label={t('liveSets.heading')}>
      <h2 className="provision">{t('liveSets.heading')}</h2>
      {statuses.length === 0 ? (
        <p>{t('liveSets.none')}</p>
      ) : (
        <ul className="live-sets">
          {statuses.map((status) => (
            <LiveSetStatus
              key={status.setId}
              status={status}
              label={labels.get(status.setId) ?? status.database}
              onLeave={() => onLeave(status.setId)}
            />
          ))}
        </ul>
      )}
      <form aria-label={t('liveSets.form')} onSubmit={(event) => void submit(event)}>
        <label>
          {t('liveSets.set')}{' '}
          <select value={setId} onChange={(event) => setSetId(event.target.value)}>
            {own.map((set) => (
              <option key={set.id} value={set.id}>
                {t('liveSets.share', { set: layerLabel(set, translator) })}
              </option>
            ))}
            <option value={JOIN}>{t('liveSets.join')}</option>
          </select>
        </label>
        {setId === JOIN ? (
          <label>
            {t('liveSets.database')}{' '}
            <input
              value={database}
              placeholder={t('liveSets.databaseExample')}
              onChange={(event) => setDatabase(event.target.value)}
            />
          </label>
        ) : (
          <p className="muted">
            {t('liveSets.databaseOf', { database: databaseNameForSet(setId) })}
          </p>
        )}
        <label>
          {t('liveSets.address')}{' '}
          <input
            type="url"
            value={address}
            placeholder={t('liveSets.addressExample')}
            onChange={(event) => setAddress(event.target.value)}
          />
        </label>
        <label>
          {t('liveSets.user')}{' '}
          <input
            autoComplete="username"
            value={user}
            onChange={(event) => setUser(event.target.value)}
          />
        </label>
        <label>
          {t('liveSets.password')}{' '}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          {t('liveSets.connect')}
        </button>
        <p role="status">
          <NoticeText notice={message} />
        </p>
      </form>
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { LiveSets } from '../../components/LiveSets.tsx';
import { SetRow } from '../../components/SetRow.tsx';
import { SharedImport } from '../../components/SharedImport.tsx';
import { NoticeText } from '../../components/TechnicalDetail.tsx';
import { getDb } from '../../utils/db/index.ts';
import { recolourLayer, showSet } from '../../utils/db/page-writes.ts';
import { loadProfile } from '../../utils/db/profile.ts';
import { allSets } from '../../utils/db/queries.ts';
import { createSet, exportSets, renameSet, summariseSets } from '../../utils/db/sets.ts';
import { failureDetail, failureReason } from '../../utils/i18n/failure.ts';
import { failureNotice, type Notice } from '../../utils/i18n/notice.ts';
import { problemList } from '../../utils/i18n/problem.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import { request } from '../../utils/messaging/client.ts';
import { LIVE_SYNC_STATUS_KEY, type PageReport } from '../../utils/messaging/protocol.ts';
import { useSessionValue } from '../../utils/messaging/session-value.ts';
import { saveFile } from '../../utils/sharing/save-file.ts';
import { setFileName } from '../../utils/sharing/set-file-name.ts';
import type { ConnectRequest, SyncStatuses } from '../../utils/sync/link.ts';
import { askForServerAccess } from '../../utils/sync/server-access.ts';

const NEW_SET_COLOUR = '#81c784';

/** The layers: every set with its colour and toggle, new sets, export and import of sets. */
export function SetsTab({ report }: { tabId: number | undefined; report: PageReport }) {
  const db = getDb();
  const sets = useLiveQuery(() => allSets(db), []);
  const summaries = useLiveQuery(() => summariseSets(db), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [newName, setNewName] = useState('');
  const [newColour, setNewColour] = useState(NEW_SET_COLOUR);
  const [status, setStatus] = useState<Notice>({ text: '' });
  const [includePrivate, setIncludePrivate] = useState(false);

  const liveStatuses = useSessionValue<SyncStatuses>(LIVE_SYNC_STATUS_KEY);
  const translator = useTranslator();
  const { t } = translator;
  const chosen = (sets ?? []).filter((set) => selected.includes(set.id));

  async function show(id: string, visible: boolean) {
    await showSet(db, id, visible);
  }

  async function addSet(event: FormEvent) {
    event.preventDefault();
    if (newName.trim() === '') return;
    const profile = await loadProfile(db);
    const owner = { organisation: profile.organisation, author: profile.authorName };
    const set = await createSet(db, { name: newName, colour: newColour, owner });
    setNewName('');
    setStatus({ text: t('sets.created', { name: set.name }) });
  }

  async function recolour(id: string, colour: string) {
    await recolourLayer(db, id, colour);
  }

  async function exportFile() {
    const file = await exportSets(db, selected, new Date(), includePrivate);
    return { file, text: `${JSON.stringify(file, null, 2)}\n` };
  }

  async function download() {
    try {
      const { text } = await exportFile();
      const fileName = setFileName(
        chosen.map((set) => set.name),
        new Date(),
      );
      await saveFile({ fileName, mimeType: 'application/json', data: text });
      setStatus({ text: t('sets.saved', { file: fileName }) });
    } catch (error) {
      setStatus(failureNotice(t('sets.notSaved'), error));
    }
  }

  async function copy() {
    try {
      const { file, text } = await exportFile();
      await navigator.clipboard.writeText(text);
      setStatus({ text: t('sets.copied', { count: file.annotations.length }) });
    } catch (error) {
      setStatus(failureNotice(t('sets.notCopied'), error));
    }
  }

  async function connect(connection: ConnectRequest): Promise<Notice | undefined> {
    const denied = await askForServerAccess(connection.address);
    if (denied) return { text: problemList(denied, translator) };
    const connected = await request('connectLiveSet', connection);
    if (connected.ok) return undefined;
    return {
      text: failureReason(connected.error, translator),
      detail: failureDetail(connected.error),
    };
  }

  async function leave(setId: string) {
    const left = await request('leaveLiveSet', { setId });
    setStatus(
      left.ok
        ? { text: t('liveSets.left') }
        : { text: failureReason(left.error, translator), detail: failureDetail(left.error) },
    );
  }

  return (
    <>
      <section aria-label={t('sets.region')}>
        <h2 className="provision">{t('sets.heading')}</h2>
        <ul className="sets">
          {(sets ?? []).map((set) => {
            const summary = summaries?.get(set.id);
            return (
              <SetRow
                key={set.id}
                set={set}
                annotations={summary?.annotations ?? 0}
                documents={summary?.documents ?? 0}
                selected={selected.includes(set.id)}
                onSelect={(on) =>
                  setSelected((ids) =>
                    on ? [...ids, set.id] : ids.filter((other) => other !== set.id),
                  )
                }
                onShow={(visible) => void show(set.id, visible)}
                onRename={(name) => void renameSet(db, set.id, name)}
                onRecolour={(colour) => void recolour(set.id, colour)}
              />
            );
          })}
        </ul>
        {sets?.length === 0 ? <p>{t('sets.none')}</p> : null}
        <label>
          <input
            type="checkbox"
            checked={includePrivate}
            onChange={(event) => setIncludePrivate(event.target.checked)}
          />{' '}
          {t('sets.includePrivate')}
        </label>
        <p>
          <button type="button" disabled={chosen.length === 0} onClick={() => void download()}>
            {t('sets.download')}
          </button>{' '}
          <button type="button" disabled={chosen.length === 0} onClick={() => void copy()}>
            {t('sets.copy')}
          </button>
        </p>
        <p role="status">
          <NoticeText notice={status} />
        </p>
      </section>
      <form aria-label={t('sets.new')} onSubmit={(event) => void addSet(event)}>
        <h2 className="provision">{t('sets.new')}</h2>
        <label>
          {t('sets.name')}{' '}
          <input value={newName} dir="auto" onChange={(event) => setNewName(event.target.value)} />
        </label>{' '}
        <label>
          {t('sets.colour')}{' '}
          <input
            type="color"
            value={newColour}
            onChange={(event) => setNewColour(event.target.value)}
          />
        </label>{' '}
        <button type="submit" disabled={newName.trim() === ''}>
          {t('sets.new')}
        </button>
      </form>
      {sets ? (
        <LiveSets
          sets={sets}
          statuses={Object.values(liveStatuses ?? {})}
          onConnect={connect}
          onLeave={(setId) => void leave(setId)}
        />
      ) : null}
      <section aria-label={t('sets.import')}>
        <h2 className="provision">{t('sets.import')}</h2>
        <SharedImport documentKey={report.documentKey} />
      </section>
    </>
  );
}

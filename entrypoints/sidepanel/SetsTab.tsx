import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { LiveSets } from '../../components/LiveSets.tsx';
import { SetRow } from '../../components/SetRow.tsx';
import { SharedImport } from '../../components/SharedImport.tsx';
import { getDb } from '../../utils/db/index.ts';
import { recolourLayer, showSet } from '../../utils/db/page-writes.ts';
import { loadProfile } from '../../utils/db/profile.ts';
import { allSets } from '../../utils/db/queries.ts';
import { createSet, exportSets, renameSet, summariseSets } from '../../utils/db/sets.ts';
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
  const [status, setStatus] = useState('');
  const [includePrivate, setIncludePrivate] = useState(false);

  const liveStatuses = useSessionValue<SyncStatuses>(LIVE_SYNC_STATUS_KEY);

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
    setStatus(`Set "${set.name}" created.`);
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
      setStatus(`Saved ${fileName} to your downloads.`);
    } catch (error) {
      setStatus(`Not saved: ${String(error)}. Check that downloads are allowed, then try again.`);
    }
  }

  async function copy() {
    try {
      const { file, text } = await exportFile();
      await navigator.clipboard.writeText(text);
      setStatus(`Copied ${file.annotations.length} annotations to the clipboard.`);
    } catch (error) {
      setStatus(`Not copied: ${String(error)}. Use Download instead.`);
    }
  }

  async function connect(connection: ConnectRequest): Promise<string | undefined> {
    const access = await askForServerAccess(connection.address);
    if (access) return access;
    const connected = await request('connectLiveSet', connection);
    return connected.ok ? undefined : connected.error.message;
  }

  async function leave(setId: string) {
    const left = await request('leaveLiveSet', { setId });
    setStatus(left.ok ? 'Left the live set; its comments stay here.' : left.error.message);
  }

  return (
    <>
      <section aria-label="Sets and layers">
        <h2 className="provision">Sets</h2>
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
        {sets?.length === 0 ? <p>No sets yet: your first comment starts "My comments".</p> : null}
        <label>
          <input
            type="checkbox"
            checked={includePrivate}
            onChange={(event) => setIncludePrivate(event.target.checked)}
          />{' '}
          Include my private comments (they stay out unless you tick this)
        </label>
        <p>
          <button type="button" disabled={chosen.length === 0} onClick={() => void download()}>
            Download selected sets
          </button>{' '}
          <button type="button" disabled={chosen.length === 0} onClick={() => void copy()}>
            Copy selected sets to the clipboard
          </button>
        </p>
        <p role="status">{status}</p>
      </section>
      <form aria-label="New set" onSubmit={(event) => void addSet(event)}>
        <h2 className="provision">New set</h2>
        <label>
          Name <input value={newName} onChange={(event) => setNewName(event.target.value)} />
        </label>{' '}
        <label>
          Colour{' '}
          <input
            type="color"
            value={newColour}
            onChange={(event) => setNewColour(event.target.value)}
          />
        </label>{' '}
        <button type="submit" disabled={newName.trim() === ''}>
          New set
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
      <section aria-label="Import">
        <h2 className="provision">Import</h2>
        <SharedImport documentKey={report.documentKey} />
      </section>
    </>
  );
}

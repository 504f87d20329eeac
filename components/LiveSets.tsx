import { type FormEvent, useState } from 'react';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import { layerLabel } from '../utils/formats/layers.ts';
import { databaseNameForSet } from '../utils/sync/documents.ts';
import { ConnectRequest, type SyncStatus } from '../utils/sync/link.ts';

const STATE_LABELS: Record<SyncStatus['state'], string> = {
  connecting: 'Connecting',
  syncing: 'Syncing',
  'in-sync': 'In sync',
  offline: 'Offline',
  error: 'Error',
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
  const conflicts =
    status.conflicts > 0
      ? ` · ${status.conflicts} ${status.conflicts === 1 ? 'comment has' : 'comments have'} two versions: choose in the Comments tab`
      : '';
  return (
    <li className="live-set" aria-label={`Live set ${label}`}>
      <p>
        <strong>{label}</strong> — {status.database} on {status.server}
      </p>
      <p role="status" className={`sync-state sync-${status.state}`}>
        {STATE_LABELS[status.state]}
        {status.reason ? `: ${status.reason}` : ''}
        {conflicts}
      </p>
      <button type="button" onClick={onLeave}>
        Leave (keep a copy here)
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
  /** Resolves with an error to show, or nothing when the set is connected. */
  onConnect: (request: ConnectRequest) => Promise<string | undefined>;
  onLeave: (setId: string) => void;
}) {
  const own = sets.filter((set) => set.origin === 'own');
  const [setId, setSetId] = useState(own[0]?.id ?? JOIN);
  const [database, setDatabase] = useState('');
  const [address, setAddress] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const labels = new Map(sets.map((set) => [set.id, layerLabel(set)]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ConnectRequest.safeParse(
      setId === JOIN
        ? { mode: 'join', database: database.trim(), address, user, password }
        : { mode: 'share', setId, address, user, password },
    );
    if (!parsed.success) {
      setMessage(parsed.error.issues.map((issue) => issue.message).join('; '));
      return;
    }
    setBusy(true);
    setMessage('Connecting…');
    const error = await onConnect(parsed.data);
    setBusy(false);
    setMessage(error ?? 'Connected: the set now syncs with the server.');
    if (!error) setPassword('');
  }

  return (
    <section aria-label="Live sets">
      <h2 className="provision">Live sets</h2>
      {statuses.length === 0 ? (
        <p>No set syncs with a server yet.</p>
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
      <form aria-label="Connect a set to a server" onSubmit={(event) => void submit(event)}>
        <label>
          Set{' '}
          <select value={setId} onChange={(event) => setSetId(event.target.value)}>
            {own.map((set) => (
              <option key={set.id} value={set.id}>
                Share {layerLabel(set)}
              </option>
            ))}
            <option value={JOIN}>Join a set a colleague shared</option>
          </select>
        </label>
        {setId === JOIN ? (
          <label>
            Set database{' '}
            <input
              value={database}
              placeholder="redline-set-…"
              onChange={(event) => setDatabase(event.target.value)}
            />
          </label>
        ) : (
          <p className="muted">
            Its database on the server: <code>{databaseNameForSet(setId)}</code> (your coordinator
            creates it and adds you as a member).
          </p>
        )}
        <label>
          Server address{' '}
          <input
            type="url"
            value={address}
            placeholder="https://sync.example.org"
            onChange={(event) => setAddress(event.target.value)}
          />
        </label>
        <label>
          User name{' '}
          <input
            autoComplete="username"
            value={user}
            onChange={(event) => setUser(event.target.value)}
          />
        </label>
        <label>
          Password{' '}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
          Connect
        </button>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}

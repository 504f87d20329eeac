import { useRef, useState } from 'react';
import { exportBackup } from '../../utils/db/backup.ts';
import { getDb } from '../../utils/db/index.ts';
import { restoreBackupFile } from '../../utils/db/page-writes.ts';
import { saveFile } from '../../utils/sharing/save-file.ts';

/** Whole-database backup to a file, and restore from one: all or nothing, after asking. */
export function BackupSection({
  persisted,
  onRestored,
}: {
  persisted: boolean | undefined;
  onRestored: () => void;
}) {
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<File>();
  const confirm = useRef<HTMLDialogElement>(null);

  async function backup() {
    try {
      const fileName = `redline-backup-${new Date().toISOString().slice(0, 10)}.json`;
      await saveFile({
        fileName,
        mimeType: 'application/json',
        data: await exportBackup(getDb()),
      });
      setStatus(`Saved ${fileName} to your downloads. Keep it somewhere safe.`);
    } catch (error) {
      setStatus(
        `Backup failed: ${String(error)}. Try again; if it fails again, restart the browser.`,
      );
    }
  }

  function ask(file: File) {
    setPending(file);
    setErrors([]);
    confirm.current?.showModal();
  }

  async function restore() {
    confirm.current?.close();
    const file = pending;
    setPending(undefined);
    if (!file) return;
    setStatus(`Restoring ${file.name}…`);
    try {
      const result = await restoreBackupFile(getDb(), new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) {
        setErrors(result.errors);
        setStatus(`${file.name} was not restored; your data is unchanged.`);
        return;
      }
      const { annotations, sets, documents } = result.value;
      setStatus(
        `Restored ${file.name}: ${annotations} annotations, ${sets} sets, ${documents} documents.`,
      );
      onRestored();
    } catch (error) {
      setStatus(`Restore failed, your data is unchanged: ${String(error)}.`);
    }
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>
        Storage:{' '}
        {persisted === undefined
          ? 'checking…'
          : persisted
            ? 'persistent — the browser will not clear it to free space.'
            : 'not persistent — the browser may clear it when disk space runs low. Back up often.'}
      </p>
      <button type="button" onClick={() => void backup()}>
        Download a backup
      </button>
      <p>
        <label>
          Restore from a backup file (replaces all your data)
          <br />
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) ask(file);
            }}
          />
        </label>
      </p>
      <dialog ref={confirm} aria-labelledby="restore-heading" onClose={() => setPending(undefined)}>
        <h3 id="restore-heading">Replace all your data?</h3>
        <p>
          Everything Redline holds now — comments, sets, profile — is replaced by the backup in{' '}
          {pending?.name}. If the file is not a valid backup, nothing changes.
        </p>
        <button type="button" onClick={() => void restore()}>
          Replace with the backup
        </button>{' '}
        <button type="button" onClick={() => confirm.current?.close()}>
          Cancel
        </button>
      </dialog>
      <p role="status">{status}</p>
      {errors.length > 0 ? (
        <ul aria-label="Why the backup was refused" className="import-errors">
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <li key={index}>{error}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

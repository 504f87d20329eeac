/** Shown when the browser deleted Redline's database: loud, until the user acts on it. */
export function EvictionWarning({
  onRestore,
  onDismiss,
}: {
  onRestore?: () => void;
  onDismiss: () => void;
}) {
  return (
    <section className="eviction-warning" role="alert" aria-label="Your data was deleted">
      <h2>The browser deleted Redline's data</h2>
      <p>
        Your comments, sets and profile were removed by the browser, probably to free disk space.
        Restore them from your last backup (Options → Backup and restore), then keep backing up
        regularly.
      </p>
      {onRestore ? (
        <button type="button" onClick={onRestore}>
          Restore from a backup
        </button>
      ) : null}{' '}
      <button type="button" onClick={onDismiss}>
        I understand, hide this
      </button>
    </section>
  );
}

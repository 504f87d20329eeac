/** Why a file was refused, every reason, and what happened: nothing. */
export function ImportErrors({
  fileName,
  errors,
  onDismiss,
}: {
  fileName: string;
  errors: string[];
  onDismiss: () => void;
}) {
  return (
    <section aria-label="Import refused" className="import-errors" role="alert">
      <h3>{fileName} was not imported</h3>
      <p>Nothing was written. Ask the sender for a corrected file, or fix these:</p>
      <ul>
        {errors.map((error, index) => (
          // Two reasons may read the same; their place in the list tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
          <li key={index}>{error}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

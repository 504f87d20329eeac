import { SharedImport } from '../../components/SharedImport.tsx';

/** Import of shared files from the options page: no document is open here. */
export function ImportSection() {
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import annotations</h2>
      <p className="muted">
        A colleague's Redline set, W3C Web Annotations or a Hypothesis export. You see what it would
        change before anything is written.
      </p>
      <SharedImport />
    </section>
  );
}

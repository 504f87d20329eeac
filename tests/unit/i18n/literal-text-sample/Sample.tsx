// A component written without the catalog: what the literal-text check must find.
declare function t(key: string): string;
declare function toast(message: string): void;
declare const browser: { action: { setTitle(details: { title: string }): void } };

// A table of texts beside the component, and a title handed to a browser API.
const TEXT = {
  heading: 'Backup and restore',
  saved: (fileName: string) => `Saved ${fileName} to your downloads.`,
};
browser.action.setTitle({ title: 'Open this PDF in Redline' });

export function Sample({ empty }: { empty: boolean }) {
  if (empty) console.error('Nothing to show for this page');
  return (
    <section className="muted wide" aria-label={t('popup.workbench')}>
      <h2>{TEXT.heading}</h2>
      <button type="button">Show the passage</button>
      <button type="button" aria-label="Close" onClick={() => toast(t('annotator.deleted'))}>
        ×
      </button>
      {empty ? 'Nothing here' : t('common.loading')}
      <button type="button" onClick={() => toast('Saved.')} data-kind="primary main">
        {new Intl.NumberFormat('en', { style: 'percent' }).format(1)}
      </button>
      <p>{TEXT.saved('a.json')}</p>
    </section>
  );
}

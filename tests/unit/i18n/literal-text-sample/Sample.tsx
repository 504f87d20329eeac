// A component written without the catalog: what the literal-text check must find.
declare function t(key: string): string;
declare function toast(message: string): void;

export function Sample({ empty }: { empty: boolean }) {
  return (
    <section className="muted" aria-label={t('popup.workbench')}>
      <button type="button">Show the passage</button>
      <button type="button" aria-label="Close" onClick={() => toast(t('annotator.deleted'))}>
        ×
      </button>
      {empty ? 'Nothing here' : t('common.loading')}
      <button type="button" onClick={() => toast('Saved.')} data-kind="primary">
        {new Intl.NumberFormat('en', { style: 'percent' }).format(1)}
      </button>
    </section>
  );
}

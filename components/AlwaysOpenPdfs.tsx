import { useEffect, useState } from 'react';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { alwaysOpenUnPdfs, setAlwaysOpenUnPdfs } from '../utils/open-in-redline.ts';

/** The setting that opens every UN PDF in Redline's viewer instead of the browser's. */
export function AlwaysOpenPdfs() {
  const [on, setOn] = useState(false);
  const { t } = useTranslator();
  useEffect(() => {
    void alwaysOpenUnPdfs().then(setOn);
  }, []);
  return (
    <label>
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setOn(checked);
          void setAlwaysOpenUnPdfs(checked);
        }}
      />{' '}
      {t('pdf.alwaysOpen')}
    </label>
  );
}

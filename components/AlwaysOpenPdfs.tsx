import { useEffect, useState } from 'react';
import { alwaysOpenUnPdfs, setAlwaysOpenUnPdfs } from '../utils/open-in-redline.ts';

/** The setting that opens every UN PDF in Redline's viewer instead of the browser's. */
export function AlwaysOpenPdfs() {
  const [on, setOn] = useState(false);
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
      Always open UN PDFs in Redline
    </label>
  );
}

/**
 * OCR as the last resort, for real: the command line's reader (`redline outline --text-source
 * ocr`) renders every page of the Russian PDF whose fonts hide their letters and reads it with
 * tesseract.js and Debian's Russian language data (tesseract-ocr-rus, installed by .ci/run).
 * In the integration project: tesseract.js starts worker threads, about 15 s a page.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfDraft } from '../../cli/pdf-text.ts';
import {
  anchorOfficialQuotes,
  articleNumbers,
  characterAccuracy,
  fixturePath,
  officialText,
} from '../unit/pdf/helpers/recovered-text.ts';

const RUSSIAN_DATA = '/usr/share/tesseract-ocr/5/tessdata/rus.traineddata';

describe('OCR of a PDF whose text layer is glyph numbers', () => {
  it('reads every article heading of the Russian PDF, and its text to within 5 %', async () => {
    // Not skipped when the data is missing: CI installs it, so its absence is a failure.
    expect(existsSync(RUSSIAN_DATA), `apt-get install tesseract-ocr-rus`).toBe(true);
    const draft = await readPdfDraft(fixturePath('udhr-ru.pdf'), 'ocr');
    expect(draft.textLayer).toMatchObject({
      status: 'recovered',
      source: 'ocr',
      brokenPages: [1, 2, 3, 4, 5, 6, 7],
      recoveredPages: [1, 2, 3, 4, 5, 6, 7],
    });
    const official = officialText('ru');
    expect(articleNumbers(draft.text)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
    expect(characterAccuracy(draft.text, official)).toBeGreaterThanOrEqual(0.95);
    const quotes = anchorOfficialQuotes(draft.text, official, 100);
    expect(quotes.right).toBeGreaterThanOrEqual(95);
  }, 900_000);
});

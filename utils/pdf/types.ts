/**
 * The slice of pdf.js's text content Redline reads. Structural, so the same code takes the
 * browser build's and Node's legacy build's objects, and tests can write pages by hand.
 */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: x, y is the baseline start in PDF units, y growing upwards. */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
  /** pdf.js's name for the item's font on its page (`g_d0_f1`). */
  fontName?: string;
  /** pdf.js's reading direction of the item; `rtl` items hold their characters in logical order. */
  dir?: string;
}

export interface PdfPageItems {
  width: number;
  height: number;
  /** The page's text items in pdf.js's order: the i-th is the text layer's i-th span. */
  items: readonly PdfTextItem[];
}

/** The text Redline reads from a PDF, and where each text item of each page landed in it. */
export interface PdfText {
  text: string;
  /** Per page, per item: the offset of the item's first character in `text`, or -1 when left out. */
  itemStarts: Int32Array[];
  /** Per page, per item: how many of its characters `text` holds (a dropped line-end hyphen is not). */
  itemLengths: Int32Array[];
}

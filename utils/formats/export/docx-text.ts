import { type IRunOptions, Paragraph, TextRun } from 'docx';
import { RIGHT_TO_LEFT_SCRIPT } from '../../i18n/right-to-left.ts';

type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/**
 * Drops what XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF, unpaired surrogates): one of
 * them pasted into a comment would make Word refuse the whole file.
 */
export function xmlSafe(text: string): string {
  let safe = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) as number)) safe += char;
  return safe;
}

/** The `Char` production of XML 1.0; iterating by code point leaves unpaired surrogates alone. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Runs of one style; line breaks inside the text become Word line breaks. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 && { break: 1 }) }));
}

/** Paragraphs split at blank lines; Arabic and Hebrew ones laid out right to left. */
export function textParagraphs(text: string, style: RunStyle = {}): Paragraph[] {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => paragraphOf(paragraph, textRuns(paragraph, rtlStyle(paragraph, style))));
}

export function paragraphOf(text: string, children: TextRun[]): Paragraph {
  return new Paragraph({ children, ...(isRightToLeft(text) && { bidirectional: true }) });
}

export function rtlStyle(text: string, style: RunStyle): RunStyle {
  return isRightToLeft(text) ? { ...style, rightToLeft: true } : style;
}

/** Decided by the first letter, as the Unicode bidi algorithm decides a paragraph's direction. */
function isRightToLeft(text: string): boolean {
  const firstLetter = text.match(/\p{L}/u)?.[0];
  return firstLetter !== undefined && RIGHT_TO_LEFT_SCRIPT.test(firstLetter);
}

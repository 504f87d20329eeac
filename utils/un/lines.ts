export interface Line {
  /** Offset of the line's first character in the text. */
  start: number;
  /** Offset after its last character, line break excluded. */
  end: number;
  /** Offset of the first character after spaces, Markdown `#` marks and direction marks. */
  contentStart: number;
  /** The text from `contentStart` to `end`, trailing spaces removed. */
  content: string;
}

const LEADING = /^[\s#\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]*/u;

/** The lines of a text with their offsets; `\r\n`, `\r` and `\n` all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const raw = text.slice(start, end);
    const lead = (LEADING.exec(raw) as RegExpExecArray)[0].length;
    lines.push({ start, end, contentStart: start + lead, content: raw.slice(lead).trimEnd() });
    if (!match) return lines;
    start = match.index + match[0].length;
  }
}

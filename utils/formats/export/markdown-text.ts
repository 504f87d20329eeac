/**
 * User text made inert in Markdown: `<`, `>` and `&` become entities so no HTML survives
 * (`<script>` shows as text), and the characters that start emphasis, links, code, tables or
 * strikethrough are backslash-escaped, so what a colleague typed is what the reader sees.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * For escaped text that begins a line: what would open a heading, list, setext underline or
 * rule there (`>` is already an entity).
 */
export function escapeLineStart(escaped: string): string {
  return escaped.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * Paragraphs separated by blank lines; single line breaks kept as hard breaks (a trailing
 * backslash), because a soft break would run the lines of an amendment together.
 */
export function escapeBlock(text: string): string {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => escapeLineStart(escapeInline(line.trim())))
        .join('\\\n'),
    )
    .join('\n\n');
}

export function blockquote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** OCR gives printed lines, a blank line between paragraphs: one paragraph per line, as Redline reads. */
export function paragraphsOfOcr(pageText: string): string {
  return pageText
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n');
}

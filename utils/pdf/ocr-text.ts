import type { UnLanguage } from '../un/languages.ts';

/** tesseract's name of each UN language's data, for the command line and the viewer alike. */
export const TESSERACT_LANGUAGES = {
  en: 'eng',
  fr: 'fra',
  es: 'spa',
  ru: 'rus',
  ar: 'ara',
  zh: 'chi_sim',
} as const satisfies Record<UnLanguage, string>;

/** 2.5 × 72 dpi: UN body text (11–12 pt) comes out at about 30 px a line. */
export const OCR_RENDER_SCALE = 2.5;

/** OCR gives printed lines, a blank line between paragraphs: one paragraph per line, as Redline reads. */
export function paragraphsOfOcr(pageText: string): string {
  return pageText
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n');
}

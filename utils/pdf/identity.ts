import type { UnLanguage } from '../un/languages.ts';
import { findSymbols } from '../un/symbol-grammar.ts';
import { symbolFromFileName, symbolFromUrl } from '../un/symbol-link.ts';

/** How far into the text the masthead's symbol is looked for. */
const MASTHEAD_LENGTH = 2_000;

export interface PdfIdentity {
  symbol?: string;
  language?: UnLanguage;
}

/**
 * Symbol and language of a PDF: from its address or file name first (`A_AC.291_22_E.pdf` says
 * both), else the first symbol of its masthead; the outline's guess fills the language last.
 */
export function pdfIdentity(
  source: { url?: string; fileName?: string },
  text: string,
  outlineLanguage?: UnLanguage,
): PdfIdentity {
  const named =
    (source.url ? symbolFromUrl(source.url) : undefined) ??
    (source.fileName ? symbolFromFileName(source.fileName) : undefined);
  const symbol = named?.symbol ?? findSymbols(text.slice(0, MASTHEAD_LENGTH))[0]?.symbol;
  const language = named?.language ?? outlineLanguage;
  return { ...(symbol ? { symbol } : {}), ...(language ? { language } : {}) };
}

import { languageFromCode, type UnLanguage } from '../un/languages.ts';
import { findSymbols } from '../un/symbol-grammar.ts';
import { symbolFromFileName, symbolFromUrl } from '../un/symbol-link.ts';

/** How far into the text the masthead's symbol is looked for. */
const MASTHEAD_LENGTH = 2_000;

export interface PdfIdentity {
  symbol?: string;
  language?: UnLanguage;
}

/** A language code ending a file name with no symbol in it: `udhr-ru.pdf`, `charter_A.pdf`. */
const LANGUAGE_SUFFIX = /[-_]([A-Za-z]{1,2})\.[A-Za-z]+$/;

export function languageFromFileName(fileName: string): UnLanguage | undefined {
  const code = LANGUAGE_SUFFIX.exec(fileName)?.[1];
  return code ? languageFromCode(code) : undefined;
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
  const language =
    named?.language ??
    (source.fileName ? languageFromFileName(source.fileName) : undefined) ??
    // An address's file name says it as a file's does (`…/udhr-ar.pdf`).
    (source.url ? languageFromFileName(new URL(source.url).pathname) : undefined) ??
    outlineLanguage;
  return { ...(symbol ? { symbol } : {}), ...(language ? { language } : {}) };
}

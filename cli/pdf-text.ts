/**
 * A PDF draft's text for the command line: read as the viewer reads it, and when its text layer
 * is glyph numbers, recovered (the font's own tables, a parallel text, OCR) before anything
 * works on it. What was found and done is reported in plain words.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { languageFromFileName } from '../utils/pdf/identity.ts';
import { layoutPdfText } from '../utils/pdf/layout.ts';
import { paragraphsOfOcr } from '../utils/pdf/ocr-text.ts';
import type { PdfRecovery, RecoveryOptions, TextSource } from '../utils/pdf/recover.ts';
import { describeTextHealth } from '../utils/pdf/text-health.ts';
import type { UnLanguage } from '../utils/un/languages.ts';
import { symbolFromFileName } from '../utils/un/symbol-link.ts';
import { htmlDraftText } from './draft-text.ts';
import { english } from './english.ts';
import { InputError } from './errors.ts';
import { readInput, readInputBytes } from './io.ts';
import { ocrUnavailable, recognizePdfPages } from './ocr.ts';

/** `auto` tries the font, a parallel text found beside the PDF, then OCR; a path is the parallel text. */
export type TextSourceChoice = 'auto' | 'none' | TextSource | { file: string };

export const TEXT_SOURCE_HELP =
  'where the text of a PDF whose fonts hide their letters comes from: auto (default), font, ' +
  'parallel, ocr, none, or the path of the same document as .txt or .html';

export function parseTextSource(value: string | undefined): TextSourceChoice {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'none' || value === 'font' || value === 'parallel' || value === 'ocr') return value;
  return { file: value };
}

export interface TextLayerReport {
  status: 'sound' | 'recovered' | 'broken';
  source?: TextSource;
  parallelText?: string;
  /** Pages (1-based) whose text was glyph numbers before recovery. */
  brokenPages: number[];
  /** Of those, the pages that read as letters now. */
  recoveredPages: number[];
  fonts: PdfRecovery['fonts'];
  notice: string;
}

export interface PdfDraft {
  text: string;
  language?: UnLanguage;
  textLayer: TextLayerReport;
}

const PARALLEL_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

/** The same document in another form beside the PDF: same base name, or same symbol and language. */
async function findParallelText(
  file: string,
  language: UnLanguage | undefined,
): Promise<string | undefined> {
  const folder = dirname(file);
  const base = basename(file, extname(file));
  const symbol = symbolFromFileName(basename(file));
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return undefined;
  }
  const candidates = names.filter((name) => PARALLEL_EXTENSIONS.has(extname(name).toLowerCase()));
  const sameBase = candidates.find((name) => basename(name, extname(name)) === base);
  if (sameBase) return join(folder, sameBase);
  const sameSymbol = candidates.find((name) => {
    const other = symbolFromFileName(name);
    return (
      symbol &&
      other?.symbol === symbol.symbol &&
      (other.language ?? languageFromFileName(name)) === language
    );
  });
  return sameSymbol ? join(folder, sameSymbol) : undefined;
}

async function readParallelText(file: string): Promise<string> {
  const content = await readInput(file);
  return PARALLEL_EXTENSIONS.has(extname(file).toLowerCase()) &&
    extname(file).toLowerCase() !== '.txt'
    ? htmlDraftText(content)
    : content;
}

function report(recovery: PdfRecovery, parallelText: string | undefined): TextLayerReport {
  const brokenPages = recovery.before.pages.filter((page) => page.broken).map((page) => page.page);
  const stillBroken = new Set(
    recovery.after.pages.filter((page) => page.broken).map((page) => page.page),
  );
  const recoveredPages = brokenPages.filter((page) => !stillBroken.has(page));
  const status =
    brokenPages.length === 0 ? 'sound' : stillBroken.size === 0 ? 'recovered' : 'broken';
  const how: Record<TextSource, string> = {
    font: "the fonts' own tables",
    parallel: `the same document's text (${parallelText ?? 'parallel text'})`,
    ocr: 'OCR of the pages',
  };
  let notice = describeTextHealth(recovery.before);
  if (status === 'recovered' && recovery.source) {
    notice += ` Its text was recovered from ${how[recovery.source]}.`;
  } else if (status === 'broken' && recovery.tried.length === 0) {
    notice += ' Recovery was not asked for (--text-source none).';
  } else if (status === 'broken') {
    const tried = recovery.tried.map((step) => `${step.source}: ${step.outcome}`).join('; ');
    notice += ` It could not be recovered (${tried}). Give the same document as .txt or .html with --text-source FILE.`;
  }
  return {
    status,
    ...(recovery.source && status !== 'sound' ? { source: recovery.source } : {}),
    ...(parallelText && recovery.source === 'parallel' ? { parallelText } : {}),
    brokenPages,
    recoveredPages,
    fonts: recovery.fonts,
    notice,
  };
}

/** A PDF draft's text, recovered when its text layer is broken; progress goes to stderr. */
export async function readPdfDraft(
  file: string,
  choice: TextSourceChoice = 'auto',
): Promise<PdfDraft> {
  const bytes = await readInputBytes(file);
  const language =
    symbolFromFileName(basename(file))?.language ?? languageFromFileName(basename(file));
  const parallelFile =
    typeof choice === 'object'
      ? choice.file
      : choice === 'auto' || choice === 'parallel'
        ? await findParallelText(file, language)
        : undefined;
  if (choice === 'parallel' && !parallelFile) {
    throw new InputError(
      `no parallel text beside ${file}: give the same document as .txt or .html with --text-source FILE`,
    );
  }
  const sources: TextSource[] =
    choice === 'none'
      ? []
      : choice === 'auto'
        ? ['font', 'parallel', 'ocr']
        : typeof choice === 'object'
          ? ['parallel']
          : [choice];
  const ocrProblem = ocrUnavailable(language);
  if (choice === 'ocr' && ocrProblem) throw new InputError(`cannot OCR ${file}: ${ocrProblem}`);
  const options: RecoveryOptions = {
    ...(language ? { language } : {}),
    sources,
    ...(parallelFile ? { parallelText: await readParallelText(parallelFile) } : {}),
    ...(language && !ocrProblem
      ? {
          recognize: async (pdf: Uint8Array) =>
            (await recognizePdfPages(pdf, language)).map(paragraphsOfOcr).join('\n'),
        }
      : {}),
    onProgress: (step) =>
      process.stderr.write(
        `redline: ${basename(file)}: ${english.text(`recovery.step.${step}`)}…\n`,
      ),
  };
  // Loaded when a PDF is read: pdf-lib and fontkit would slow every other command's start.
  const { recoverPdfTextInNode } = await import('../utils/pdf/read-file.ts');
  let recovery: PdfRecovery;
  try {
    recovery = await recoverPdfTextInNode(bytes, file, options);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  return {
    text: layoutPdfText(recovery.pages).text,
    ...(language ? { language } : {}),
    textLayer: report(recovery, parallelFile),
  };
}

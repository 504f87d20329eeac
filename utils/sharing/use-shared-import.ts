import { useState } from 'react';
import { type ImportProgress, type ImportReport, previewImport } from '../db/import.ts';
import { getDb } from '../db/index.ts';
import { importSetFile, keepCommentVersion } from '../db/page-writes.ts';
import { findDocument } from '../db/queries.ts';
import type { Annotation } from '../formats/annotation.ts';
import { documentKey } from '../formats/document-key.ts';
import type { OpenDocument } from '../formats/document-key-for-url.ts';
import { SHARED_FILE_LIMITS } from '../formats/import/limits.ts';
import type { SharedFile } from '../formats/import/parse-file.ts';
import { type Problem, technicalProblem } from '../formats/import/problem.ts';
import type { ParseResult, ReadProgress } from '../formats/import/result.ts';
import { fileTooLarge } from '../formats/import/safe-json.ts';
import { isPdfBytes } from '../pdf/pdf-url.ts';
import { readSharedFileInWorker } from './read-in-worker.ts';

/** How far a file's reading has come; last, its annotations compared with the stored ones. */
export type ReadingProgress = ReadProgress | { phase: 'comparing'; total: number };

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress?: ReadingProgress }
  | { step: 'refused'; fileName: string; errors: Problem[] }
  | { step: 'preview'; fileName: string; shared: SharedFile; report: ImportReport }
  | { step: 'writing'; fileName: string; progress: ImportProgress }
  | { step: 'applied'; fileName: string; report: ImportReport; kept: Record<string, string> };

function tooLarge(file: File): Problem | undefined {
  return file.size > SHARED_FILE_LIMITS.maxBytes
    ? fileTooLarge(file.size, SHARED_FILE_LIMITS.maxBytes)
    : undefined;
}

/** The document beside the importer, read when a file comes so it is never a stale answer. */
async function openDocument(key: string | undefined): Promise<OpenDocument | undefined> {
  const record = key === undefined ? undefined : await findDocument(getDb(), key);
  return record ? { key: record.key, url: record.url } : undefined;
}

/**
 * A colleague's annotated PDF: its comments land on the document the PDF names (symbol and
 * language from its name or masthead), else on the document open beside the importer.
 */
async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  open: OpenDocument | undefined,
): Promise<ParseResult<SharedFile>> {
  // pdf.js loads only when a PDF comes: the workbench and options open without it.
  const [{ readAnnotatedPdf }, { openPdfInPage }] = await Promise.all([
    import('../pdf/annotated-pdf-flow.ts'),
    import('../pdf-browser/open.ts'),
  ]);
  const read = await readAnnotatedPdf(bytes, openPdfInPage, {
    fileName,
    documentKeyFor: (identity) =>
      identity.symbol || !open
        ? documentKey({ ...identity, url: open?.url ?? `urn:redline:pdf:${fileName}` })
        : open.key,
  });
  return read.ok ? { ok: true, value: { kind: 'pdf', ...read.value } } : read;
}

/**
 * Import of a shared file, step by step: read and check it, show what it would do, write it in
 * one transaction only when the user says so, then let the user settle conflicts.
 */
export function useSharedImport(openDocumentKey?: string) {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });

  async function read(file: File): Promise<void> {
    const fileName = file.name;
    const sizeError = tooLarge(file);
    if (sizeError) {
      setState({ step: 'refused', fileName, errors: [sizeError] });
      return;
    }
    setState({ step: 'reading', fileName });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const open = await openDocument(openDocumentKey);
      const read = isPdfBytes(bytes)
        ? await readPdf(bytes, fileName, open)
        : await readSharedFileInWorker(bytes, open, (progress) =>
            setState({ step: 'reading', fileName, progress }),
          );
      if (!read.ok) {
        setState({ step: 'refused', fileName, errors: read.errors });
        return;
      }
      const total = read.value.file.annotations.length;
      setState({ step: 'reading', fileName, progress: { phase: 'comparing', total } });
      const report = await previewImport(getDb(), read.value.file);
      setState({ step: 'preview', fileName, shared: read.value, report });
    } catch (error) {
      setState({
        step: 'refused',
        fileName,
        errors: [technicalProblem('readFailed', String(error))],
      });
    }
  }

  async function apply(): Promise<void> {
    if (state.step !== 'preview') return;
    const { fileName, shared } = state;
    const total = shared.file.annotations.length;
    setState({ step: 'writing', fileName, progress: { written: 0, total } });
    try {
      const report = await importSetFile(getDb(), shared.file, (progress) =>
        setState({ step: 'writing', fileName, progress }),
      );
      setState({ step: 'applied', fileName, report, kept: {} });
    } catch (error) {
      setState({
        step: 'refused',
        fileName,
        errors: [technicalProblem('databaseRefused', String(error))],
      });
    }
  }

  /** Keeps one version of a conflicting annotation; `label` says which, for the message. */
  async function keep(version: Annotation, label: string): Promise<void> {
    if (state.step !== 'applied') return;
    await keepCommentVersion(getDb(), version);
    setState({ ...state, kept: { ...state.kept, [version.id]: label } });
  }

  return {
    state,
    read,
    apply,
    keep,
    cancel: () => setState({ step: 'idle' }),
  };
}

import { loadCatalog } from '../../i18n/catalogs.ts';
import { labelLanguage, type UnLanguage } from '../../un/languages.ts';
import { buildSubmission, type SubmissionInput, selectAnnotations } from '../submission-build.ts';
import { submissionToCsv } from './csv.ts';
import { submissionToDocx } from './docx.ts';
import { submissionFileName } from './file-name.ts';
import { submissionToJson } from './json.ts';
import { submissionToMarkdown } from './markdown.ts';
import { submissionToW3c } from './w3c.ts';

export const EXPORT_FORMATS = ['docx', 'md', 'csv', 'json', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** Bytes for .docx, text for the others. */
  data: Uint8Array | string;
}

const FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  json: { extension: 'json', mimeType: 'application/json' },
  w3c: {
    extension: 'jsonld',
    mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  },
};

/** The one way out for the side panel and the command line alike. */
export async function exportSubmission(
  format: ExportFormat,
  input: SubmissionInput,
  /** The language of headings and labels; the draft's own when not given. */
  language?: UnLanguage,
): Promise<ExportedFile> {
  const submission = buildSubmission(input);
  await loadCatalog(language ?? labelLanguage(submission.document.language));
  const { extension, mimeType } = FILE_TYPES[format];
  const fileName = submissionFileName(submission, extension);
  switch (format) {
    case 'docx':
      return { fileName, mimeType, data: await submissionToDocx(submission, language) };
    case 'md':
      return { fileName, mimeType, data: submissionToMarkdown(submission, language) };
    case 'csv':
      return { fileName, mimeType, data: submissionToCsv(submission, language) };
    case 'json':
      return { fileName, mimeType, data: submissionToJson(submission) };
    case 'w3c':
      return {
        fileName,
        mimeType,
        data: submissionToW3c(selectAnnotations(input), submission.document, {
          ...(input.sets && { sets: input.sets }),
        }),
      };
  }
}

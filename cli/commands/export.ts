import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { z } from 'zod';
import { Stance } from '../../utils/formats/annotation.ts';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportSubmission,
} from '../../utils/formats/export/export-submission.ts';
import { Profile } from '../../utils/formats/profile.ts';
import { RedlineSetFile } from '../../utils/formats/set-file.ts';
import {
  type SubmissionProfile,
  type SubmissionSource,
  selectAnnotations,
} from '../../utils/formats/submission-build.ts';
import { UNPLACED_REASON_KEYS } from '../../utils/i18n/unplaced-reason.ts';
import { DraftPdfError } from '../../utils/pdf/annotated-pdf.ts';
import { annotatedPdf } from '../../utils/pdf/annotated-pdf-flow.ts';
import { openPdfInNode } from '../../utils/pdf/node.ts';
import { english } from '../english.ts';
import { EXIT_BAD_USAGE, InputError } from '../errors.ts';
import { readInput, readInputBytes, writeOutput } from '../io.ts';

/** The annotated PDF needs the draft PDF too: the command line's one format beyond the submission's. */
const CLI_FORMATS = [...EXPORT_FORMATS, 'pdf'] as const;

interface ExportOptions {
  format: ExportFormat | 'pdf';
  pdf?: string;
  output?: string;
  profile?: string;
  document?: string;
  general?: string;
  date?: string;
  set?: string[];
  author?: string[];
  tag?: string[];
  stance?: z.infer<typeof Stance>[];
}

export function addExportCommand(program: Command): void {
  program
    .command('export')
    .description('the submission from an annotation set, ordered by provision')
    .argument('<set>', 'annotation set file (*.redline.json)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(CLI_FORMATS)
        .makeOptionMandatory(),
    )
    .option('--pdf <draft.pdf>', 'with --format pdf: the draft PDF to add the comments to')
    .option(
      '-o, --output <file>',
      'write here (a directory gets the suggested file name); else stdout',
    )
    .option('--profile <file>', 'organisation profile JSON for the cover block')
    .option('--document <key>', 'document key or symbol, when the set covers several documents')
    .option(
      '--general <file>',
      'general comments: a text file, paragraphs separated by blank lines',
    )
    .option('--date <yyyy-mm-dd>', 'submission date (default: today)')
    .option('--set <id...>', 'only these annotation sets')
    .option('--author <id...>', 'only these authors')
    .option('--tag <tag...>', 'only comments with one of these tags')
    .addOption(new Option('--stance <stance...>', 'only these stances').choices(Stance.options))
    .action(async (setFile: string, options: ExportOptions, command: Command) => {
      if ((options.format === 'docx' || options.format === 'pdf') && !options.output) {
        command.error(`redline: a .${options.format} is binary; give -o FILE or -o DIRECTORY`, {
          exitCode: EXIT_BAD_USAGE,
          code: 'redline.binaryNeedsOutput',
        });
      }
      if (options.format === 'pdf' && !options.pdf) {
        command.error('redline: --format pdf needs the draft PDF: --pdf DRAFT.pdf', {
          exitCode: EXIT_BAD_USAGE,
          code: 'redline.pdfNeedsDraft',
        });
      }
      const set = parseWith(RedlineSetFile, await readJson(setFile), setFile);
      const document = chooseDocument(set, options.document, command);
      const filter = {
        setIds: options.set,
        authorIds: options.author,
        tags: options.tag,
        stances: options.stance,
      };
      if (options.format === 'pdf') {
        const draft = options.pdf as string;
        const annotations = selectAnnotations({
          profile: profileFromSet(set),
          document,
          annotations: set.annotations,
          filter,
        });
        const exported = await annotatedPdfInNode(
          await readInputBytes(draft),
          draft,
          annotations,
          set,
        );
        await writeOutput(
          exported.bytes,
          await outputPath(options.output as string, pdfFileName(draft)),
        );
        for (const comment of exported.plan.unplaced) {
          process.stderr.write(
            `redline: not in the PDF: ${comment.provision || comment.id} "${comment.quote.slice(0, 60)}": ${english.text(UNPLACED_REASON_KEYS[comment.reason])}\n`,
          );
        }
        return;
      }
      const exported = await exportSubmission(options.format, {
        profile: options.profile
          ? parseWith(Profile, await readJson(options.profile), options.profile)
          : profileFromSet(set),
        document,
        annotations: set.annotations,
        generalComments: options.general
          ? (await readInput(options.general)).split(/\r?\n\s*\r?\n/)
          : [],
        filter,
        ...(options.date && { date: options.date }),
      });
      await writeOutput(
        exported.data,
        options.output && (await outputPath(options.output, exported.fileName)),
      );
    });
}

async function readJson(file: string): Promise<unknown> {
  const text = await readInput(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/** Every problem with its path, so a bad file can be fixed in one go. */
function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) =>
      `  ${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`,
  );
  throw new InputError(
    `${file} is not valid (${problems.length} problems):\n${problems.join('\n')}`,
  );
}

function chooseDocument(
  set: RedlineSetFile,
  wanted: string | undefined,
  command: Command,
): SubmissionSource {
  const documents: SubmissionSource[] =
    set.documents.length > 0
      ? set.documents
      : [...new Set(set.annotations.map((annotation) => annotation.documentKey))].map((key) => ({
          key,
        }));
  const chosen = wanted
    ? documents.find((document) => document.key === wanted || document.symbol === wanted)
    : documents.length === 1
      ? documents[0]
      : undefined;
  if (chosen) return chosen;
  if (documents.length === 0) throw new InputError('the set holds no document and no annotation');
  const reason = wanted
    ? `no document ${wanted} in the set`
    : `the set covers ${documents.length} documents; choose one with --document`;
  const keys = documents.map((document) => `  ${document.key}`).join('\n');
  return command.error(`redline: ${reason}:\n${keys}`, {
    exitCode: EXIT_BAD_USAGE,
    code: 'redline.document',
  });
}

/** Without a profile the set's owner heads the submission. */
function profileFromSet(set: RedlineSetFile): SubmissionProfile {
  return {
    organisation: set.sets.find((info) => info.owner?.organisation)?.owner?.organisation ?? '',
    acronym: '',
    country: '',
    contactName: '',
    contactEmail: '',
    accreditation: '',
  };
}

async function outputPath(output: string, suggested: string): Promise<string> {
  const isDirectory = await stat(output).then(
    (info) => info.isDirectory(),
    () => false,
  );
  return isDirectory ? path.join(output, suggested) : output;
}

/** `A_AC.291_22_E.pdf` gives `A_AC.291_22_E.comments.pdf`. */
function pdfFileName(draft: string): string {
  return `${path.basename(draft).replace(/\.pdf$/i, '')}.comments.pdf`;
}

async function annotatedPdfInNode(
  bytes: Uint8Array,
  name: string,
  annotations: RedlineSetFile['annotations'],
  set: RedlineSetFile,
) {
  const open = (pdf: Uint8Array) =>
    openPdfInNode(pdf).catch((error: Error) => {
      throw new InputError(`${name} is not a readable PDF (${error.message})`);
    });
  try {
    const colours = new Map(set.sets.map((info) => [info.id, info.colour]));
    return await annotatedPdf(bytes, open, annotations, colours);
  } catch (error) {
    if (error instanceof DraftPdfError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
}

import type { Command } from 'commander';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { readSharedFile } from '../../utils/formats/import/parse-file.ts';
import { EMPTY_STATE, mergeStates, type SharedState } from '../../utils/formats/merge.ts';
import { buildSetFile } from '../../utils/formats/set-export.ts';
import { problemLine } from '../../utils/i18n/problem.ts';
import { readAnnotatedPdf } from '../../utils/pdf/annotated-pdf-flow.ts';
import { openPdfInNode } from '../../utils/pdf/node.ts';
import { isPdfBytes } from '../../utils/pdf/pdf-url.ts';
import { annotatedPdfFile } from '../../utils/pdf/read-file.ts';
import { english } from '../english.ts';
import { InputError } from '../errors.ts';
import { readInputBytes, writeOutput } from '../io.ts';

interface MergeOptions {
  output?: string;
  strict?: boolean;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

function describeVersion(annotation: Annotation): string {
  return annotation.deleted ? 'the deletion' : `comment ${excerpt(annotation.comment)}`;
}

/**
 * Reads every file first: one bad file stops the merge before anything is written, and so does
 * one skipped item under `--strict`. Otherwise each skipped item is named on stderr.
 */
async function readAll(files: string[], strict: boolean) {
  const read = [];
  const errors: string[] = [];
  for (const file of files) {
    const bytes = await readInputBytes(file);
    const result = isPdfBytes(bytes)
      ? await readAnnotatedPdf(bytes, openPdfInNode, annotatedPdfFile(file))
      : readSharedFile(bytes);
    if (!result.ok) {
      errors.push(...result.errors.map((error) => `${file}: ${problemLine(error, english)}`));
      continue;
    }
    const { skipped, file: set } = result.value;
    for (const note of skipped) {
      process.stderr.write(`redline: ${file}: ${problemLine(note, english)}\n`);
    }
    process.stderr.write(
      `redline: ${file}: ${set.annotations.length} annotation(s) kept, ${skipped.length} item(s) skipped\n`,
    );
    if (strict && skipped.length > 0) {
      errors.push(`${file}: ${skipped.length} item(s) cannot be imported (--strict)`);
    }
    read.push({ path: file, ...result.value });
  }
  if (errors.length > 0) throw new InputError(`cannot merge:\n${errors.join('\n')}`);
  return read;
}

export function addMergeCommand(program: Command): void {
  program
    .command('merge')
    .description(
      'one annotation set from several (Redline sets, W3C Web Annotations, Hypothesis exports, annotated PDFs), by the rules of the extension’s import',
    )
    .argument('<files...>', 'files to merge')
    .option('-o, --output <file>', 'write the merged *.redline.json here; else stdout')
    .option('--strict', 'refuse to merge when any item of any file cannot be imported')
    .action(async (files: string[], options: MergeOptions) => {
      let state: SharedState = EMPTY_STATE;
      const collisions: string[] = [];
      const conflicts: string[] = [];
      let exportedAt = '';
      for (const input of await readAll(files, options.strict === true)) {
        const merged = mergeStates(state, input.file);
        state = merged.state;
        if ((input.file.exportedAt ?? '') > exportedAt) exportedAt = input.file.exportedAt ?? '';
        for (const { kept, refused } of merged.collisions) {
          collisions.push(
            `${input.path}: annotation "${refused.id}" is on ${refused.documentKey} here but on ${kept.documentKey} in an earlier file`,
          );
        }
        for (const { winner, loser } of merged.conflicts) {
          conflicts.push(
            `  ${winner.id} (${winner.documentKey}${winner.provision ? `, ${winner.provision}` : ''}): kept ${describeVersion(winner)}, set aside ${describeVersion(loser)}`,
          );
        }
      }
      if (collisions.length > 0) {
        throw new InputError(
          `cannot merge: the same id names different annotations:\n${collisions.join('\n')}`,
        );
      }
      if (conflicts.length > 0) {
        process.stderr.write(
          `redline: ${conflicts.length} annotation(s) edited differently at the same instant; kept one version of each:\n${conflicts.join('\n')}\n`,
        );
      }
      // Dated by its newest input, so merging the same files again gives the same bytes.
      const output = buildSetFile(state, exportedAt || undefined);
      await writeOutput(`${JSON.stringify(output, null, 2)}\n`, options.output);
    });
}

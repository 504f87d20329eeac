import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { pdfIdentity } from '../../utils/pdf/identity.ts';
import { extractDraftText } from '../../utils/un/draft-page.ts';
import { outlineText } from '../../utils/un/outline.ts';
import type { Outline } from '../../utils/un/schemas.ts';
import { EXIT_BAD_USAGE } from '../errors.ts';
import { printJson, readInput } from '../io.ts';
import {
  parseTextSource,
  readPdfDraft,
  TEXT_SOURCE_HELP,
  type TextLayerReport,
  type TextSourceChoice,
} from '../pdf-text.ts';
import { withHtmlDocument } from './detect.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/**
 * The outline of a PDF draft; symbol and language from its file name, else its masthead. A PDF
 * whose text layer was broken says so, and how its text was recovered, in `textLayer`.
 */
async function pdfOutline(
  file: string,
  textSource: TextSourceChoice,
): Promise<Outline & { textLayer?: TextLayerReport }> {
  const { text, textLayer } = await readPdfDraft(file, textSource);
  const outline = outlineText(text);
  const identity = pdfIdentity({ fileName: basename(file) }, text, outline.language);
  if (textLayer.status !== 'sound')
    process.stderr.write(`redline: ${basename(file)}: ${textLayer.notice}\n`);
  return { ...outline, ...identity, ...(textLayer.status === 'sound' ? {} : { textLayer }) };
}

export function addOutlineCommand(program: Command): void {
  program
    .command('outline')
    .description('the outline of a draft: articles, paragraphs, addresses and offsets (JSON)')
    .argument('<file>', 'a draft as .txt, .html or .pdf')
    .option('--text-source <source>', TEXT_SOURCE_HELP)
    .action(async (file: string, options: { textSource?: string }, command: Command) => {
      const extension = extname(file).toLowerCase();
      if (extension === '.pdf') {
        printJson(await pdfOutline(file, parseTextSource(options.textSource)));
        return;
      }
      const isText = TEXT_EXTENSIONS.has(extension);
      if (!isText && !HTML_EXTENSIONS.has(extension)) {
        command.error(`redline outline: expected a .txt, .html or .pdf file, got ${file}`, {
          exitCode: EXIT_BAD_USAGE,
          code: 'redline.unknownFileType',
        });
      }
      const content = await readInput(file);
      const outline = isText
        ? outlineText(content)
        : await withHtmlDocument(content, undefined, (doc) => extractDraftText(doc).outline);
      printJson(outline);
    });
}

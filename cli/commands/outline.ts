import { extname } from 'node:path';
import type { Command } from 'commander';
import { extractDraftText, outlineText } from '../../utils/un/outline.ts';
import { EXIT_BAD_USAGE } from '../errors.ts';
import { printJson, readInput } from '../io.ts';
import { withHtmlDocument } from './detect.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

export function addOutlineCommand(program: Command): void {
  program
    .command('outline')
    .description('the outline of a draft: articles, paragraphs, addresses and offsets (JSON)')
    .argument('<file>', 'a draft as .txt or .html')
    .action(async (file: string, _options: unknown, command: Command) => {
      const extension = extname(file).toLowerCase();
      if (extension === '.pdf') {
        command.error('redline outline: PDF drafts are not supported yet; give the .txt or .html', {
          exitCode: EXIT_BAD_USAGE,
          code: 'redline.pdfUnsupported',
        });
      }
      const isText = TEXT_EXTENSIONS.has(extension);
      if (!isText && !HTML_EXTENSIONS.has(extension)) {
        command.error(`redline outline: expected a .txt or .html file, got ${file}`, {
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

import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { pdfIdentity } from '../../utils/pdf/identity.ts';
import { pdfTextInNode } from '../../utils/pdf/read-file.ts';
import { extractDraftText } from '../../utils/un/draft-page.ts';
import { outlineText } from '../../utils/un/outline.ts';
import type { Outline } from '../../utils/un/schemas.ts';
import { EXIT_BAD_USAGE, InputError } from '../errors.ts';
import { printJson, readInput, readInputBytes } from '../io.ts';
import { withHtmlDocument } from './detect.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** A PDF draft's text, extracted by the same function as the extension's viewer. */
export async function readPdfDraftText(file: string): Promise<string> {
  const bytes = await readInputBytes(file);
  try {
    return (await pdfTextInNode(bytes, file)).text;
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

/** The outline of a PDF draft; symbol and language from its file name, else its masthead. */
async function pdfOutline(file: string): Promise<Outline> {
  const text = await readPdfDraftText(file);
  const outline = outlineText(text);
  const identity = pdfIdentity({ fileName: basename(file) }, text, outline.language);
  return { ...outline, ...identity };
}

export function addOutlineCommand(program: Command): void {
  program
    .command('outline')
    .description('the outline of a draft: articles, paragraphs, addresses and offsets (JSON)')
    .argument('<file>', 'a draft as .txt, .html or .pdf')
    .action(async (file: string, _options: unknown, command: Command) => {
      const extension = extname(file).toLowerCase();
      if (extension === '.pdf') {
        printJson(await pdfOutline(file));
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

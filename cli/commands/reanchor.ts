import { extname } from 'node:path';
import type { Command } from 'commander';
import { Window } from 'happy-dom';
import { z } from 'zod';
import { anchorMany } from '../../utils/anchoring/anchor.ts';
import { describePassage } from '../../utils/anchoring/describe.ts';
import { SearchText } from '../../utils/anchoring/search-text.ts';
import { buildTextIndex } from '../../utils/anchoring/text-index.ts';
import type { StructuralUnit } from '../../utils/anchoring/units.ts';
import { extractDraftText, flattenUnits, outlineText } from '../../utils/un/outline.ts';
import { EXIT_BAD_USAGE, InputError } from '../errors.ts';
import { printJson, readInput } from '../io.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

const quotesSchema = z.array(
  z
    .object({
      id: z.union([z.string(), z.number()]),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    })
    .refine((quote) => quote.end > quote.start, { message: 'end must be after start' }),
);

type Quote = z.infer<typeof quotesSchema>[number];

export function addReanchorCommand(program: Command): void {
  program
    .command('reanchor')
    .description('carry passages chosen in one version of a draft onto another (JSON)')
    .requiredOption('--from <old>', 'the version the passages were chosen in (.txt or .html)')
    .requiredOption('--to <new>', 'the version to find them in (.txt or .html)')
    .requiredOption('--quotes <file>', 'JSON: [{ "id", "start", "end" }], offsets into OLD')
    .action(async (options: { from: string; to: string; quotes: string }, command: Command) => {
      for (const file of [options.from, options.to]) {
        const extension = extname(file).toLowerCase();
        if (!TEXT_EXTENSIONS.has(extension) && !HTML_EXTENSIONS.has(extension)) {
          command.error(`redline reanchor: expected a .txt or .html file, got ${file}`, {
            exitCode: EXIT_BAD_USAGE,
            code: 'redline.unknownFileType',
          });
        }
      }
      const quotes = parseQuotes(await readInput(options.quotes), options.quotes);
      const oldDoc = await loadDraft(options.from);
      const newDoc = await loadDraft(options.to);
      for (const quote of quotes) {
        if (quote.end > oldDoc.original.length) {
          throw new InputError(
            `quote ${quote.id}: ${quote.start}..${quote.end} is past the end of ${options.from} (${oldDoc.original.length} characters)`,
          );
        }
      }
      const passages = quotes.map((quote) => describePassage(oldDoc, quote.start, quote.end));
      const results = anchorMany(passages, newDoc);
      printJson(
        results.map((result, i) => {
          const id = (quotes[i] as Quote).id;
          if (result.status === 'orphan') return { id, status: result.status, score: 0 };
          const score = result.status === 'exact' ? 1 : result.score;
          const { start, end } = result;
          return {
            id,
            status: result.status,
            score,
            start,
            end,
            text: newDoc.original.slice(start, end),
          };
        }),
      );
    });
}

function parseQuotes(json: string, file: string): Quote[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InputError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = quotesSchema.safeParse(value);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new InputError(`${file} is not a list of { id, start, end }: ${reasons.join('; ')}`);
  }
  return parsed.data;
}

/** The text of the page's draft content, through the same text index the extension uses. */
async function htmlDraftText(html: string): Promise<string> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    window.document.write(html);
    return buildTextIndex(extractDraftText(window.document as unknown as Document).root).text;
  } finally {
    await window.happyDOM.close();
  }
}

/** The draft's text as Redline extracts it, with its units from the outline of that same text. */
async function loadDraft(file: string): Promise<SearchText> {
  const content = await readInput(file);
  const text = TEXT_EXTENSIONS.has(extname(file).toLowerCase())
    ? content
    : await htmlDraftText(content);
  const units: StructuralUnit[] = flattenUnits(outlineText(text).units).map(
    ({ address, start, end }) => ({
      address,
      start,
      end,
    }),
  );
  return new SearchText(text, units);
}

import { extname } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { anchorMany } from '../../utils/anchoring/anchor.ts';
import { describePassage } from '../../utils/anchoring/describe.ts';
import { SearchText } from '../../utils/anchoring/search-text.ts';
import type { PassageSelectors } from '../../utils/anchoring/selectors.ts';
import { carryOver } from '../../utils/revisions/carry-over.ts';
import { outlineText, structuralUnits } from '../../utils/un/outline.ts';
import type { OutlineUnit } from '../../utils/un/schemas.ts';
import { htmlDraftText } from '../draft-text.ts';
import { EXIT_BAD_USAGE, InputError } from '../errors.ts';
import { printJson, readInput } from '../io.ts';
import {
  parseTextSource,
  readPdfDraft,
  TEXT_SOURCE_HELP,
  type TextSourceChoice,
} from '../pdf-text.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const READABLE = (extension: string) =>
  TEXT_EXTENSIONS.has(extension) || HTML_EXTENSIONS.has(extension) || extension === '.pdf';

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

interface ReanchorOptions {
  from: string;
  to: string;
  quotes: string;
  textSource?: string;
}

export function addReanchorCommand(program: Command): void {
  program
    .command('reanchor')
    .description('carry passages chosen in one version of a draft onto another (JSON)')
    .requiredOption('--from <old>', 'the version the passages were chosen in (.txt, .html or .pdf)')
    .requiredOption('--to <new>', 'the version to find them in (.txt, .html or .pdf)')
    .requiredOption('--quotes <file>', 'JSON: [{ "id", "start", "end" }], offsets into OLD')
    .option('--text-source <source>', `for a PDF (OLD and NEW alike): ${TEXT_SOURCE_HELP}`)
    .action(async (options: ReanchorOptions, command: Command) => {
      for (const file of [options.from, options.to]) {
        const extension = extname(file).toLowerCase();
        if (!READABLE(extension)) {
          command.error(`redline reanchor: expected a .txt, .html or .pdf file, got ${file}`, {
            exitCode: EXIT_BAD_USAGE,
            code: 'redline.unknownFileType',
          });
        }
      }
      const quotes = parseQuotes(await readInput(options.quotes), options.quotes);
      const textSource = parseTextSource(options.textSource);
      const oldDraft = await loadDraft(options.from, textSource);
      const newDraft = await loadDraft(options.to, textSource);
      const oldDoc = new SearchText(oldDraft.text, structuralUnits(oldDraft));
      for (const quote of quotes) {
        if (quote.end > oldDraft.text.length) {
          throw new InputError(
            `quote ${quote.id}: ${quote.start}..${quote.end} is past the end of ${options.from} (${oldDraft.text.length} characters)`,
          );
        }
      }
      const passages = quotes.map((quote) => describePassage(oldDoc, quote.start, quote.end));
      const ids = quotes.map((quote) => quote.id);
      // Revisions are only told apart by provision when both versions have one.
      const hasOutlines = oldDraft.units.length > 0 && newDraft.units.length > 0;
      printJson(
        hasOutlines
          ? carriedResults(ids, passages, newDraft, oldDraft.text)
          : anchoredResults(ids, passages, newDraft, oldDoc),
      );
    });
}

type QuoteId = Quote['id'];

function anchoredResults(
  ids: QuoteId[],
  passages: PassageSelectors[],
  draft: Draft,
  previous: SearchText,
) {
  const doc = new SearchText(draft.text, structuralUnits(draft));
  return anchorMany(passages, doc, [], previous).map((result, i) => {
    const id = ids[i] as QuoteId;
    if (result.status === 'orphan') return { id, status: result.status, score: 0 };
    const score = result.status === 'exact' ? 1 : result.score;
    const { start, end } = result;
    return { id, status: result.status, score, start, end, text: draft.text.slice(start, end) };
  });
}

/** The anchoring fields, plus what the placement means for a comment (see carryOver). */
function carriedResults(
  ids: QuoteId[],
  passages: PassageSelectors[],
  draft: Draft,
  oldText: string,
) {
  const candidates = passages.map((target, i) => ({
    id: String(i),
    target,
    provision: target.structure?.address ?? '',
  }));
  return carryOver(candidates, draft.text, draft.units, oldText).map((carried, i) => {
    const id = ids[i] as QuoteId;
    const revision = { revision: carried.status, oldProvision: carried.oldProvision };
    if (carried.status === 'gone' || carried.match === undefined) {
      return { id, status: 'orphan', score: 0, ...revision };
    }
    return {
      id,
      status: carried.match,
      score: carried.score,
      start: carried.start,
      end: carried.end,
      text: carried.newText,
      ...revision,
      newProvision: carried.newProvision,
    };
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

interface Draft {
  text: string;
  units: OutlineUnit[];
}

/** The draft's text as Redline extracts it, with the outline of that same text. */
async function loadDraft(file: string, textSource: TextSourceChoice): Promise<Draft> {
  const extension = extname(file).toLowerCase();
  const text =
    extension === '.pdf'
      ? (await readPdfDraft(file, textSource)).text
      : TEXT_EXTENSIONS.has(extension)
        ? await readInput(file)
        : await htmlDraftText(await readInput(file));
  return { text, units: outlineText(text).units };
}

import { type Command, InvalidArgumentError } from 'commander';
import { detectPage } from '../../utils/un/detect.ts';
import { InputError } from '../errors.ts';
import { printJson, readInput } from '../io.ts';

/** A saved page as a DOM, at the address it came from so that its relative links resolve. */
export async function withHtmlDocument<T>(
  html: string,
  url: string | undefined,
  use: (doc: Document) => T,
): Promise<T> {
  if (!/<[a-z!]/i.test(html)) throw new InputError('not an HTML page');
  // Loaded here, not at the top: every other command would pay its start-up for nothing.
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    window.document.write(html);
    return use(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

function httpUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new InvalidArgumentError('expected an http(s) URL');
  }
  return value;
}

export function addDetectCommand(program: Command): void {
  program
    .command('detect')
    .description('what a saved page holds: a draft, a listing of UN documents, or other (JSON)')
    .argument('<file>', 'a saved HTML page')
    .option('--url <url>', 'the address the page was saved from, to resolve its links', httpUrl)
    .action(async (file: string, options: { url?: string }) => {
      const html = await readInput(file);
      printJson(await withHtmlDocument(html, options.url, (doc) => detectPage(doc, options.url)));
    });
}

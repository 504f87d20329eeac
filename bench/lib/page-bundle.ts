import path from 'node:path';
import { build } from 'esbuild';

/**
 * A peer library bundled into one script for a page under test, exposing `exports` as the
 * global `globalName`: peers then run in the same page, on the same DOM, as Redline.
 */
export async function bundleForPage(source: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: path.resolve(import.meta.dirname, '../..') },
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced nothing for ${globalName}`);
  return output.text;
}

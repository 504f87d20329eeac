import path from 'node:path';
import { build } from 'esbuild';

/**
 * A module bundled into one script for a page under test, exposing `exports` as the global
 * `globalName`: a peer library then runs in the same page, on the same DOM, as Redline, and a
 * module of Redline's own on a browser's DOM.
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

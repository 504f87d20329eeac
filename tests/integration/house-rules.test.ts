import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

/** A file put where the rules apply, with the import or global the rules are about. */
const probes = {
  'utils/un/reads-db.ts': "import { getDb } from '../db/index.ts';\nexport const db = getDb;\n",
  'utils/anchoring/opens-dexie.ts': "import { Dexie } from 'dexie';\nexport const db = Dexie;\n",
  'utils/pdf/calls-browser.ts':
    "import { browser } from 'wxt/browser';\nexport const url = browser.runtime.getURL('/');\n",
  'utils/formats/renders.ts': "import { useState } from 'react';\nexport const hook = useState;\n",
  'utils/revisions/reads-document.ts': 'export const title = (): string => document.title;\n',
  'entrypoints/content/reads-db.ts':
    "import { getDb } from '../../utils/db/index.ts';\nexport const db = getDb;\n",
  'annotator/opens-dexie.ts': "import { Dexie } from 'dexie';\nexport const db = Dexie;\n",
  // Extension pages may reach the database: the rules must not forbid everything.
  'entrypoints/sidepanel/reads-db.ts':
    "import { getDb } from '../../utils/db/index.ts';\nexport const db = getDb;\n",
};

const Report = z.object({
  diagnostics: z.array(
    z.object({ category: z.string(), location: z.object({ path: z.string() }) }),
  ),
});

const workspace = mkdtempSync(path.join(tmpdir(), 'redline-house-rules-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Lints the probes with the project's own biome.json, in a copy of the tree's folders. */
async function lintProbes(): Promise<Map<string, string[]>> {
  copyFileSync(path.join(ROOT, 'biome.json'), path.join(workspace, 'biome.json'));
  for (const [file, source] of Object.entries(probes)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), source);
  }
  const output = await run(BIOME, ['lint', '--reporter=json', '.'], { cwd: workspace }).then(
    ({ stdout }) => stdout,
    (failed: { stdout: string }) => failed.stdout,
  );
  const byFile = new Map<string, string[]>();
  for (const diagnostic of Report.parse(JSON.parse(output)).diagnostics) {
    const file = diagnostic.location.path.replaceAll('\\', '/');
    byFile.set(file, [...new Set([...(byFile.get(file) ?? []), diagnostic.category])]);
  }
  return byFile;
}

describe('the rules of the house, as lint', { timeout: 60_000 }, () => {
  it('refuses the database, the browser, React and DOM globals where they do not belong', async () => {
    const found = await lintProbes();
    expect(Object.fromEntries(found)).toEqual({
      'utils/un/reads-db.ts': ['lint/style/noRestrictedImports'],
      'utils/anchoring/opens-dexie.ts': ['lint/style/noRestrictedImports'],
      'utils/pdf/calls-browser.ts': ['lint/style/noRestrictedImports'],
      'utils/formats/renders.ts': ['lint/style/noRestrictedImports'],
      'utils/revisions/reads-document.ts': ['lint/style/noRestrictedGlobals'],
      'entrypoints/content/reads-db.ts': ['lint/style/noRestrictedImports'],
      'annotator/opens-dexie.ts': ['lint/style/noRestrictedImports'],
    });
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from './errors.ts';

export async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

export async function readInputBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes to a file when given one, else to stdout. */
export async function writeOutput(data: string | Uint8Array, out?: string): Promise<void> {
  if (out) await writeFile(out, data);
  else process.stdout.write(data);
}

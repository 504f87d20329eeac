import { Command, CommanderError } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { addDetectCommand } from './commands/detect.ts';
import { addExportCommand } from './commands/export.ts';
import { addMergeCommand } from './commands/merge.ts';
import { addOutlineCommand } from './commands/outline.ts';
import { addReanchorCommand } from './commands/reanchor.ts';
import { addServeCommand } from './commands/serve.ts';
import { addValidateCommand } from './commands/validate.ts';
import { EXIT_BAD_INPUT, EXIT_BAD_USAGE, InputError } from './errors.ts';

/** Each command file adds itself to the program; later issues add more. */
const commandModules: Array<(program: Command) => void> = [
  addReanchorCommand,
  addMergeCommand,
  addValidateCommand,
  addDetectCommand,
  addOutlineCommand,
  addExportCommand,
  addServeCommand,
];

export function buildProgram(): Command {
  const program = new Command()
    .name('redline')
    .description('Redline on files: detect UN documents, outline drafts, re-anchor, export, merge.')
    .version(packageJson.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const add of commandModules) add(program);
  return program;
}

/** Runs the command line and returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return done.includes(error.code) ? 0 : EXIT_BAD_USAGE;
    }
    if (error instanceof InputError) {
      process.stderr.write(`redline: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/** The command line as a process: what `bin.mjs` starts once tsx is registered. */
import { main } from './main.ts';

// `redline outline draft.txt | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv);

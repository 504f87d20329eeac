#!/usr/bin/env node
// The published entry point: registers tsx so the TypeScript core runs as-is under Node 20.
import { register } from 'tsx/esm/api';

register();
// `redline outline draft.txt | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);

#!/usr/bin/env node
// The published entry point: registers tsx so the TypeScript core runs as-is under Node 20.
import { register } from 'tsx/esm/api';

register();
await import('./run.ts');

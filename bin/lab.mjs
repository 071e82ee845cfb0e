#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/lab.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('lab: not built yet; run `npm install` (or `npm run build`) in the container-lab folder first\n');
  process.exit(1);
}
await import(bundle.href);

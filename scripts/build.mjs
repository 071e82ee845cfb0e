// Bundles the `lab` CLI into dist/lab.mjs so a command starts fast (one file to parse).
// Dependencies stay external; heavy ones (blessed, marked-terminal) are imported lazily at use.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Old chunks would pile up: every build names them by content hash.
rmSync('dist', { recursive: true, force: true });

const entryPoints = { lab: 'src/cli/main.ts' };
// The benchmark measures the same bundled code the CLI runs (tsx's loader hooks would distort it).
if (process.argv.includes('--bench')) entryPoints.bench = 'bench/run.ts';

await build({
  entryPoints,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Each lazily imported applet becomes its own chunk: starting `lab` parses only the core.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

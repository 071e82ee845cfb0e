// Bundles the `lab` CLI into dist/lab.mjs so a command starts fast (one file to parse).
// Dependencies stay external; heavy ones (blessed, marked-terminal) are imported lazily at use.
import { build } from 'esbuild';

const entryPoints = { lab: 'src/cli/main.ts' };
// The benchmark measures the same bundled code the CLI runs (tsx's loader hooks would distort it).
if (process.argv.includes('--bench')) entryPoints.bench = 'bench/run.ts';

await build({
  entryPoints,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

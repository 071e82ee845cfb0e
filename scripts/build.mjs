// Bundles the `lab` CLI into dist/lab.mjs so a command starts fast (one file to parse).
// Dependencies stay external; heavy ones (blessed, marked-terminal) are imported lazily at use.
import { build } from 'esbuild';

await build({
  entryPoints: { lab: 'src/cli/main.ts' },
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

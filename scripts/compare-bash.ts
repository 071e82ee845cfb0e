// Development aid: runs each line of FILE under the real bash (in a fresh temp directory, LANG=C,
// as the corpus recordings do) and on a fresh embedded host, and prints where they differ.
//   npx tsx scripts/compare-bash.ts FILE
// It runs real commands on this machine: only feed it lines that are safe in a temp directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost } from '../src/runtime/host.ts';
import { ShellSession } from '../src/runtime/session.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/compare-bash.ts FILE');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
// SHLVL=1 keeps bash from sourcing ~/.bashrc when its stdin is a socket (node's pipes are).
const env = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C', SHLVL: '1' };
let same = 0;
for (const line of lines) {
  const real = spawnSync('bash', ['-c', line], { cwd: mkdtempSync(join(tmpdir(), 'cmp-')), env, input: '', encoding: 'latin1' });
  const lab = await new ShellSession(createHost({ seed: 1 })).run(Buffer.from(line, 'utf8').toString('latin1'));
  if (real.stdout === lab.stdout && real.stderr === lab.stderr && real.status === lab.exit) {
    same++;
    continue;
  }
  console.log(`--- ${line}`);
  if (real.stdout !== lab.stdout) console.log(`  stdout bash ${JSON.stringify(real.stdout)}\n         lab  ${JSON.stringify(lab.stdout)}`);
  if (real.stderr !== lab.stderr) console.log(`  stderr bash ${JSON.stringify(real.stderr)}\n         lab  ${JSON.stringify(lab.stderr)}`);
  if (real.status !== lab.exit) console.log(`  exit bash ${real.status} lab ${lab.exit}`);
}
console.log(`${same}/${lines.length} match`);

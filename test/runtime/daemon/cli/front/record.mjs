// Regenerates the fixtures from the real Docker CLI 28.2.2 (run by hand: `node record.mjs`).
// help.json is recorded against the real engine (API 1.41 hides newer flags/commands);
// errors.json against a dead socket with an empty config dir so nothing can change state.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases } from './cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dockerfront-'));
const live = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/root', LANG: 'C', DOCKER_HOST: 'unix:///tmp/dockerd/docker.sock' };
const dead = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: work, LANG: 'C', DOCKER_HOST: 'unix://' + work + '/none.sock', DOCKER_CONFIG: join(work, 'cfg'),
  // any registry/notary access the CLI attempts itself dies at a closed local port
  HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' };

function run(argv, env) {
  const r = spawnSync('/usr/local/bin/docker', argv, { env, cwd: work, input: '', timeout: 10000, encoding: 'latin1' });
  return { argv, stdout: r.stdout, stderr: r.stderr, exit: r.status };
}

function subcommands(path) {
  const r = run([...path, '--help'], live);
  const out = [];
  let on = false;
  for (const line of r.stdout.split('\n')) {
    if (/^(Management )?Commands:$/.test(line) || (path.length === 0 && /^(Common|Swarm) Commands:$/.test(line))) { on = true; continue; }
    if (line === '') { on = false; continue; }
    const m = on && /^  (\S+?)\*?\s/.exec(line);
    if (m) out.push(m[1]);
  }
  return out;
}

function walk(path, acc) {
  for (const sub of subcommands(path)) {
    const p = [...path, sub];
    acc.push(p);
    if (path.length < 2) walk(p, acc);
  }
  return acc;
}

const all = walk([], []).filter((p, i, a) => a.findIndex((q) => q.join(' ') === p.join(' ')) === i);
const extra = [[], ['--help'], ['help'], ['-h'], ['help', 'run'], ['help', 'container', 'ls'], ['help', 'image']];
const help = [...extra.map((a) => run(a, live)), ...all.map((p) => run([...p, '--help'], live))];
for (const p of all) if (subcommands(p).length) help.push(run(p, live));
writeFileSync(join(here, 'fixtures/help.json'), JSON.stringify(help, null, 1) + '\n');

// arity probes: 0, 1, 2, 3 and 4 dummy args for every leaf command
const leaves = all.filter((p) => subcommands(p).length === 0);
const errors = [];
for (const p of leaves) {
  // manifest/trust talk to registries from the CLI itself: probe only their zero-argument error
  const counts = /^(manifest|trust)$/.test(p[0]) ? [0] : [0, 1, 2, 3, 4];
  for (const n of counts) {
    const r = run([...p, ...['zz1', 'zz2', 'zz3', 'zz4'].slice(0, n)], dead);
    // only the front end's verdict matters: keep arity errors whole, reduce the rest to their exit
    const arity = /^(DEPRECATED: The legacy builder[^]*?buildx\/\n\n)?docker: '[^']+' (requires|accepts)/.test(r.stderr);
    errors.push(arity ? r : { argv: r.argv, passed: true });
  }
}
writeFileSync(join(here, 'fixtures/arity.json'), JSON.stringify(errors, null, 1) + '\n');
console.log(all.length, 'commands,', leaves.length, 'leaves');

// the parser/error catalogue
// Outputs of the CLI front end itself; anything else came from running the command.
const FRONT = /for more information\n$|^unknown help topic|^Unable to parse logging level|^Docker version |Usage:  docker/;
const catalogue = cases.map((argv) => {
  const r = run(argv, dead);
  if (/Cannot connect to the Docker daemon/.test(r.stderr) || !FRONT.test(r.stderr + r.stdout)) return { argv, passed: true, stdout: r.stdout.replace(/^(?!Flag )[^]*/m, '') };
  // help texts depend on the engine's API version (flags/commands newer than 1.41 are hidden):
  // a help display changes nothing, so it is safe to take it again from the live engine
  return r.exit === 0 && /Usage:  docker/.test(r.stdout + r.stderr) ? run(argv, live) : r;
});
writeFileSync(join(here, 'fixtures/errors.json'), JSON.stringify(catalogue, null, 1) + '\n');

// pflag semantics and typed values as the commands see them (behaviour checked with the real CLI:
// accepted forms reach the daemon, rejected ones are in fixtures/errors.json).
import { describe, expect, it } from 'vitest';
import { dispatch, usageError, runError, type Command } from '../../../../../src/runtime/daemon/cli/front/index.ts';

function cmd(line: string[]): Command {
  const d = dispatch(line);
  if (d.kind !== 'command') throw new Error(`not a command: ${d.stderr}`);
  return d;
}

describe('docker front end parsing', () => {
  it('combined shorthands and attached values', () => {
    const c = cmd(['run', '-itd', '-p8080:80', '-eA=1', '--env', 'B=2', '-e', 'C', 'busybox', 'sh', '-c', 'echo hi']);
    expect(c.id).toBe('container run');
    expect(c.usedName).toBe('docker run');
    expect([c.opts.bool('interactive'), c.opts.bool('tty'), c.opts.bool('detach')]).toEqual([true, true, true]);
    expect(c.opts.list('publish')).toEqual(['8080:80']);
    expect(c.opts.list('env')).toEqual(['A=1', 'B=2', 'C']);
    expect(c.args).toEqual(['busybox', 'sh', '-c', 'echo hi']);
  });

  it('run stops at the image: later flags belong to the container command', () => {
    const c = cmd(['container', 'run', '--rm', 'busybox', 'ls', '--rm', '-l']);
    expect(c.usedName).toBe('docker container run');
    expect(c.args).toEqual(['busybox', 'ls', '--rm', '-l']);
  });

  it('interspersed flags and `--` for ordinary commands', () => {
    const c = cmd(['rm', 'a', '-f', '--', '-v']);
    expect(c.opts.bool('force')).toBe(true);
    expect(c.opts.bool('volumes')).toBe(false);
    expect(c.args).toEqual(['a', '-v']);
    expect(c.dashAt).toBe(1);
  });

  it('bool values, defaults and changed()', () => {
    const c = cmd(['run', '--rm=false', '--sig-proxy=0', 'b']);
    expect(c.opts.bool('rm')).toBe(false);
    expect(c.opts.changed('rm')).toBe(true);
    expect(c.opts.bool('sig-proxy')).toBe(false);
    expect(c.opts.bool('disable-content-trust')).toBe(true);
    expect(c.opts.str('pull')).toBe('missing');
    expect(c.opts.str('restart')).toBe('no');
    expect(c.opts.int('memory-swappiness')).toBe(-1);
    expect(c.opts.changed('name')).toBe(false);
  });

  it('typed values: bytes, decimal, durations, ints', () => {
    const c = cmd(['run', '-m', '64m', '--memory-swap', '-1', '--shm-size', '1.5g', '--cpus', '1.5', '--health-interval', '1m30s', '--stop-timeout', '0x10', 'b']);
    expect(c.opts.bytes('memory')).toBe(64 * 1024 * 1024);
    expect(c.opts.bytes('memory-swap')).toBe(-1);
    expect(c.opts.bytes('shm-size')).toBe(1610612736);
    expect(c.opts.nanoCpus('cpus')).toBe(1_500_000_000);
    expect(c.opts.ms('health-interval')).toBe(90_000);
    expect(c.opts.int('stop-timeout')).toBe(16);
  });

  it('hidden aliases share the value of the visible flag', () => {
    const c = cmd(['run', '--net', 'host', '--net-alias', 'x', 'b']);
    expect(c.opts.str('network')).toBe('host');
    expect(c.opts.list('network')).toEqual(['host']);
    expect(c.opts.list('network-alias')).toEqual(['x']);
    expect(c.opts.changed('network')).toBe(true);
  });

  it('filters are lower-cased key=value pairs, empty ones ignored', () => {
    const c = cmd(['ps', '-f', ' Status = exited ', '--filter', '', '-f', 'name=a=b']);
    expect(c.opts.filters('filter')).toEqual([['status', 'exited'], ['name', 'a=b']]);
  });

  it('maps and the deprecated --time alias', () => {
    const v = cmd(['volume', 'create', '-o', 'type=tmpfs', '-o', 'device=tmpfs', 'v1']);
    expect([...v.opts.map('opt')]).toEqual([['type', 'tmpfs'], ['device', 'tmpfs']]);
    const s = cmd(['stop', '--time', '3', 'c']);
    expect(s.opts.int('timeout')).toBe(3);
    expect(s.notice.stdout).toBe('Flag --time has been deprecated, use --timeout instead\n');
  });

  it('global options before the command', () => {
    const c = cmd(['-D', '-H', 'unix:///var/run/docker.sock', '--log-level=warn', '--context', 'default', 'image', 'list', '-q']);
    expect(c.id).toBe('image ls');
    // cobra's CommandPath names the command, not the alias typed (errors say 'docker image ls')
    expect(c.usedName).toBe('docker image ls');
    expect(c.globals.bool('debug')).toBe(true);
    expect(c.globals.list('host')).toEqual(['unix:///var/run/docker.sock']);
    expect(c.globals.str('log-level')).toBe('warn');
    expect(c.globals.str('context')).toBe('default');
  });

  it('aliases resolve to the canonical id', () => {
    expect(cmd(['container', 'ps']).id).toBe('container ls');
    expect(cmd(['images']).id).toBe('image ls');
    expect(cmd(['rmi', 'x']).id).toBe('image rm');
    expect(cmd(['image', 'remove', 'x']).id).toBe('image rm');
    expect(cmd(['volume', 'list']).id).toBe('volume ls');
    expect(cmd(['info']).id).toBe('system info');
  });

  it('CLI plugins of docker-ce are handed over whole', () => {
    const c = cmd(['compose', 'up', '-d']);
    expect([c.id, c.args]).toEqual(['compose', ['up', '-d']]);
    const h = dispatch(['--help']);
    expect(h.kind === 'done' && h.stdout).toContain('  builder     Manage builds\n  buildx*     Docker Buildx\n  compose*    Docker Compose\n  container   Manage containers\n');
    expect(dispatch(['compose'], { plugins: false })).toMatchObject({ kind: 'done', exit: 1, stderr: "docker: unknown command: docker compose\n\nRun 'docker --help' for more information\n" });
  });

  it('error renderings for the commands', () => {
    expect(usageError('docker container rm', "'docker container rm' requires at least 1 argument", 'See')).toEqual({
      kind: 'done', stdout: '', exit: 1,
      stderr: "docker: 'docker container rm' requires at least 1 argument\n\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker container rm --help' for more information\n",
    });
    expect(runError('docker run', 'Error response from daemon: No such image: nosuchimage:latest')).toEqual({
      kind: 'done', stdout: '', exit: 125,
      stderr: "docker: Error response from daemon: No such image: nosuchimage:latest\n\nRun 'docker run --help' for more information\n",
    });
  });
});

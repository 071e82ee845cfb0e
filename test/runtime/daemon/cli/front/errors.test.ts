// The parser and error catalogue (fixtures/errors.json, recorded by record.mjs from the real CLI)
// and the arity probes of every command (fixtures/arity.json).
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../src/runtime/daemon/cli/front/dispatch.ts';
import { fixture, type Recorded } from './fixture.ts';

function check(r: Recorded): void {
  const d = dispatch(r.argv, { plugins: false });
  if (r.passed) {
    // the real CLI went on to talk to the daemon: the front end must hand over the command
    expect(d.kind).toBe('command');
    if (d.kind === 'command' && r.stdout !== undefined) expect(d.notice.stdout).toBe(r.stdout);
    return;
  }
  expect(d.kind).toBe('done');
  if (d.kind !== 'done') return;
  expect({ stdout: d.stdout, stderr: d.stderr, exit: d.exit }).toEqual({
    stdout: r.stdout,
    stderr: r.stderr.replace(/^DEPRECATED: The legacy builder[^]*?buildx\/\n\n/, ''),
    exit: r.exit,
  });
}

describe('docker parser and error catalogue', () => {
  for (const r of fixture('errors.json')) {
    if (r.argv[0] === 'compose' || r.argv[0] === 'buildx') continue;
    it(`docker ${r.argv.join(' ')}`, () => check(r));
  }
});

describe('docker argument counts of every command', () => {
  for (const r of fixture('arity.json')) it(`docker ${r.argv.join(' ')}`, () => check(r));
});

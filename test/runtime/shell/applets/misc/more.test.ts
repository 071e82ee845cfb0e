import { ShellSession } from '../../../../../src/runtime/session.ts';
import { createHost } from '../../../../../src/runtime/host.ts';
import { describe, expect, it } from 'vitest';
import { MORE_CASES, MORE_SETUP } from './more-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('more without a terminal: recorded from util-linux 2.38.1 and busybox 1.35.0', () => {
  replayIsolated(MORE_SETUP, BUSYBOX_LAB_SETUP, MORE_CASES);
});

describe('more on a terminal', () => {
  it('refuses to page interactively with a clear message', async () => {
    const r = await new ShellSession(createHost({ seed: 1 }), { tty: true }).run('more /etc/hostname');
    expect(r.exit).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^more: interactive paging is not supported in the lab yet/);
  });
});

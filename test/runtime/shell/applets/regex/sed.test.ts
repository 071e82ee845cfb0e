import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../../../helpers.ts';
import { replay } from '../recorded-case.ts';
import { SED_CASES, SED_LAB_SETUP, SED_SETUP } from './sed-cases.ts';

describe('sed: recorded from GNU sed 4.9', () => {
  replay(SED_SETUP, SED_LAB_SETUP, SED_CASES);
});

describe('sed details', () => {
  it('edits in place through the model filesystem and keeps a backup', async () => {
    const r = await runAll(newSession(), ["printf 'a\\nb\\n' > /tmp/f", "sed -i.orig 's/a/A/' /tmp/f", 'cat /tmp/f /tmp/f.orig']);
    expect(r[2]!.stdout).toBe('A\nb\na\nb\n');
  });

  it('reads its input as it arrives from a pipe', async () => {
    const r = await newSession().run('i=0; while [ $i -lt 200 ]; do echo $i; i=$((i+1)); done | sed -n \'$p;/^1.$/p\'');
    expect(r.stdout).toBe('10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n199\n');
  });

  it('refuses --debug loudly rather than ignoring it', async () => {
    const r = await newSession().run('echo a | sed --debug p');
    expect(r).toMatchObject({ stderr: 'sed: --debug is not supported in the lab\n', exit: 1 });
  });
});

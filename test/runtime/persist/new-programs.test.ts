import { describe, expect, it } from 'vitest';
import { createHost } from '../../../src/runtime/host.ts';
import { restoreHost, saveHost } from '../../../src/runtime/persist/host-image.ts';
import { ShellSession } from '../../../src/runtime/session.ts';

describe('restoring a host saved by an older lab', () => {
  it('installs programs the saved host did not know, and keeps removals of known ones', async () => {
    const host = createHost({ seed: 1 });
    const s = new ShellSession(host);
    await s.run('rm /usr/bin/docker /usr/bin/tac');
    const image = saveHost(host, s);
    // A state from before `docker` existed: its program list lacks it.
    const old = { ...image, programs: image.programs!.filter((n) => n !== 'docker') };
    const back = restoreHost(JSON.parse(JSON.stringify(old)), {}, {});
    expect((await back.session.run('which docker tac; echo $?')).stdout).toBe('/usr/bin/docker\n1\n');
    const legacy = { ...image, programs: undefined };
    const again = restoreHost(JSON.parse(JSON.stringify(legacy)), {}, {});
    expect((await again.session.run('which tac')).stdout).toBe('/usr/bin/tac\n');
  });
});

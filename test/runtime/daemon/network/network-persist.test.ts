import { describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../../src/runtime/host.ts';
import { type HostImage, restoreHost, saveHost } from '../../../../src/runtime/persist/host-image.ts';
import { ShellSession } from '../../../../src/runtime/session.ts';

interface Lab {
  host: Host;
  session: ShellSession;
}

const freshLab = (): Lab => {
  const host = createHost({ seed: 1 });
  return { host, session: new ShellSession(host) };
};
/** What `lab exec` does between two runs: save, write as JSON, read back, restore. */
const restored = (lab: Lab): Lab => restoreHost(JSON.parse(JSON.stringify(saveHost(lab.host, lab.session))) as HostImage, {}, {});

async function run(lab: Lab, line: string): Promise<string> {
  const r = await lab.session.run(line);
  return `${r.stdout}${r.stderr}[${r.exit}]`;
}

const VIEWS = [
  'docker network ls --no-trunc',
  'docker network inspect bridge host none zz',
  'docker inspect -f "{{json .NetworkSettings.Networks}}" web idle',
];

describe('networks across a save and restore of the host', () => {
  it('keeps user networks, ids, attachments and addresses; new addresses skip the taken ones', async () => {
    const lab = freshLab();
    for (const l of [
      'docker network create --subnet 172.30.0.0/16 --label a=b zz', 'docker run -d --name web --network zz --network-alias www busybox sleep 1000',
      'docker create --name idle busybox true', 'docker network connect zz idle',
    ]) await run(lab, l);
    const before = [];
    for (const v of VIEWS) before.push(await run(lab, v));
    const back = restored(lab);
    const after = [];
    for (const v of VIEWS) after.push(await run(back, v));
    expect(after).toEqual(before);
    expect(before[2]).toContain('"IPAddress":"172.30.0.2"');
    expect(await run(back, 'docker run --rm --network zz busybox sh -c "tail -1 /etc/hosts | cut -f1"')).toBe('172.30.0.3\n[0]');
    expect(await run(back, 'docker network rm zz')).toContain('has active endpoints');
    expect(await run(back, 'docker start idle && docker inspect -f "{{.NetworkSettings.Networks.zz.IPAddress}}" idle')).toBe('idle\n172.30.0.3\n[0]');
  });

  it('an engine saved before networks were used has the three predefined ones after the restore', async () => {
    const lab = freshLab();
    await run(lab, 'docker run --rm busybox true');
    const engine = JSON.parse(JSON.stringify(saveHost(lab.host, lab.session))) as HostImage;
    expect(engine.engine && 'networks' in engine.engine).toBe(false);
    const back = restoreHost(engine, {}, {});
    expect(await run(back, 'docker network ls --format "{{.Name}}"')).toBe('bridge\nhost\nnone\n[0]');
  });
});

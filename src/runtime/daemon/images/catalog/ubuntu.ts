import { fileHash } from '../digest.ts';
import { debianRoot } from '../fs/debian-root.ts';
import { image, layer, nop } from '../spec.ts';
import type { HistoryEntry, ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';

interface Release { version: string; point: string; codename: string; name: string; debian: string; size: number; at: string; multilib: boolean; aptUid: number; ubuntuUser: boolean }

const RELEASES: Release[] = [
  { version: '22.04', point: '22.04.4', codename: 'jammy', name: 'Jammy Jellyfish', debian: 'bookworm/sid', size: 77863323, at: '2024-04-27T10:58:32.617096543Z', multilib: true, aptUid: 100, ubuntuUser: false },
  { version: '20.04', point: '20.04.6', codename: 'focal', name: 'Focal Fossa', debian: 'bullseye/sid', size: 72812563, at: '2024-04-27T10:58:42.136408541Z', multilib: true, aptUid: 100, ubuntuUser: false },
  { version: '24.04', point: '24.04', codename: 'noble', name: 'Noble Numbat', debian: 'trixie/sid', size: 76201834, at: '2024-04-27T10:58:22.109357314Z', multilib: false, aptUid: 42, ubuntuUser: true },
];

function osRelease(r: Release): string {
  const pretty = r.point === r.version ? `Ubuntu ${r.version} LTS` : `Ubuntu ${r.point} LTS`;
  return `PRETTY_NAME="${pretty}"\nNAME="Ubuntu"\nVERSION_ID="${r.version}"\nVERSION="${r.point} LTS (${r.name})"\nVERSION_CODENAME=${r.codename}\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=${r.codename}\n${r.codename === 'noble' ? 'LOGO=ubuntu-logo\n' : ''}`;
}

function sources(c: string): string {
  return ['', '-updates', '-backports'].map((s) => `deb http://archive.ubuntu.com/ubuntu/ ${c}${s} main restricted universe multiverse\n`).join('') + `deb http://security.ubuntu.com/ubuntu/ ${c}-security main restricted universe multiverse\n`;
}

const t0 = (at: string, ms: number) => at.replace(/\.\d+Z$/, `.${String(ms).padStart(9, '0')}Z`);

/** Ubuntu's official image history: ARGs and OCI labels, then the root tarball, then `CMD ["/bin/bash"]`. */
export function ubuntuBase(version: string): HistoryEntry[] {
  const r = RELEASES.find((x) => x.version === version)!;
  const pretty = r.point === r.version ? `Ubuntu ${r.version} LTS` : `Ubuntu ${r.point} LTS`;
  return [
    nop(t0(r.at, 100000000), 'ARG RELEASE'),
    nop(t0(r.at, 120000000), 'ARG LAUNCHPAD_BUILD_ARCH'),
    nop(t0(r.at, 140000000), 'LABEL org.opencontainers.image.ref.name=ubuntu'),
    nop(t0(r.at, 160000000), `LABEL org.opencontainers.image.version=${r.version}`),
    layer(t0(r.at, 400000000), `/bin/sh -c #(nop) ADD file:${fileHash(`ubuntu-${r.codename}`)} in / `, r.size, debianRoot({
      osRelease: osRelease(r), issue: `${pretty} \\n \\l\n\n`, issueNet: `${pretty}\n`, debianVersion: `${r.debian}\n`,
      multilib: r.multilib, aptUid: r.aptUid, sourcesList: sources(r.codename), ubuntuUser: r.ubuntuUser,
    })),
    nop(t0(r.at, 600000000), 'CMD ["/bin/bash"]'),
  ];
}

function ubuntu(tags: string[], version: string): ImageSpec {
  return image({
    repo: 'ubuntu', tags,
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'], WorkingDir: '', Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': version } },
    history: ubuntuBase(version),
    description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
    stars: 17242, dockerVersion: '24.0.5',
  });
}

export const UBUNTU: ImageSpec[] = [
  ubuntu(['latest', '22.04', 'jammy', 'jammy-20240416'], '22.04'),
  ubuntu(['20.04', 'focal', 'focal-20240416'], '20.04'),
  ubuntu(['24.04', 'noble', 'rolling', 'noble-20240423'], '24.04'),
];

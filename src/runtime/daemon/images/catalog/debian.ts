import { fileHash } from '../digest.ts';
import { debianRoot } from '../fs/debian-root.ts';
import { image, layer, nop } from '../spec.ts';
import type { HistoryEntry, ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';

interface Release { major: string; codename: string; point: string; size: number; slimSize: number; at: string; aptUid: number }

const RELEASES: Release[] = [
  { major: '12', codename: 'bookworm', point: '12.5', size: 116535680, slimSize: 74763264, at: '2024-04-10T01:21:23.5Z', aptUid: 42 },
  { major: '11', codename: 'bullseye', point: '11.9', size: 124087808, slimSize: 80562176, at: '2024-04-10T01:21:40.5Z', aptUid: 100 },
];

function osRelease(r: Release): string {
  return `PRETTY_NAME="Debian GNU/Linux ${r.major} (${r.codename})"\nNAME="Debian GNU/Linux"\nVERSION_ID="${r.major}"\nVERSION="${r.major} (${r.codename})"\nVERSION_CODENAME=${r.codename}\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n`;
}

function sources(r: Release): { sourcesList: string; sourcesPath?: string } {
  if (r.codename === 'bookworm') {
    const stanza = (uri: string, suites: string) => `Types: deb\nURIs: ${uri}\nSuites: ${suites}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`;
    return { sourcesPath: '/etc/apt/sources.list.d/debian.sources', sourcesList: `${stanza('http://deb.debian.org/debian', 'bookworm bookworm-updates')}\n${stanza('http://deb.debian.org/debian-security', 'bookworm-security')}` };
  }
  return { sourcesList: `deb http://deb.debian.org/debian ${r.codename} main\ndeb http://deb.debian.org/debian-security ${r.codename}-security main\ndeb http://deb.debian.org/debian ${r.codename}-updates main\n` };
}

/**
 * debian:<codename>[-slim]'s two rows; nginx, httpd and redis build on the slim one. Built by
 * debuerreotype with the legacy builder, so the rows read `ADD file:… in /` and `CMD ["bash"]`.
 */
export function debianBase(codename: string, slim: boolean): HistoryEntry[] {
  const r = RELEASES.find((x) => x.codename === codename)!;
  const root = debianRoot({ osRelease: osRelease(r), issue: `Debian GNU/Linux ${r.major} \\n \\l\n\n`, issueNet: `Debian GNU/Linux ${r.major}\n`, debianVersion: `${r.point}\n`, multilib: false, aptUid: r.aptUid, ...sources(r) });
  const at = slim ? r.at.replace('.5Z', '.7Z') : r.at;
  return [
    layer(at, `/bin/sh -c #(nop) ADD file:${fileHash(`debian-${codename}${slim ? '-slim' : ''}`)} in / `, slim ? r.slimSize : r.size, root),
    nop(at.replace(/\.\dZ$/, '.9Z'), 'CMD ["bash"]'),
  ];
}

function debian(tags: string[], codename: string, slim = false): ImageSpec {
  return image({
    repo: 'debian', tags, config: { Env: [DEFAULT_PATH], Cmd: ['bash'], WorkingDir: '' }, history: debianBase(codename, slim),
    description: 'Debian is a Linux distribution that\'s composed entirely of free and open-source software.', stars: 5031, dockerVersion: '20.10.23',
  });
}

export const DEBIAN: ImageSpec[] = [
  debian(['latest', '12', '12.5', 'bookworm', 'bookworm-20240408'], 'bookworm'),
  debian(['12-slim', '12.5-slim', 'bookworm-slim', 'stable-slim'], 'bookworm', true),
  debian(['11', '11.9', 'bullseye', 'bullseye-20240408'], 'bullseye'),
  debian(['11-slim', 'bullseye-slim'], 'bullseye', true),
];

import { fileHash } from '../digest.ts';
import { alpineRoot } from '../fs/alpine-root.ts';
import { image, layer, nop } from '../spec.ts';
import type { HistoryEntry, ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';

/** The two rows every alpine image starts with; derived images (nginx:alpine, registry) reuse them. */
export function alpineBase(version: string, size: number, at: string, cmdAt: string, legacyAccounts = false): HistoryEntry[] {
  return [
    layer(at, `/bin/sh -c #(nop) ADD file:${fileHash(`alpine-${version}`)} in / `, size, alpineRoot({ version, legacyAccounts })),
    nop(cmdAt, 'CMD ["/bin/sh"]'),
  ];
}

const DESCRIPTION = 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!';

function alpine(tags: string[], history: HistoryEntry[]): ImageSpec {
  return image({ repo: 'alpine', tags, config: { Env: [DEFAULT_PATH], Cmd: ['/bin/sh'], WorkingDir: '' }, history, description: DESCRIPTION, stars: 10873, dockerVersion: '23.0.11' });
}

export const ALPINE: ImageSpec[] = [
  alpine(['latest', '3', '3.19', '3.19.1'], alpineBase('3.19.1', 7377664, '2024-01-27T00:30:48.624602109Z', '2024-01-27T00:30:48.743965523Z')),
  alpine(['3.18', '3.18.6'], alpineBase('3.18.6', 7335936, '2024-01-27T00:30:56.150825642Z', '2024-01-27T00:30:56.267499296Z')),
  alpine(['3.17', '3.17.7'], alpineBase('3.17.7', 7058432, '2024-01-27T00:31:03.470470355Z', '2024-01-27T00:31:03.578211102Z')),
];

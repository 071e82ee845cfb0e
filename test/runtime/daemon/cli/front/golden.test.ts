// The help transcripts of test/golden/docker (19x-help-*) replayed through the front end.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../src/runtime/daemon/cli/front/dispatch.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../../golden/docker');

interface Block { cmd: string; stdout: string; stderr: string; exit: number }

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let cur: Block | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) { cur = { cmd: line.slice(2), stdout: '', stderr: '', exit: -1 }; continue; }
    if (!cur) continue;
    const m = /^\[exit (\d+)\]$/.exec(line);
    if (m) { cur.exit = Number(m[1]); out.push(cur); cur = undefined; }
    else if (line.startsWith('! ')) cur.stderr += line.slice(2) + '\n';
    else cur.stdout += line + '\n';
  }
  return out;
}

describe('golden help transcripts', () => {
  for (const f of readdirSync(dir).filter((n) => /^19\d-help-.*\.golden$/.test(n))) {
    // only plain `docker … --help` lines: no quoting, pipes or format templates
    for (const b of blocks(readFileSync(join(dir, f), 'latin1')).filter((x) => /^docker [\w -]+$/.test(x.cmd))) {
      it(`${f}: ${b.cmd}`, () => {
        const d = dispatch(b.cmd.split(' ').slice(1), { plugins: false });
        expect(d).toMatchObject({ kind: 'done', stdout: b.stdout, stderr: b.stderr, exit: b.exit });
      });
    }
  }
});

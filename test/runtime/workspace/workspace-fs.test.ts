import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../helpers.ts';

function workspace() {
  const outside = mkdtempSync(join(tmpdir(), 'lab-outside-'));
  writeFileSync(join(outside, 'secret'), 'real secret\n');
  const ws = mkdtempSync(join(tmpdir(), 'lab-ws-'));
  return { ws, outside };
}

describe('workspace mounted at /root', () => {
  it('shows files written in the model on the real disk and vice versa', async () => {
    const { ws } = workspace();
    writeFileSync(join(ws, 'from-editor.txt'), 'edited outside\n');
    const s = newSession({ workspace: ws });
    const r = await runAll(s, ['cat from-editor.txt', 'echo made in lab > note.txt', 'mkdir_ok=1; echo ok']);
    expect(r[0]!.stdout).toBe('edited outside\n');
    expect(readFileSync(join(ws, 'note.txt'), 'utf8')).toBe('made in lab\n');
  });

  it('never lets .., absolute symlinks or relative symlinks reach the real disk', async () => {
    const { ws, outside } = workspace();
    symlinkSync(join(outside, 'secret'), join(ws, 'abs-link'));
    symlinkSync('../../../../../../../../' + join(outside, 'secret').slice(1), join(ws, 'rel-link'));
    const s = newSession({ workspace: ws });
    const r = await runAll(s, [
      'cat abs-link',
      'cat rel-link',
      `cat /root/../..${outside}/secret`,
      'echo pwned > abs-link',
    ]);
    for (const x of r.slice(0, 3)) expect(x.stdout).not.toContain('real secret');
    expect(r[0]!.stderr).toBe('cat: abs-link: No such file or directory\n');
    expect(readFileSync(join(outside, 'secret'), 'utf8')).toBe('real secret\n');
    // The write followed the link inside the model: it created the target path in the model.
    expect(existsSync(join(outside, 'secret'))).toBe(true);
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../src/engine/lab.ts';

const LESSONS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lessons');
const home = () => mkdtempSync(join(tmpdir(), 'lab-engine-'));
const open = (h: string, extra: Parameters<typeof Lab.open>[0] = {}) => Lab.open({ home: h, lessonsDir: LESSONS, replay: true, ...extra });
const text = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

describe('Lab: undo, reset, resume and the files under LAB_HOME', () => {
  it('undoes the last command (state and history) and resets the exercise to its setup', async () => {
    const lab = await open(home());
    await lab.start('01');
    await lab.goto(2);
    expect(await lab.undo()).toBe(false);
    await lab.run('cp ~/notes/readme.txt ~/copy.txt');
    expect((await lab.check()).done).toBe(true);
    expect(await lab.undo()).toBe(true);
    expect((await lab.check()).done).toBe(false);
    expect((await lab.run('ls ~')).result.stdout).toBe('notes\n');
    await lab.run('rm -r ~/notes');
    await lab.resetExercise();
    expect((await lab.run('cat ~/notes/readme.txt')).result.stdout).toBe('read me\n');
    expect((await lab.run('ls -d /srv/data')).result.exit).toBe(0);
  });

  it('resumes an exercise with its saved state after the lab is closed', async () => {
    const h = home();
    const lab = await open(h);
    await lab.start('01');
    await lab.run('echo draft > ~/answer.txt');
    await lab.run('cd /tmp');
    const again = await open(h);
    await again.start('01');
    expect(again.index).toBe(0);
    expect((await again.run('cat ~/answer.txt; pwd')).result.stdout).toBe('draft\n/tmp\n');
  });

  it('keeps a corrupt or foreign progress file aside, warns, and starts afresh', async () => {
    for (const junk of ['{"lessons": [1, 2', '{"some": "other tool"}', '[]']) {
      const h = home();
      writeFileSync(join(h, 'progress.json'), junk);
      const lab = await open(h);
      expect(lab.warnings).toHaveLength(1);
      expect(lab.warnings[0]).toMatch(/progress\.json could not be used \(.+\); it was kept as .*progress\.json\.bak and your progress starts afresh/);
      expect(readFileSync(join(h, 'progress.json.bak'), 'utf8')).toBe(junk);
      await lab.start('01');
      expect(JSON.parse(readFileSync(join(h, 'progress.json'), 'utf8')).format).toBe('container-lab-progress');
    }
  });

  it('keeps a corrupt exercise state aside and starts the exercise from its setup', async () => {
    const h = home();
    const lab = await open(h);
    await lab.start('01');
    writeFileSync(join(h, 'state', '01-basics.json'), '{"format": "container-lab-exercise-state", "lesson": "01-basics"');
    const again = await open(h);
    await again.start('01');
    expect(again.warnings[0]).toContain('the saved state of lesson 01-basics could not be used');
    expect(existsSync(join(h, 'state', '01-basics.json.bak'))).toBe(true);
    expect((await again.run('cat ~/notes/readme.txt')).result.stdout).toBe('read me\n');
  });

  it('writes progress atomically: complete JSON after every command, no temp files left', async () => {
    const h = home();
    const lab = await open(h);
    await lab.start('01');
    for (let i = 0; i < 5; i++) {
      await lab.run(`echo ${i} > ~/f${i}`);
      expect(JSON.parse(readFileSync(join(h, 'progress.json'), 'utf8')).current).toBe('01-basics');
      expect(JSON.parse(readFileSync(join(h, 'state', '01-basics.json'), 'utf8')).history).toHaveLength(i + 1);
    }
    expect(readdirSync(h).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(h, 'state')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('carries the Docker engine through resume and undo', async () => {
    const h = home();
    const lab = await open(h);
    await lab.start('02');
    await lab.run('docker run -d --name other busybox sleep 3600');
    const again = await open(h);
    await again.start('02');
    expect(again.index).toBe(0);
    expect(again.summary().containers).toEqual(['other']);
    await again.run('docker rm -f other');
    expect(again.summary().containers).toEqual([]);
    expect(await again.undo()).toBe(true);
    const ps = await again.run("docker ps --format '{{.Names}} {{.State}}'");
    expect(ps.result.stdout).toBe('other running\n');
  });
});

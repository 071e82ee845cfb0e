import * as fs from 'node:fs';
import * as path from 'node:path';
import { LESSON_DIR } from '../lesson/load.ts';
import { EXERCISE_ID } from '../lesson/parse-exercise.ts';
import { StudentError } from './student.ts';

export interface NewLessonOptions {
  id?: string;
  titleEn?: string;
  titleZh?: string;
  exercise?: string;
  host?: string;
  dir: string;
}

/**
 * `lab new`: a lesson folder that already validates (one small exercise to replace), asking with
 * @inquirer/prompts for what the flags did not give. Without a terminal, missing flags are errors.
 */
export async function runNewLesson(o: NewLessonOptions): Promise<number> {
  const answers = await complete(o);
  const dir = path.join(o.dir, answers.id);
  if (fs.existsSync(dir)) throw new StudentError(`lab new: ${dir} already exists`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'lesson.md'), `# ${answers.titleEn}\n\n## Overview\n\nWhat this lesson teaches, in our own words.\n\n## Try it\n\nThe first exercise.\n`);
  fs.writeFileSync(path.join(dir, 'lesson.zh-CN.md'), `# ${answers.titleZh}\n\n## 概述\n\n本课讲什么。\n\n## 动手\n\n第一个练习。\n`);
  fs.writeFileSync(path.join(dir, 'exercises.yaml'), exercisesYaml(answers));
  process.stdout.write(`lab new: created ${dir} (lesson.md, lesson.zh-CN.md, exercises.yaml); check it with \`lab validate ${dir}\`\n`);
  return 0;
}

type Complete = Required<Omit<NewLessonOptions, 'dir'>>;

async function complete(o: NewLessonOptions): Promise<Complete> {
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const ask = async (given: string | undefined, flag: string, message: string, check: (v: string) => string | true, fallback?: string): Promise<string> => {
    if (given !== undefined) {
      const ok = check(given);
      if (ok !== true) throw new StudentError(`lab new: --${flag} ${given}: ${ok}`);
      return given;
    }
    if (!interactive) {
      if (fallback !== undefined) return fallback;
      throw new StudentError(`lab new: --${flag} is required without a terminal to ask on`);
    }
    const { input } = await import('@inquirer/prompts');
    return input({ message, default: fallback, validate: check });
  };
  const id = await ask(o.id, 'id', 'Lesson folder (NN-slug, e.g. 15-compose-more):', (v) => (LESSON_DIR.test(v) ? true : 'two digits, a dash, then a-z 0-9 -'));
  const titleEn = await ask(o.titleEn, 'title-en', 'Title in English:', nonEmpty);
  const titleZh = await ask(o.titleZh, 'title-zh', 'Title in Chinese:', nonEmpty);
  const exercise = await ask(o.exercise, 'exercise', 'First exercise id:', (v) => (EXERCISE_ID.test(v) ? true : 'a-z, 0-9 and -'), 'e1-first');
  const host = await ask(o.host, 'host', 'Host (ubuntu or centos7):', (v) => (v === 'ubuntu' || v === 'centos7' ? true : 'ubuntu or centos7'), 'ubuntu');
  return { id, titleEn, titleZh, exercise, host };
}

const nonEmpty = (v: string): string | true => (v.trim() ? true : 'give a title');

/** YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string): string => JSON.stringify(s);

function exercisesYaml(a: Complete): string {
  return `lesson:
  id: ${a.id}
  title: { en: ${q(a.titleEn)}, zh-CN: ${q(a.titleZh)} }
  host: ${a.host}
  # setup: { images: [busybox], files: { "~/index.html": "<h1>hi</h1>\\n" }, run: [] }
exercises:
  - id: ${a.exercise}
    title: { en: "Leave a note", zh-CN: "留个便条" }
    task: { en: "Write {{word}} into ~/note.txt.", zh-CN: "把 {{word}} 写进 ~/note.txt。" }
    params:
      word: { pick: [hello, hi, hey] }
    check:
      - file: { path: ~/note.txt, contains: "{{word}}" }
    solution: [ "echo {{word}} > ~/note.txt" ]
    wrong:
      - run: [ "echo {{word}} > ~/notes.txt" ]
        reason: { en: "another file", zh-CN: "写错了文件" }
    hints:
      - { en: "echo prints a word; > sends it into a file.", zh-CN: "echo 输出一个词；> 把它写进文件。" }
      - { en: "echo {{word}} > ~/note.txt", zh-CN: "echo {{word}} > ~/note.txt" }
`;
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import { readExercise } from './parse-exercise.ts';
import { EMPTY_SETUP, readSetup } from './parse-setup.ts';
import { ShapeReader } from './shape-reader.ts';
import type { Exercise, HostFlavour, Lesson, Text } from './types.ts';
import { isMap, isScalar, YamlFile, type Node } from './yaml-file.ts';

export const LESSON_DIR = /^\d\d-[a-z0-9][a-z0-9-]*$/;
const HOSTS: readonly HostFlavour[] = ['ubuntu', 'centos7'];
const TEXT_FILES = { en: 'lesson.md', 'zh-CN': 'lesson.zh-CN.md' } as const;

export type LoadResult = { lesson: Lesson; errors: [] } | { lesson: null; errors: string[] };

/** Reads `lessons/NN-slug/`: both teaching texts and exercises.yaml; every problem as `file:line: message`. */
export function loadLesson(dir: string): LoadResult {
  const id = path.basename(path.resolve(dir));
  const errors: string[] = [];
  const yamlPath = path.join(dir, 'exercises.yaml');
  const text = readTexts(dir, errors);
  if (!fs.existsSync(yamlPath)) {
    errors.push(`${yamlPath}:1: missing file (every lesson has exercises.yaml)`);
    return { lesson: null, errors };
  }
  const y = new YamlFile(yamlPath, fs.readFileSync(yamlPath, 'utf8'));
  const lesson = y.errors.length ? null : readLessonFile(y, id, dir, text);
  errors.push(...y.errors);
  if (!LESSON_DIR.test(id)) errors.push(`${dir}:1: a lesson folder is named NN-slug (two digits, a dash, a-z 0-9 -), not "${id}"`);
  if (errors.length || !lesson || !text) return { lesson: null, errors: errors.length ? errors : [`${yamlPath}:1: the lesson could not be read`] };
  return { lesson, errors: [] };
}

function readLessonFile(y: YamlFile, id: string, dir: string, text: Text | null): Lesson | null {
  const r = new ShapeReader(y);
  const root = r.map(y.root, 'exercises.yaml', ['lesson', 'exercises'], [], y.root);
  if (!root) return null;
  const head = root.get('lesson');
  const meta = head ? r.map(head.node, 'lesson', ['id', 'title'], ['host', 'setup'], head.keyNode) : null;
  const idField = meta?.get('id');
  const declared = idField ? r.string(idField.node, 'lesson.id', idField.keyNode) : null;
  if (declared !== null && declared !== id) y.error(idField!.node, `lesson.id: "${declared}" must be the folder name "${id}"`);
  const titleField = meta?.get('title');
  const title = titleField ? r.text(titleField.node, 'lesson.title', titleField.keyNode) : null;
  const hostField = meta?.get('host');
  const host = hostField ? r.string(hostField.node, 'lesson.host', hostField.keyNode) : 'ubuntu';
  if (host !== null && !HOSTS.includes(host as HostFlavour)) y.error(hostField!.node, `lesson.host: "${host}": expected one of ${HOSTS.join(', ')}`);
  const setupField = meta?.get('setup');
  const setup = setupField ? readSetup(r, setupField.node, 'lesson.setup', setupField.keyNode) : EMPTY_SETUP;
  const list = root.get('exercises');
  const exercises = list ? readExercises(r, list.node, list.keyNode) : [];
  if (y.errors.length || !title || !text) return null;
  return { id, dir, title, host: host as HostFlavour, setup, exercises, text };
}

function readExercises(r: ShapeReader, node: Node | null, at: Node): Exercise[] {
  const items = r.list(node, 'exercises', at);
  if (!items) return [];
  if (items.length === 0) r.y.error(node, 'exercises: a lesson has at least one exercise');
  const out: Exercise[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const idNode = item && isMap(item) ? (item.get('id', true) as Node | undefined) : undefined;
    const id = idNode && isScalar(idNode) ? String(idNode.value) : null;
    if (id !== null && seen.has(id)) r.y.error(idNode, `exercises[${i}].id: duplicate exercise id "${id}" (first at line ${seen.get(id)})`);
    else if (id !== null) seen.set(id, r.y.line(idNode));
    const ex = readExercise(r, item, i, node!);
    if (ex) out.push(ex);
  });
  return out;
}

/** Both teaching texts must exist and have the same number of `##` sections (translations stay in step). */
function readTexts(dir: string, errors: string[]): Text | null {
  const out: Partial<Text> = {};
  const headings: Partial<Record<keyof Text, number[]>> = {};
  for (const [lang, name] of Object.entries(TEXT_FILES) as [keyof Text, string][]) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      errors.push(`${file}:1: missing file (every lesson has ${Object.values(TEXT_FILES).join(' and ')})`);
      continue;
    }
    out[lang] = fs.readFileSync(file, 'utf8');
    headings[lang] = sectionLines(out[lang]!);
  }
  const en = headings.en;
  const zh = headings['zh-CN'];
  if (en && zh && en.length !== zh.length) {
    const extra = en.length > zh.length ? { file: TEXT_FILES.en, line: en[zh.length]! } : { file: TEXT_FILES['zh-CN'], line: zh[en.length]! };
    errors.push(`${path.join(dir, extra.file)}:${extra.line}: ${TEXT_FILES.en} has ${en.length} "##" headings, ${TEXT_FILES['zh-CN']} has ${zh.length}: the translations must have the same sections`);
  }
  return out.en !== undefined && out['zh-CN'] !== undefined ? (out as Text) : null;
}

/** Lines of `## ` headings, outside fenced code blocks (a `## comment` in a shell block is not one). */
export function sectionLines(markdown: string): number[] {
  const out: number[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((line, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) fence = fence === null ? f[1]![0]! : fence === f[1]![0] ? null : fence;
    else if (fence === null && /^## /.test(line)) out.push(i + 1);
  });
  return out;
}

/** Lesson folders under a root, or the folder itself when it is one lesson. */
export function lessonDirs(root: string): string[] {
  if (fs.existsSync(path.join(root, 'exercises.yaml'))) return [root];
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d\d-/.test(d.name))
    .map((d) => path.join(root, d.name))
    .sort();
}

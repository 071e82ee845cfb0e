import type { ShapeReader } from './shape-reader.ts';
import type { ParamSpec, Setup } from './types.ts';
import { isMap, entries, type Node } from './yaml-file.ts';

export const EMPTY_SETUP: Setup = { images: [], files: {}, run: [] };

/** `setup: { images: [...], files: { path: content }, run: [...] }`, every part optional. */
export function readSetup(r: ShapeReader, node: Node | null, what: string, at: Node): Setup {
  const f = r.map(node, what, [], ['images', 'files', 'run'], at);
  if (!f) return EMPTY_SETUP;
  const images = f.get('images');
  const run = f.get('run');
  const files = f.get('files');
  return {
    images: images ? (r.stringList(images.node, `${what}.images`, images.keyNode) ?? []) : [],
    run: run ? (r.stringList(run.node, `${what}.run`, run.keyNode) ?? []) : [],
    files: files ? readFiles(r, files.node, `${what}.files`, files.keyNode) : {},
  };
}

function readFiles(r: ShapeReader, node: Node | null, what: string, at: Node): Record<string, string> {
  if (!node || !isMap(node)) {
    r.y.error(node ?? at, `${what}: expected a map of path: content`);
    return {};
  }
  const out: Record<string, string> = {};
  for (const e of entries(node)) {
    if (!e.key.startsWith('/') && !e.key.startsWith('~/')) r.y.error(e.keyNode, `${what}: "${e.key}": a path must start with / or ~/`);
    const content = r.string(e.value, `${what}["${e.key}"]`, e.keyNode);
    if (content !== null) out[e.key] = content;
  }
  return out;
}

/** `params: { port: { int: [8000, 8999] }, name: { pick: [web, site] } }`. */
export function readParams(r: ShapeReader, node: Node | null, what: string, at: Node): Record<string, ParamSpec> {
  if (!node || !isMap(node)) {
    r.y.error(node ?? at, `${what}: expected a map of name: { int: [min, max] } or { pick: [...] }`);
    return {};
  }
  const out: Record<string, ParamSpec> = {};
  for (const e of entries(node)) {
    const where = `${what}.${e.key}`;
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(e.key)) r.y.error(e.keyNode, `${where}: a parameter name is letters, digits, _ and -`);
    const f = r.map(e.value, where, [], ['int', 'pick'], e.keyNode);
    if (!f) continue;
    if (f.size !== 1) {
      r.y.error(e.value ?? e.keyNode, `${where}: give exactly one of int: [min, max] or pick: [values]`);
      continue;
    }
    const int = f.get('int');
    const pick = f.get('pick');
    if (int) {
      const items = r.list(int.node, `${where}.int`, int.keyNode);
      const nums = items?.map((n, i) => r.int(n, `${where}.int[${i}]`, int.node));
      if (!nums || nums.length !== 2 || nums.some((n) => n === null)) {
        if (nums && nums.length !== 2) r.y.error(int.node, `${where}.int: expected [min, max]`);
        continue;
      }
      const [min, max] = nums as [number, number];
      if (min > max) r.y.error(int.node, `${where}.int: min ${min} is above max ${max}`);
      else out[e.key] = { kind: 'int', min, max };
    } else if (pick) {
      const values = r.stringList(pick.node, `${where}.pick`, pick.keyNode);
      if (values && values.length === 0) r.y.error(pick.node, `${where}.pick: give at least one value`);
      else if (values) out[e.key] = { kind: 'pick', values };
    }
  }
  return out;
}

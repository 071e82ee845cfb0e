import type { Text } from './types.ts';
import { LANGS } from './types.ts';
import { entries, isMap, isScalar, isSeq, type Node, type YamlFile } from './yaml-file.ts';

export type Fields = Map<string, { node: Node | null; keyNode: Node }>;

const kindOf = (n: Node | null): string =>
  n === null ? 'nothing' : isMap(n) ? 'a map' : isSeq(n) ? 'a list' : isScalar(n) ? (n.value === null ? 'nothing' : `${typeof n.value} ${JSON.stringify(n.value)}`) : 'an alias';

/**
 * Reads the shapes a lesson file is made of (maps with known keys, strings, lists, texts in both
 * languages), reporting each problem at its line and returning null where the value is unusable.
 */
export class ShapeReader {
  constructor(readonly y: YamlFile) {}

  /** A map with exactly the allowed keys; missing required keys and unknown keys are errors. */
  map(node: Node | null, what: string, required: readonly string[], optional: readonly string[], at?: Node | null): Fields | null {
    if (!node || !isMap(node)) {
      this.y.error(node ?? at, `${what}: expected a map, got ${kindOf(node)}`);
      return null;
    }
    const out: Fields = new Map();
    const allowed = [...required, ...optional];
    for (const e of entries(node)) {
      if (!allowed.includes(e.key)) this.y.error(e.keyNode, `${what}: unknown key "${e.key}" (allowed: ${allowed.join(', ')})`);
      else out.set(e.key, { node: e.value, keyNode: e.keyNode });
    }
    for (const k of required) if (!out.has(k)) this.y.error(node, `${what}: missing "${k}"`);
    return out;
  }

  string(node: Node | null, what: string, at?: Node | null): string | null {
    if (node && isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
    this.y.error(node ?? at, `${what}: expected a string, got ${kindOf(node)}`);
    return null;
  }

  int(node: Node | null, what: string, at?: Node | null): number | null {
    if (node && isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value)) return node.value;
    this.y.error(node ?? at, `${what}: expected an integer, got ${kindOf(node)}`);
    return null;
  }

  list(node: Node | null, what: string, at?: Node | null): (Node | null)[] | null {
    if (node && isSeq(node)) return node.items as (Node | null)[];
    this.y.error(node ?? at, `${what}: expected a list, got ${kindOf(node)}`);
    return null;
  }

  stringList(node: Node | null, what: string, at?: Node | null): string[] | null {
    const items = this.list(node, what, at);
    if (!items) return null;
    const out: string[] = [];
    items.forEach((n, i) => {
      const s = this.string(n, `${what}[${i}]`, node);
      if (s !== null) out.push(s);
    });
    return out.length === items.length ? out : null;
  }

  /** `{ en: ..., zh-CN: ... }`: every language must be there and non-empty. */
  text(node: Node | null, what: string, at?: Node | null, extraKeys: readonly string[] = []): Text | null {
    const fields = this.map(node, what, LANGS, extraKeys, at);
    if (!fields) return null;
    const out: Partial<Text> = {};
    for (const lang of LANGS) {
      const f = fields.get(lang);
      if (!f) continue;
      const s = this.string(f.node, `${what}.${lang}`, f.keyNode);
      if (s !== null && s.trim() === '') this.y.error(f.node ?? f.keyNode, `${what}.${lang}: empty text`);
      else if (s !== null) out[lang] = s;
    }
    return LANGS.every((l) => out[l] !== undefined) ? (out as Text) : null;
  }

  /** A YAML value as plain data (what the checkers compile). */
  plain(node: Node | null): unknown {
    return node ? node.toJSON() : null;
  }
}

import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/**
 * A parsed YAML file that remembers where each node came from, so every problem is reported as
 * `file:line: message` (what an editor or a CI log can jump to).
 */
export class YamlFile {
  readonly doc: Document.Parsed;
  readonly errors: string[] = [];
  private readonly lines = new LineCounter();

  constructor(
    readonly file: string,
    text: string,
  ) {
    // Duplicate keys are found below, where the second one's line is known (yaml reports the first's).
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false, prettyErrors: false });
    for (const e of [...this.doc.errors, ...this.doc.warnings]) {
      const line = this.lines.linePos(e.pos[0]).line;
      this.errors.push(`${file}:${line}: ${firstLine(e.message)}`);
    }
    this.findDuplicateKeys();
  }

  /** 1-based line of a node (or of the document start when there is none). */
  line(node: Node | Pair | null | undefined): number {
    const n = node && 'range' in node ? node : node && 'key' in node ? (node.key as Node | null) : null;
    const offset = n?.range?.[0] ?? 0;
    return this.lines.linePos(offset).line;
  }

  error(node: Node | Pair | null | undefined, message: string): void {
    this.errors.push(`${this.file}:${this.line(node)}: ${message}`);
  }

  private findDuplicateKeys(): void {
    visit(this.doc, {
      Map: (_k, map) => {
        const seen = new Map<string, number>();
        for (const e of entries(map)) {
          const first = seen.get(e.key);
          if (first !== undefined) this.error(e.keyNode, `duplicate key "${e.key}" (first at line ${first})`);
          else seen.set(e.key, this.line(e.keyNode));
        }
      },
    });
  }

  get root(): Node | null {
    return (this.doc.contents as Node | null) ?? null;
  }
}

const firstLine = (s: string): string => s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

/** A map's entries by key, in order, with the key node for line numbers. */
export function entries(map: YAMLMap): { key: string; keyNode: Node; value: Node | null }[] {
  return map.items.map((p) => ({
    key: isScalar(p.key) ? String(p.key.value) : String(p.key),
    keyNode: p.key as Node,
    value: (p.value as Node | null) ?? null,
  }));
}

export { isMap, isScalar, isSeq, visit };
export type { Node, YAMLMap };

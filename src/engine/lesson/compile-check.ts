import { CheckSyntaxError, compileChecks, type Check } from '../../checkers/index.ts';
import type { YamlFile } from './yaml-file.ts';
import { isMap, isSeq, type Node } from './yaml-file.ts';

/**
 * Compiles an exercise's `check:` with the checkers' compiler; a syntax error's path
 * (`check[2].container.state`) is followed down the YAML to report the line it points at.
 */
export function compileCheckNode(y: YamlFile, node: Node | null, at: Node, what: string): Check | null {
  try {
    return compileChecks(node ? node.toJSON() : null, 'check');
  } catch (e) {
    if (!(e instanceof CheckSyntaxError)) throw e;
    const target = nodeAtPath(node, e.path) ?? node ?? at;
    const reason = (e as CheckSyntaxError & { reason?: string }).reason ?? e.message;
    y.error(target, `${what}.${e.path}: ${reason}`);
    return null;
  }
}

/** The deepest node a checkers path (`check[2].container.state`) reaches. */
export function nodeAtPath(root: Node | null, path: string): Node | null {
  const steps = [...path.matchAll(/\[(\d+)\]|\.?([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
  if (steps[0] === 'check') steps.shift();
  let node = root;
  for (const step of steps) {
    let next: unknown = undefined;
    if (typeof step === 'number' && node && isSeq(node)) next = node.items[step];
    else if (typeof step === 'string' && node && isMap(node)) next = node.get(step, true);
    if (!next || typeof next !== 'object') break;
    node = next as Node;
  }
  return node;
}

import type { ShapeReader } from './shape-reader.ts';
import type { QuizOption, QuizQuestion } from './types.ts';
import { isMap, type Node } from './yaml-file.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** `quiz: [{ id, kind: single|multiple, prompt, options: [{ id, en, zh-CN }], answer: [ids] }]`. */
export function readQuiz(r: ShapeReader, node: Node | null, what: string, at: Node): QuizQuestion[] {
  const items = r.list(node, what, at);
  if (!items) return [];
  const out: QuizQuestion[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const where = `${what}[${i}]`;
    const f = r.map(item, where, ['id', 'kind', 'prompt', 'options', 'answer'], [], node);
    if (!f) return;
    const id = r.string(f.get('id')?.node ?? null, `${where}.id`, item);
    if (id !== null && !ID.test(id)) r.y.error(f.get('id')!.node, `${where}.id: "${id}": use a-z, 0-9 and -`);
    if (id !== null && seen.has(id)) r.y.error(f.get('id')!.node, `${where}.id: duplicate question id "${id}"`);
    if (id !== null) seen.add(id);
    const kindNode = f.get('kind')?.node ?? null;
    const kind = f.has('kind') ? r.string(kindNode, `${where}.kind`, item) : null;
    if (kind !== null && kind !== 'single' && kind !== 'multiple') r.y.error(kindNode, `${where}.kind: "${kind}": expected single or multiple`);
    const prompt = f.has('prompt') ? r.text(f.get('prompt')!.node, `${where}.prompt`, f.get('prompt')!.keyNode) : null;
    const options = f.has('options') ? readOptions(r, f.get('options')!.node, `${where}.options`, f.get('options')!.keyNode) : null;
    const answerField = f.get('answer');
    const answer = answerField ? r.stringList(answerField.node, `${where}.answer`, answerField.keyNode) : null;
    if (answer && options) {
      for (const a of answer) if (!options.some((o) => o.id === a)) r.y.error(answerField!.node, `${where}.answer: "${a}" is not one of the options (${options.map((o) => o.id).join(', ')})`);
      if (answer.length === 0) r.y.error(answerField!.node, `${where}.answer: give at least one option`);
      if (kind === 'single' && answer.length > 1) r.y.error(answerField!.node, `${where}.answer: a single-choice question has one answer`);
    }
    if (id && (kind === 'single' || kind === 'multiple') && prompt && options && answer) out.push({ id, kind, prompt, options, answer });
  });
  return out;
}

function readOptions(r: ShapeReader, node: Node | null, what: string, at: Node): QuizOption[] | null {
  const items = r.list(node, what, at);
  if (!items) return null;
  const out: QuizOption[] = [];
  items.forEach((item, i) => {
    const where = `${what}[${i}]`;
    // One map holds the id and the texts: `{ id: esxi, en: VMware ESXi, zh-CN: VMware ESXi }`.
    const text = r.text(item, where, node, ['id']);
    const idNode = item && isMap(item) ? ((item.get('id', true) as Node | undefined) ?? null) : null;
    if (item && isMap(item) && !idNode && !item.has('id')) r.y.error(item, `${where}: missing "id"`);
    const id = idNode ? r.string(idNode, `${where}.id`, item) : null;
    if (id !== null && !ID.test(id)) r.y.error(idNode, `${where}.id: "${id}": use a-z, 0-9 and -`);
    if (id !== null && out.some((o) => o.id === id)) r.y.error(idNode, `${where}.id: duplicate option id "${id}"`);
    if (id !== null && text) out.push({ id, text });
  });
  return out.length === items.length ? out : null;
}

import { compileCheckNode } from './compile-check.ts';
import { paramsUsed } from './params.ts';
import { EMPTY_SETUP, readParams, readSetup } from './parse-setup.ts';
import { readQuiz } from './parse-quiz.ts';
import type { ShapeReader } from './shape-reader.ts';
import type { Exercise, Text, WrongAttempt } from './types.ts';
import { isMap, isScalar, visit, type Node } from './yaml-file.ts';

const REQUIRED = ['id', 'title', 'task', 'check', 'solution', 'wrong', 'hints'] as const;
const OPTIONAL = ['params', 'setup', 'quiz'] as const;
export const EXERCISE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** One item of `exercises:`; null when it has errors (they are in the reader's file). */
export function readExercise(r: ShapeReader, node: Node | null, index: number, list: Node): Exercise | null {
  const before = r.y.errors.length;
  // Named by its id as soon as it has one: "exercise e1-detach: missing ..." finds it at once.
  const idNode = node && isMap(node) ? node.get('id', true) : null;
  let what = isScalar(idNode) && typeof idNode.value === 'string' && EXERCISE_ID.test(idNode.value) ? `exercise ${idNode.value}` : `exercises[${index}]`;
  const f = r.map(node, what, REQUIRED, OPTIONAL, list);
  if (!f) return null;
  const field = (k: string) => f.get(k) ?? null;
  const id = field('id') ? r.string(field('id')!.node, `${what}.id`, field('id')!.keyNode) : null;
  if (id !== null) {
    if (!EXERCISE_ID.test(id)) r.y.error(field('id')!.node, `${what}.id: "${id}": use a-z, 0-9 and - (e.g. e1-detach)`);
    what = `exercise ${id}`;
  }
  const text = (k: string) => (field(k) ? r.text(field(k)!.node, `${what}.${k}`, field(k)!.keyNode) : null);
  const title = text('title');
  const task = text('task');
  const params = field('params') ? readParams(r, field('params')!.node, `${what}.params`, field('params')!.keyNode) : {};
  const setup = field('setup') ? readSetup(r, field('setup')!.node, `${what}.setup`, field('setup')!.keyNode) : EMPTY_SETUP;
  const solution = field('solution') ? r.stringList(field('solution')!.node, `${what}.solution`, field('solution')!.keyNode) : null;
  if (solution && solution.length === 0) r.y.error(field('solution')!.node, `${what}.solution: give at least one command line`);
  const wrong = field('wrong') ? readWrong(r, field('wrong')!.node, `${what}.wrong`, field('wrong')!.keyNode) : null;
  const hints = field('hints') ? readHints(r, field('hints')!.node, `${what}.hints`, field('hints')!.keyNode) : null;
  const quiz = field('quiz') ? readQuiz(r, field('quiz')!.node, `${what}.quiz`, field('quiz')!.keyNode) : [];
  const check = field('check') ? compileCheckNode(r.y, field('check')!.node, field('check')!.keyNode, what) : null;
  checkParamUse(r, node!, what, new Set(Object.keys(params)));
  if (r.y.errors.length > before || id === null || !title || !task || !solution || !wrong || !hints || !check) return null;
  return { id, title, task, params, setup, check, checkSource: field('check')!.node!.toJSON(), solution, wrong, hints, quiz, line: r.y.line(node) };
}

function readWrong(r: ShapeReader, node: Node | null, what: string, at: Node): WrongAttempt[] | null {
  const items = r.list(node, what, at);
  if (!items) return null;
  if (items.length === 0) r.y.error(node, `${what}: give at least one wrong attempt (validate proves the checks reject it)`);
  const out: WrongAttempt[] = [];
  items.forEach((item, i) => {
    const f = r.map(item, `${what}[${i}]`, ['run', 'reason'], [], node);
    if (!f) return;
    const run = f.has('run') ? r.stringList(f.get('run')!.node, `${what}[${i}].run`, f.get('run')!.keyNode) : null;
    const reason = f.has('reason') ? r.text(f.get('reason')!.node, `${what}[${i}].reason`, f.get('reason')!.keyNode) : null;
    if (run && reason) out.push({ run, reason, line: r.y.line(item) });
  });
  return out.length === items.length ? out : null;
}

function readHints(r: ShapeReader, node: Node | null, what: string, at: Node): Text[] | null {
  const items = r.list(node, what, at);
  if (!items) return null;
  if (items.length === 0) r.y.error(node, `${what}: give at least one hint`);
  const out = items.map((item, i) => r.text(item, `${what}[${i}]`, node));
  return out.every((t) => t !== null) ? (out as Text[]) : null;
}

/** Every `{{name}}` the exercise uses must be one of its params (a typo would reach the student). */
function checkParamUse(r: ShapeReader, node: Node, what: string, declared: Set<string>): void {
  visit(node, {
    Pair: (_k, pair) => (isScalar(pair.key) && pair.key.value === 'params' ? visit.SKIP : undefined),
    Scalar: (_k, scalar) => {
      if (typeof scalar.value !== 'string') return;
      for (const n of paramsUsed(scalar.value)) {
        if (!declared.has(n)) r.y.error(scalar, `${what}: {{${n}}} is not a parameter of this exercise (params: ${[...declared].join(', ') || 'none'})`);
      }
    },
  });
}

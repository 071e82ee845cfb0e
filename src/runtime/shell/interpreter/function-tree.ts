import type {
  AndOr, ArithmeticFor, Assignment, CaseItem, CommandNode, CompoundCommand, CompoundList, Function as FunctionNode, If, Pipeline,
  PipelineNode, Redirection, Statement, TestExpression, Word,
} from 'unbash';
import { renderAssignment, renderWord, type SourceText } from './function-words.ts';

/**
 * bash's own command tree (command.h), which print_cmd.c walks. The unbash AST is converted to it first
 * so the printer can follow print_cmd.c step by step: lists become left-nested connections, pipelines
 * right-nested ones, `elif` a nested `if`, and `!`/`time` flags on the pipeline.
 */
export type Connector = ';' | '\n' | '&' | '|' | '&&' | '||';
export interface Redir {
  text: string;
  /** Here-documents: printed after the line (bash defers their bodies to the connector). */
  heredoc?: { header: string; body: string };
}
interface Base { invert?: boolean; time?: 'time' | 'time -p'; redirects: Redir[] }
export type BCmd = Base & (
  | { kind: 'simple'; words: string[]; own: Redir[] }
  | { kind: 'conn'; first: BCmd; second: BCmd | null; connector: Connector }
  | { kind: 'for' | 'select'; name: string; words: string[]; body: BCmd | null }
  | { kind: 'arith_for'; parts: [string, string, string]; body: BCmd | null }
  | { kind: 'case'; word: string; clauses: { patterns: string[]; body: BCmd | null; terminator: string }[] }
  | { kind: 'while' | 'until'; test: BCmd | null; body: BCmd | null }
  | { kind: 'if'; test: BCmd | null; then: BCmd | null; else: BCmd | null }
  | { kind: 'arith'; text: string }
  | { kind: 'cond'; text: string }
  | { kind: 'group' | 'subshell'; body: BCmd | null }
  | { kind: 'function'; name: string; body: BCmd }
  | { kind: 'coproc'; name: string; body: BCmd }
);

export function convertList(src: SourceText, list: CompoundList | { commands: readonly Statement[] }): BCmd | null {
  const stmts = list.commands;
  if (stmts.length === 0) return null;
  let acc = convertStatementBody(src, stmts[0]!);
  for (let i = 1; i < stmts.length; i++) {
    const next = convertStatementBody(src, stmts[i]!);
    const sep = separatorAfter(src, stmts[i - 1]!);
    acc = sep === '&' ? connectAsync(acc, next) : conn(acc, next, sep);
  }
  if (stmts[stmts.length - 1]!.background) acc = connectAsync(acc, null);
  return acc;
}

/** parse.y's connect_async_list: in `a; b & c` the `&` takes only `b`, giving `a; (b & c)`. */
function connectAsync(list: BCmd, second: BCmd | null): BCmd {
  if (list.kind !== 'conn' || list.connector !== ';' || !list.second) return conn(list, second, '&');
  let parent = list;
  let last: BCmd = list.second;
  while (last.kind === 'conn' && last.connector === ';' && last.second) {
    parent = last;
    last = last.second;
  }
  parent.second = conn(last, second, '&');
  return list;
}

/** The separator bash recorded after a statement: `&`, `;` or (only kept inside `$(...)`) a newline. */
function separatorAfter(src: SourceText, s: Statement): Connector {
  if (s.background) return '&';
  if (!src.keepNewlines) return ';';
  const text = src.text;
  for (let i = s.end - src.base; i < text.length; i++) {
    const c = text[i]!;
    if (c === ';') return ';';
    if (c !== ' ' && c !== '\t') return '\n';
  }
  return '\n';
}

function conn(first: BCmd, second: BCmd | null, connector: Connector): BCmd {
  return { kind: 'conn', first, second, connector, redirects: [] };
}

function convertStatementBody(src: SourceText, s: Statement): BCmd {
  return s.command.type === 'AndOr' ? convertAndOr(src, s.command) : convertPipelineNode(src, s.command);
}

function convertAndOr(src: SourceText, node: AndOr): BCmd {
  let acc = convertPipelineNode(src, node.commands[0]!);
  for (let i = 1; i < node.commands.length; i++) acc = conn(acc, convertPipelineNode(src, node.commands[i]!), node.operators[i - 1]!);
  return acc;
}

function convertPipelineNode(src: SourceText, node: PipelineNode): BCmd {
  return node.type === 'Pipeline' ? convertPipeline(src, node) : convertCommand(src, node);
}

function convertPipeline(src: SourceText, node: Pipeline): BCmd {
  const cmds = node.commands.map((c) => convertCommand(src, c));
  // `a |& b` is `a 2>&1 | b` in bash's tree.
  node.operators.forEach((op, i) => {
    if (op !== '|&') return;
    const c = cmds[i]!;
    (c.kind === 'simple' ? c.own : c.redirects).push({ text: '2>&1' });
  });
  // A bare `time` or `!` times or negates an empty simple command.
  let acc: BCmd = cmds[cmds.length - 1] ?? { kind: 'simple', words: [], own: [], redirects: [] };
  for (let i = cmds.length - 2; i >= 0; i--) acc = conn(cmds[i]!, acc, '|');
  for (const p of node.prefixes) {
    if (p.type === 'Negation') acc.invert = !acc.invert;
    else acc.time = p.posix ? 'time -p' : 'time';
  }
  return acc;
}

function convertCommand(src: SourceText, node: CommandNode): BCmd {
  switch (node.type) {
    case 'Command': {
      const words: string[] = [];
      for (const p of node.prefix) if (p.type === 'Assignment') words.push(renderAssignment(src, p));
      if (node.name) words.push(renderWord(src, node.name));
      for (const a of node.args) words.push(a.type === 'Assignment' ? renderAssignment(src, a as Assignment) : renderWord(src, a));
      return { kind: 'simple', words, own: node.redirects.map((r) => convertRedirect(src, r)), redirects: [] };
    }
    case 'Function':
      return convertFunction(src, node);
    case 'Redirected': {
      const c = convertCompound(src, node.command);
      c.redirects.push(...node.redirects.map((r) => convertRedirect(src, r)));
      return c;
    }
    case 'Coproc': {
      const body = node.body.type === 'CompoundList' ? group(convertList(src, node.body)) : convertCommand(src, node.body);
      return { kind: 'coproc', name: node.name?.text ?? 'COPROC', body, redirects: [] };
    }
    default:
      return convertCompound(src, node);
  }
}

export function convertFunction(src: SourceText, node: FunctionNode): BCmd {
  const body = node.body.type === 'CompoundList' ? group(convertList(src, node.body)) : convertCommand(src, node.body);
  return { kind: 'function', name: node.name.text, body, redirects: [] };
}

function group(body: BCmd | null): BCmd {
  return { kind: 'group', body, redirects: [] };
}

function convertCompound(src: SourceText, node: CompoundCommand): BCmd {
  const list = (l: CompoundList) => convertList(src, l);
  switch (node.type) {
    case 'BraceGroup':
      return group(list(node.body));
    case 'Subshell':
      return { kind: 'subshell', body: list(node.body), redirects: [] };
    case 'If':
      return convertIf(src, node);
    case 'For':
    case 'Select':
      return {
        kind: node.type === 'For' ? 'for' : 'select', name: node.name.text, redirects: [], body: list(node.body),
        words: node.wordlist ? node.wordlist.map((w) => renderWord(src, w)) : ['"$@"'],
      };
    case 'ArithmeticFor':
      return { kind: 'arith_for', parts: arithForParts(src, node), body: list(node.body), redirects: [] };
    case 'While':
      return { kind: node.kind, test: list(node.clause), body: list(node.body), redirects: [] };
    case 'Case':
      return { kind: 'case', word: renderWord(src, node.word), clauses: node.items.map((it) => convertCaseItem(src, it)), redirects: [] };
    case 'TestCommand':
      return { kind: 'cond', text: condText(src, node.expression), redirects: [] };
    case 'ArithmeticCommand':
      return { kind: 'arith', text: node.body, redirects: [] };
  }
}

function convertIf(src: SourceText, node: If | { clause: CompoundList; then: CompoundList; elif: If['elif']; else: CompoundList | undefined }): BCmd {
  const [first, ...rest] = node.elif;
  const elseCmd = first
    ? convertIf(src, { clause: first.clause, then: first.then, elif: rest, else: node.else })
    : node.else ? convertList(src, node.else) : null;
  return { kind: 'if', test: convertList(src, node.clause), then: convertList(src, node.then), else: elseCmd, redirects: [] };
}

function convertCaseItem(src: SourceText, it: CaseItem) {
  return { patterns: it.pattern.map((w) => renderWord(src, w)), body: convertList(src, it.body), terminator: it.terminator ?? ';;' };
}

/** bash keeps the text of each `((init; test; step))` part without its leading blanks; an empty one is `1`. */
function arithForParts(src: SourceText, node: ArithmeticFor): [string, string, string] {
  const text = src.text.slice(node.pos - src.base, node.end - src.base);
  const open = text.indexOf('((');
  let depth = 0;
  let close = open + 2;
  for (; close < text.length; close++) {
    const c = text[close];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0 && text[close + 1] === ')') break;
      depth--;
    }
  }
  const parts: string[] = [];
  let cur = '';
  depth = 0;
  for (const c of text.slice(open + 2, close)) {
    if (c === ';' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    cur += c;
  }
  parts.push(cur);
  const norm = (s: string | undefined) => (s ?? '').replace(/^[ \t\n]+/, '') || '1';
  return [norm(parts[0]), norm(parts[1]), norm(parts[2])];
}

function condText(src: SourceText, e: TestExpression): string {
  switch (e.type) {
    case 'TestUnary':
      return `${e.operator} ${renderWord(src, e.operand)}`;
    case 'TestBinary':
      return `${renderWord(src, e.left)} ${e.operator} ${renderWord(src, e.right)}`;
    case 'TestLogical':
      return e.operands.map((o) => condText(src, o)).join(` ${e.operator} `);
    case 'TestNot':
      return (e.negations.length % 2 ? '! ' : '') + condText(src, e.operand);
    case 'TestGroup':
      return `( ${condText(src, e.expression)} )`;
  }
}

const digits = /^[0-9]+$/;

/** One redirection as print_redirection writes it (the default descriptor is left out only where bash does). */
export function convertRedirect(src: SourceText, r: Redirection): Redir {
  const d = r.descriptor;
  const fd = (def: number) => (d?.type === 'FileDescriptorVariable' ? `{${d.name}}` : d ? (d.value === def ? '' : String(d.value)) : '');
  const fdAlways = (def: number) => (d?.type === 'FileDescriptorVariable' ? `{${d.name}}` : String(d ? d.value : def));
  if (r.type === 'HereDoc') {
    const delim = r.delimiter?.quoted ? `'${(r.delimiter.value).replace(/'/g, `'\\''`)}'` : (r.delimiter?.value ?? '');
    let body = r.body.text;
    if (r.operator === '<<-') body = body.replace(/^\t+/gm, '');
    return { text: '', heredoc: { header: `${fd(0)}${r.operator}${delim}`, body: body + (r.delimiter?.value ?? '') } };
  }
  const target = r.target ? renderWord(src, r.target) : '';
  switch (r.operator) {
    case '<':
      return { text: `${fd(0)}< ${target}` };
    case '<<<':
      return { text: `${fd(0)}<<< ${target}` };
    case '>':
    case '>>':
    case '>|':
      return { text: `${fd(1)}${r.operator} ${target}` };
    case '<>':
      // bash defaults `<>` to fd 0 but prints the descriptor unless it is 1.
      return { text: `${d?.type === 'FileDescriptorVariable' ? `{${d.name}}` : (d ? d.value : 0) === 1 ? '' : String(d ? d.value : 0)}<> ${target}` };
    case '&>':
    case '&>>':
      return { text: `${r.operator} ${target}` };
    case '<&':
    case '>&': {
      const def = r.operator === '<&' ? 0 : 1;
      if (target === '-') return { text: `${fdAlways(def)}>&-` };
      if (digits.test(target)) return { text: `${fdAlways(def)}${r.operator}${target}` };
      if (target.endsWith('-')) return { text: `${fdAlways(def)}${r.operator}${target}` };
      return { text: `${fd(def)}${r.operator}${target}` };
    }
  }
}

export type { Word };

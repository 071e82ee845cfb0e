/** Node shapes of a parsed template, mirroring text/template/parse. */
export type Arg = ArgBase & { pos: number };
type ArgBase =
  | { t: 'field'; names: string[]; src: string }
  | { t: 'chain'; node: Arg; names: string[]; src: string }
  | { t: 'var'; name: string; names: string[]; src: string }
  | { t: 'dot'; src: string }
  | { t: 'ident'; name: string; src: string }
  | { t: 'string'; val: string; src: string }
  | { t: 'number'; val: number; isInt: boolean; src: string }
  | { t: 'bool'; val: boolean; src: string }
  | { t: 'nil'; src: string }
  | { t: 'pipe'; pipe: Pipe; src: string };

export interface Cmd { args: Arg[]; pos: number; src: string }
export interface Pipe { decl: string[]; isAssign: boolean; cmds: Cmd[]; pos: number; line: number; src: string }

export type Node =
  | { t: 'text'; text: string }
  | { t: 'action'; pipe: Pipe }
  | { t: 'if' | 'with' | 'range'; pipe: Pipe; list: Node[]; elseList: Node[] | null }
  | { t: 'template'; name: string; pipe: Pipe | null; line: number; pos: number }
  | { t: 'break' | 'continue' };

export interface Template { name: string; root: Node[]; defs: Map<string, Node[]>; src: string }

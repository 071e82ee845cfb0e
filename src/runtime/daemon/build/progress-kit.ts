/**
 * BuildKit's plain progress as the buildx client prints it without a terminal (to stderr):
 * numbered vertices (`#4 [2/3] RUN …`), their logs with the seconds since the vertex started,
 * `CACHED` or `DONE 0.1s`, then `exporting to image`. Metadata-only instructions (ENV, CMD,
 * LABEL...) are no vertices of their own. Times come from the virtual clock.
 */
import { humanSize } from '../cli/format/units.ts';
import type { Instruction } from './parser.ts';
import type { BuildProgress, StepPlace } from './progress.ts';

const VERTEX_STEPS = new Set(['from', 'run', 'copy', 'add', 'workdir']);

interface Vertex {
  name: string;
  start: number;
  logs: string[];
  partial: string;
  cached: boolean;
}

export class KitProgress implements BuildProgress {
  private n = 0;
  private vertex: Vertex | null = null;
  /** The failing vertex, for the error summary. */
  failed: Vertex | null = null;

  constructor(private readonly write: (text: string) => Promise<void>, private readonly now: () => number, private readonly needsContext: boolean) {}

  private num(): number {
    return ++this.n;
  }

  private secs(ms: number): string {
    return (ms / 1000).toFixed(1);
  }

  /** One finished internal vertex (`[internal] load …`). */
  async internal(name: string, detail?: string): Promise<void> {
    const k = this.num();
    await this.write(`#${k} ${name}\n${detail ? `#${k} ${detail}\n` : ''}#${k} DONE 0.0s\n\n`);
  }

  async prelude(dockerfileSize: number, ignoreSize: number, bases: string[]): Promise<void> {
    await this.write('#0 building with "default" instance using docker driver\n\n');
    await this.internal('[internal] load build definition from Dockerfile', `transferring dockerfile: ${humanSize(dockerfileSize, 4)} done`);
    await this.internal('[internal] load .dockerignore', `transferring context: ${humanSize(ignoreSize, 4)} done`);
    for (const base of bases) await this.internal(`[internal] load metadata for ${base}`);
  }

  metaArg(): Promise<void> {
    return Promise.resolve();
  }

  async begin(inst: Instruction, _step: number, _total: number, where: StepPlace): Promise<void> {
    this.vertex = null;
    if (!VERTEX_STEPS.has(inst.cmd)) return;
    const at = where.stages > 1 ? `[${where.stageName ?? `stage-${where.stage}`} ${where.n}/${where.of}]` : `[${where.n}/${where.of}]`;
    const text = inst.cmd === 'from' ? `FROM ${fromName(inst.rest)}` : inst.original.replace(/^\S+/, inst.cmd.toUpperCase());
    if (this.needsContext && (inst.cmd === 'copy' || inst.cmd === 'add') && !inst.flags.has('from') && !inst.heredocs && !this.contextLoaded) {
      this.contextLoaded = true;
      await this.internal('[internal] load build context', `transferring context: ${humanSize(this.contextBytes, 4)} done`);
    }
    this.vertex = { name: `${at} ${text}`, start: this.now(), logs: [], partial: '', cached: false };
  }

  contextLoaded = false;
  contextBytes = 0;

  async end(): Promise<void> {
    const v = this.vertex;
    if (!v) return;
    this.vertex = null;
    const k = this.num();
    if (v.cached) {
      await this.write(`#${k} ${v.name}\n#${k} CACHED\n\n`);
      return;
    }
    if (v.partial) v.logs.push(v.partial);
    await this.write(`#${k} ${v.name}\n${v.logs.map((l) => `#${k} ${l}\n`).join('')}#${k} DONE ${this.secs(this.now() - v.start)}s\n\n`);
  }

  async cached(): Promise<void> {
    if (this.vertex) this.vertex.cached = true;
  }

  running(): Promise<void> {
    return Promise.resolve();
  }

  removed(): Promise<void> {
    return Promise.resolve();
  }

  async output(data: string): Promise<void> {
    const v = this.vertex;
    if (!v) return;
    const t = ((this.now() - v.start) / 1000).toFixed(3);
    const parts = (v.partial + data).split('\n');
    v.partial = parts.pop()!;
    for (const line of parts) v.logs.push(`${t} ${line}`);
  }

  triggers(): Promise<void> {
    return Promise.resolve();
  }

  warn(): Promise<void> {
    return Promise.resolve();
  }

  /** The failing vertex: its logs and `ERROR: …`; returns the summary block buildx prints after. */
  async fail(message: string): Promise<string> {
    const v = this.vertex;
    if (!v) return '';
    this.vertex = null;
    if (v.partial) v.logs.push(v.partial);
    const k = this.num();
    await this.write(`#${k} ${v.name}\n${v.logs.map((l) => `#${k} ${l}\n`).join('')}#${k} ERROR: ${message}\n`);
    return `------\n > ${v.name}:\n${v.logs.map((l) => `${l}\n`).join('')}------\n`;
  }

  async exported(id: string, names: string[]): Promise<void> {
    const k = this.num();
    await this.write(`#${k} exporting to image\n#${k} exporting layers done\n#${k} writing image ${id} done\n${names.map((n) => `#${k} naming to ${n} done\n`).join('')}#${k} DONE 0.0s\n`);
  }
}

/** FROM's image as BuildKit names it: the fully qualified repository, the tag only if written. */
export function fromName(rest: string): string {
  const ref = rest.trim().split(/\s+/)[0]!;
  if (ref === 'scratch') return 'scratch';
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const domain = first && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (domain) return ref;
  return `docker.io/${slash < 0 ? `library/${ref}` : ref}`;
}

/** The Dockerfile lines around an error, as buildx prints them (`   2 | >>> RUN exit 3`). */
export function dockerfileSnippet(name: string, text: string, line: number): string {
  const lines = text.split('\n');
  const from = Math.max(1, line - 4);
  const to = Math.min(lines.length, line + 2);
  let out = `${name}:${line}\n--------------------\n`;
  for (let i = from; i <= to; i++) out += `${String(i).padStart(4)} | ${i === line ? '>>>' : '   '} ${lines[i - 1]}\n`;
  return `${out}--------------------\n`;
}

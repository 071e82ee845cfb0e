// A lab model for driving the TUI without the lesson engine: a real embedded host and shell, two
// exercises whose goals are read from the host's state.
import { engineOf } from '../../../src/runtime/daemon/engine-of.ts';
import { createHost, type Host } from '../../../src/runtime/host.ts';
import { ShellSession, type CommandResult } from '../../../src/runtime/session.ts';
import type { CheckReport, LabModel, Lang, LessonEntry, RunIo } from '../../../src/engine/tui/model.ts';

interface FakeExercise {
  id: string;
  title: string;
  task: string;
  check: (host: Host, lang: Lang) => CheckReport;
  hints: string[];
  solution: string[];
}

const webRunning = (host: Host, lang: Lang): CheckReport => {
  const c = engineOf(host).find('web');
  const running = c?.state.Running === true;
  const label = lang === 'zh-CN' ? '容器 web 正在运行' : 'container web is running';
  const detail = c ? 'container web exists but is not running' : 'there is no container named web';
  return { done: running, items: [{ ok: running, label, ...(running ? {} : { detail }) }] };
};
const fileThere = (host: Host): CheckReport => {
  const ok = host.vfs().exists('/root/hello.txt');
  return { done: ok, items: [{ ok, label: 'file ~/hello.txt exists', ...(ok ? {} : { detail: 'no file ~/hello.txt' }) }] };
};

export const FAKE_EXERCISES: FakeExercise[] = [
  { id: 'e1', title: 'Run web', task: 'Start a container named **web** from busybox that keeps running.', check: webRunning, hints: ['Use docker run -d', 'docker run -d --name web busybox sleep 1000'], solution: ['docker run -d --name web busybox sleep 1000'] },
  { id: 'e2', title: 'A file', task: 'Create `~/hello.txt`.', check: fileThere, hints: ['touch'], solution: ['touch ~/hello.txt'] },
];

export class FakeLab implements LabModel {
  host!: Host;
  session!: ShellSession;
  index = 0;
  lang: Lang = 'en';
  hintAt = 0;
  runs: string[] = [];
  private io: RunIo = {};
  private snapshots: string[] = [];
  readonly lesson = { id: '99-fake', title: { en: 'Fake lesson', 'zh-CN': '假课程' }, exercises: FAKE_EXERCISES.map((e) => ({ id: e.id, title: e.title, quiz: [] })) };

  constructor() {
    this.fresh();
  }

  private fresh(): void {
    this.host = createHost({ seed: 1 });
    this.session = new ShellSession(this.host, {
      interactive: true, tty: true, lang: 'C.UTF-8',
      sink: { out: (s) => this.io.sink?.out(s), err: (s) => this.io.sink?.err(s) },
      liveInput: () => this.io.liveInput?.() ?? Promise.resolve(null),
    });
  }

  lessons(): LessonEntry[] {
    return [{ id: '99-fake', title: 'Fake lesson', exercises: 2, done: this.index }, { id: '98-other', title: '另一课', exercises: 1, done: 0 }];
  }
  async start(): Promise<void> {
    this.index = 0;
    this.fresh();
  }
  lessonText(): string {
    return this.lang === 'zh-CN' ? '# 容器\n\n容器是进程。\n' : '# Containers\n\nA container is a process.\n\n```\ndocker run -d nginx\n```\n';
  }
  taskText(): string {
    return FAKE_EXERCISES[this.index]!.task;
  }
  async run(line: string, io: RunIo = {}): Promise<{ result: CommandResult; report: CheckReport }> {
    this.runs.push(line);
    this.io = io;
    const result = await this.session.run(line);
    this.io = {};
    return { result, report: await this.check() };
  }
  async check(): Promise<CheckReport> {
    return FAKE_EXERCISES[this.index]!.check(this.host, this.lang);
  }
  hint(): string | null {
    return FAKE_EXERCISES[this.index]!.hints[this.hintAt++] ?? null;
  }
  solution(): string[] {
    return FAKE_EXERCISES[this.index]!.solution;
  }
  async next(): Promise<void> {
    this.index = Math.min(this.index + 1, FAKE_EXERCISES.length - 1);
    this.hintAt = 0;
  }
  async prev(): Promise<void> {
    this.index = Math.max(0, this.index - 1);
  }
  async goto(i: number): Promise<void> {
    this.index = i;
  }
  async resetExercise(): Promise<void> {
    this.fresh();
  }
  async undo(): Promise<boolean> {
    return this.snapshots.pop() !== undefined;
  }
  setLang(l: Lang): void {
    this.lang = l;
  }
  summary() {
    return { containers: engineOf(this.host).list().map((c) => `${c.name} (${c.state.Running ? 'running' : 'stopped'})`), images: engineOf(this.host).images.all().flatMap((i) => i.repoTags), volumes: [], networks: ['bridge', 'host', 'none'] };
  }
  interrupt(): void {
    this.session.interrupt();
  }
}

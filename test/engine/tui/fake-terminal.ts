// A terminal for driving the TUI in tests: keys written to `input`, the screen read from blessed.
import { PassThrough } from 'node:stream';
import { LabTui } from '../../../src/engine/tui/app.ts';
import type { LabModel, Lang } from '../../../src/engine/tui/model.ts';

export interface FakeTerminal {
  tui: LabTui;
  input: PassThrough;
  output: PassThrough & { columns: number; rows: number };
  /** Types text (keys as a terminal sends them) and waits for the TUI to settle. */
  type(keys: string): Promise<void>;
  screen(): string;
  resize(columns: number, rows: number): void;
}

export const KEYS = { enter: '\r', tab: '\t', up: '\x1b[A', down: '\x1b[B', left: '\x1b[D', right: '\x1b[C', f1: '\x1bOP', f2: '\x1bOQ', f3: '\x1bOR', f4: '\x1bOS', f6: '\x1b[17~', f7: '\x1b[18~', f8: '\x1b[19~', f9: '\x1b[20~', f10: '\x1b[21~', esc: '\x1b', ctrl: (c: string) => String.fromCharCode(c.charCodeAt(0) & 0x1f) };

export async function openTui(model: LabModel, opts: { columns?: number; rows?: number; lang?: Lang; terminal?: string } = {}): Promise<FakeTerminal> {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { columns: opts.columns ?? 80, rows: opts.rows ?? 24, isTTY: true });
  output.resume(); // nobody reads the escape codes; the screen is read from blessed's cells
  const tui = new LabTui(model, {
    input, output, terminal: opts.terminal ?? 'xterm-256color', lang: opts.lang ?? 'en', advanceDelayMs: 0,
    markdown: (md) => md,
  });
  await tui.start();
  await tui.settled();
  const settle = async () => {
    // Keys are parsed on the input's data events: let them through, then wait for the work they started.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      await tui.settled();
    }
  };
  return {
    tui, input, output,
    async type(keys: string) {
      // One write per key, as a terminal delivers a typist's keys (an escape sequence is one key).
      for (const k of splitKeys(keys)) {
        input.write(k);
        await new Promise((r) => setImmediate(r));
      }
      await settle();
    },
    screen: () => tui.screenText(),
    resize(columns: number, rows: number) {
      output.columns = columns;
      output.rows = rows;
      output.emit('resize');
    },
  };
}

function splitKeys(s: string): string[] {
  return s.match(/\x1b(\[<?[0-9;]*[~A-Za-z]|O[A-Z])|\x1b|[\s\S]/gu) ?? [];
}

// Starts the TUI on the process's terminal and gives the terminal back on every way out: quit,
// a crash (uncaught error), SIGTERM/SIGHUP. blessed's destroy() leaves the alternate screen, shows
// the cursor and ends raw mode and mouse reporting.
import { LabTui, type TuiOptions } from './app.ts';
import { messages } from './messages.ts';
import type { LabModel } from './model.ts';

export async function runTui(model: LabModel, options: TuiOptions): Promise<number> {
  const tui = new LabTui(model, options);
  const crash = (e: unknown) => {
    tui.quit(70);
    process.stderr.write(`lab: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(70);
  };
  const signal = (sig: NodeJS.Signals) => () => {
    tui.quit(128 + (sig === 'SIGTERM' ? 15 : 1));
  };
  const onTerm = signal('SIGTERM');
  const onHup = signal('SIGHUP');
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.on('SIGTERM', onTerm);
  process.on('SIGHUP', onHup);
  // A closed terminal makes reads fail (EIO): leave as on SIGHUP rather than crash.
  options.input.on('error', onHup);
  try {
    await tui.start();
    const code = await tui.exited;
    if (code === 0) process.stdout.write(`${messages(tui.lang).goodbye}\n`);
    return code;
  } catch (e) {
    tui.quit(70);
    throw e;
  } finally {
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
    process.off('SIGTERM', onTerm);
    process.off('SIGHUP', onHup);
    options.input.off('error', onHup);
  }
}

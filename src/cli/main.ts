import { Command, CommanderError, Option } from 'commander';
import { clearState, stateFile } from './state-store.ts';
import { runExec, UsageError } from './exec.ts';
import * as path from 'node:path';
import { registerLessonCommands } from '../engine/commands/register.ts';

const program = new Command();
program.name('lab').description('container-lab: learn containers on an embedded Linux host and Docker engine').exitOverride();

program
  .command('exec')
  .description('run command lines on the workspace\'s host (one JSON object per command with --json)')
  .argument('[file]', 'file of command lines, or - for standard input')
  .option('--json', 'print {"cmd","stdout","stderr","exit"} per command')
  .option('--workdir <dir>', 'the workspace directory (default: current directory)')
  .option('--fresh', 'start from a clean host instead of the saved one')
  .option('--seed <n>', 'seed for generated ids')
  .action(async (file: string | undefined, opts) => {
    process.exitCode = await runExec(file, opts);
  });

program
  .command('reset')
  .description('forget the saved host of a workspace; with --exercise, --lesson or --all: your lesson progress')
  .option('--workdir <dir>', 'the workspace directory (default: current directory)')
  .option('--exercise', 'put the current exercise back to its setup')
  .option('--lesson [id]', 'forget a lesson\'s progress and state (default: the current lesson)')
  .option('--all', 'forget all progress and saved lab states')
  .option('--lessons <dir>', 'the lessons folder (default: the one shipped with the lab)')
  .action(async (opts: { workdir?: string; exercise?: boolean; lesson?: boolean | string; all?: boolean; lessons?: string }) => {
    const { resetScope, runLessonReset } = await import('../engine/commands/reset.ts');
    const scope = resetScope(opts);
    if (scope) {
      process.exitCode = await runLessonReset(scope, { lesson: typeof opts.lesson === 'string' ? opts.lesson : undefined, lessons: opts.lessons });
      return;
    }
    clearState(stateFile(path.resolve(opts.workdir ?? process.cwd())));
    process.stdout.write('lab: the workspace\'s host was reset; the next command starts on a fresh host\n');
  });

registerLessonCommands(program);

program
  .command('shell')
  .description('an interactive shell on the embedded host')
  .option('--workdir <dir>', 'the workspace directory (default: current directory)')
  .action(async (opts: { workdir?: string }) => {
    const { runRepl } = await import('./repl.ts');
    process.exitCode = await runRepl(opts.workdir ?? process.cwd());
  });

program
  .command('start')
  .description('start the lab: a lesson beside a terminal on the embedded host, the goals checked after each command')
  .argument('[lesson]', 'the lesson, e.g. 07 or 07-containers (default: where you left off)')
  .option('--plain', 'a plain line-by-line terminal instead of the full-screen UI (automatic when not on a terminal)')
  .option('--lang <lang>', 'en or zh-CN')
  .option('--lessons <dir>', 'the lessons folder (default: the one shipped with the lab)')
  .addOption(new Option('--measure-startup', 'quit after the first frame and print its time').hideHelp())
  .action(async (lesson: string | undefined, opts: { plain?: boolean; lang?: string; lessons?: string; measureStartup?: boolean }) => {
    const { runStart } = await import('../engine/tui/start-command.ts');
    process.exitCode = await runStart(lesson, opts);
  });

/** Errors the lesson engine raises for the student to read (no stack: they are not bugs). */
const STUDENT_ERRORS = new Set(['LabError', 'StudentError', 'NotBuiltError', 'SetupError']);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode;
  else if (e instanceof UsageError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 2;
  } else if (e instanceof Error && STUDENT_ERRORS.has(e.name)) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`lab: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}

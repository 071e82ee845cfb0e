/**
 * Golden transcripts: the text format written by `/work/shared/tools/golden-record.sh` and
 * `test/fixtures/bash/record.sh` (see `test/golden/docker/README.md`, "Transcript format").
 *
 * All strings are byte strings (one JS char per byte): read files with 'latin1' so that
 * non-ASCII output compares byte for byte with what the model writes.
 */

export interface Block {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export interface Transcript {
  /** The `#` lines, in order (in practice all of them precede the first block). */
  comments: string[];
  blocks: Block[];
}

export interface CaseFile {
  comments: string[];
  commands: string[];
}

export const NO_NEWLINE_STDOUT = '\\ No newline at end of stdout';
export const NO_NEWLINE_STDERR = '\\ No newline at end of stderr';
const EXIT_LINE = /^\[exit (\d+)\]$/;

export class TranscriptError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Lines of a file; a final newline does not start another (empty) line. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Joins captured lines back into a stream; `open` means the stream lacked a final newline. */
function joinStream(lines: string[], open: boolean): string {
  return lines.length === 0 ? '' : lines.join('\n') + (open ? '' : '\n');
}

/**
 * Splits a block body (the lines between `$ cmd` and `[exit N]`) into stdout and stderr.
 * Stderr is the trailing run of `! ` lines (plus its marker); everything before it is stdout.
 */
function splitBody(body: string[], firstLine: number): { stdout: string; stderr: string } {
  let end = body.length;
  const errOpen = end > 0 && body[end - 1] === NO_NEWLINE_STDERR;
  if (errOpen) end--;
  let start = end;
  while (start > 0 && body[start - 1]!.startsWith('! ')) start--;
  if (errOpen && start === end) throw new TranscriptError('no-newline marker for an empty stderr', firstLine + end);
  const errLines = body.slice(start, end).map((l) => l.slice(2));

  let outEnd = start;
  const outOpen = outEnd > 0 && body[outEnd - 1] === NO_NEWLINE_STDOUT;
  if (outOpen) outEnd--;
  const outLines = body.slice(0, outEnd);
  if (outOpen && outLines.length === 0) throw new TranscriptError('no-newline marker for an empty stdout', firstLine + outEnd);
  return { stdout: joinStream(outLines, outOpen), stderr: joinStream(errLines, errOpen) };
}

export function parseTranscript(text: string): Transcript {
  const lines = splitLines(text);
  const comments: string[] = [];
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      comments.push(line);
      i++;
      continue;
    }
    if (!line.startsWith('$ ')) throw new TranscriptError(`expected "$ <command>" or a "#" comment, got ${JSON.stringify(line)}`, i + 1);
    const cmd = line.slice(2);
    const bodyStart = i + 1;
    let j = bodyStart;
    let m: RegExpExecArray | null = null;
    while (j < lines.length && !(m = EXIT_LINE.exec(lines[j]!))) j++;
    if (!m) throw new TranscriptError(`block "${cmd}" has no [exit N] line`, i + 1);
    const { stdout, stderr } = splitBody(lines.slice(bodyStart, j), bodyStart + 1);
    blocks.push({ cmd, stdout, stderr, exit: Number(m[1]) });
    i = j + 1;
  }
  return { comments, blocks };
}

function formatStream(data: string, prefix: string, marker: string): string {
  if (data === '') return '';
  const open = !data.endsWith('\n');
  const lines = splitLines(data);
  return lines.map((l) => prefix + l + '\n').join('') + (open ? marker + '\n' : '');
}

/** One block in transcript form (also handy to show a mismatch). */
export function formatBlock(b: Block): string {
  return (
    `$ ${b.cmd}\n` +
    formatStream(b.stdout, '', NO_NEWLINE_STDOUT) +
    formatStream(b.stderr, '! ', NO_NEWLINE_STDERR) +
    `[exit ${b.exit}]\n`
  );
}

/** The transcript text; comments are written first, as the recorders do for our cases. */
export function formatTranscript(t: Transcript): string {
  return t.comments.map((c) => c + '\n').join('') + t.blocks.map(formatBlock).join('');
}

/**
 * A `.case` file as the recorders read it: lines that are empty or only whitespace are
 * skipped, lines starting with `#` are comments, every other line is one command.
 */
export function parseCase(text: string): CaseFile {
  const comments: string[] = [];
  const commands: string[] = [];
  for (const line of splitLines(text)) {
    if (/^[ \t\n\v\f\r]*$/.test(line)) continue;
    if (line.startsWith('#')) comments.push(line);
    else commands.push(line);
  }
  return { comments, commands };
}

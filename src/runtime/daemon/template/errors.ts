/** Parse and execution errors of Go's text/template; `message` is Go's Error() text. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Go formats parse errors as `template: NAME:LINE: msg`; Docker's templates are unnamed. */
export function parseError(line: number, msg: string, name = ''): TemplateError {
  return new TemplateError(`template: ${name}:${line}: ${msg}`);
}

/** Execution errors carry `NAME:LINE:COL: executing "NAME" at <NODE>: msg`. */
export function execError(line: number, col: number, node: string, msg: string, name = ''): TemplateError {
  return new TemplateError(`template: ${name}:${line}:${col}: executing "${name}" at <${node}>: ${msg}`);
}

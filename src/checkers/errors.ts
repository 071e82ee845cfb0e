/**
 * A lesson's check item that cannot be compiled. `path` points into the YAML (`check[2].container.state`),
 * `reason` is the message without it; `message` is both (`check[2].container.state: expected one of ...`).
 */
export class CheckSyntaxError extends Error {
  readonly reason: string;

  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'CheckSyntaxError';
    this.reason = message;
  }
}

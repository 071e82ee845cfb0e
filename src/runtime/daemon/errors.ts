/** An error the engine returns over its API; the CLI prints `Error response from daemon: <message>`. */
export class DaemonError extends Error {
  constructor(
    message: string,
    /** The HTTP status the engine would answer with (404 not found, 409 conflict, 400 bad request...). */
    readonly status = 500,
    /** For start failures: the exit code `docker run` reports (126/127 from runc, else 125). */
    readonly exitCode = 125,
  ) {
    super(message);
  }
}

export const noSuchContainer = (ref: string) => new DaemonError(`No such container: ${ref}`, 404);

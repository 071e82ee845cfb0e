/** A client-side error of run/create (printed as `docker: <msg>` + the run hint, exit 125). */
export class ClientError extends Error {}

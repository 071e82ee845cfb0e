/**
 * A Go struct with methods (Docker's formatter contexts): fields are its capitalised methods, a
 * missing one is an error (not `<no value>` as for maps), and `json` marshals `toJSON()`.
 */
export abstract class GoStruct {
  abstract readonly goType: string;
  abstract toJSON(): unknown;
  /** The CLI's formatter contexts marshal themselves with json.Marshal, which escapes <, > and &
   * (`"\u003cnone\u003e"`) even though the template's `json` turns HTML escaping off. */
  get escapesHtml(): boolean {
    return false;
  }
  /** fmt's %v of the value (typed inspect structs print `{a b}`, nil pointers `<nil>`). */
  goString(): string {
    return String(this);
  }
  /** A nil pointer is false in `if`/`with`. */
  get isNil(): boolean {
    return false;
  }
}

/** A nil Go slice: prints `[]` like an empty one but marshals to `null`. */
export class NilSlice extends Array<unknown> {}

/** A nil Go map: prints `map[]` but marshals to `null`. */
export class NilMap {}

/** A typed map[string]string: `index` of a missing key gives "" (the element's zero value), not `<no value>`. */
export class StringMap {}

/** Go's fmt %v rendering of JSON-decoded values. */
export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoStruct);
}

export function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Formats a float64 like Go's %v (strconv 'g' with shortest repr, exponent when < 1e-4 or >= 1e21). */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e21)) {
    const [m, e] = n.toExponential().split('e') as [string, string];
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

/** %v of a value; nil at top level prints `<nil>` (the executor prints `<no value>` for missing keys). */
export function formatValue(v: unknown, top = true): string {
  if (v === null || v === undefined) return top ? '<nil>' : '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof GoStruct) return v.goString();
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x, false)).join(' ')}]`;
  if (isMap(v)) return `map[${sortedKeys(v).map((k) => `${k}:${formatValue(v[k], false)}`).join(' ')}]`;
  return String(v);
}

/**
 * Go's json encoding: compact; Docker turns HTML escaping off. Object keys keep their insertion order
 * because the daemon model builds Go structs as objects in field order (Go maps must arrive sorted).
 */
export function goJson(v: unknown, html = false): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof GoStruct) return goJson(v.toJSON(), html || v.escapesHtml);
  if (v instanceof NilSlice || v instanceof NilMap) return 'null';
  if (v instanceof StringMap) return goJson({ ...v }, html);
  if (typeof v === 'string') return jsonString(v, html);
  if (typeof v === 'number') return jsonNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => goJson(x, html)).join(',')}]`;
  if (isMap(v)) return `{${Object.keys(v).map((k) => `${jsonString(k, html)}:${goJson(v[k], html)}`).join(',')}}`;
  return 'null';
}

function jsonNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    let s = n.toExponential();
    s = s.replace(/e([+-])(\d)$/, 'e$10$2');
    return s;
  }
  return String(n);
}

/**
 * A Go JSON string from a byte string: decoded as UTF-8 (so U+2028/U+2029 are escaped as Go does),
 * control characters as \uXXXX, and <, >, & too when `html` escaping is on.
 */
export function jsonString(s: string, html: boolean): string {
  let out = '"';
  for (const ch of Buffer.from(s, 'latin1').toString('utf8')) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (html && (ch === '<' || ch === '>' || ch === '&')) || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return Buffer.from(`${out}"`, 'utf8').toString('latin1');
}

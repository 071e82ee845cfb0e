/**
 * JSON decoding with Go's encoding/json error texts (json.Decoder.Decode), for the messages
 * dockerd prints about a bad daemon.json: `invalid character '}' looking for beginning of object
 * key string`, `unexpected EOF`... Only the first value is read, as a Decoder does.
 */
export class GoJsonError extends Error {}

/** Go's quoteChar: `'x'`, `'\''`, `'"'`, `'\n'`, `'\x01'`. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const esc: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\x07': '\\a', '\x0b': '\\v', '\\': '\\\\' };
  if (esc[c]) return `'${esc[c]}'`;
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `'\\x${code.toString(16).padStart(2, '0')}'`;
  return `'${c}'`;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(context: string): never {
    if (this.i >= this.s.length) throw new GoJsonError('unexpected EOF');
    throw new GoJsonError(`invalid character ${quoteChar(this.s[this.i]!)} ${context}`);
  }

  ws(): void {
    while (this.i < this.s.length && ' \t\r\n'.includes(this.s[this.i]!)) this.i++;
  }

  value(): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (c === word[0]) {
        this.i++;
        for (const ch of word.slice(1)) {
          if (this.s[this.i] !== ch) this.fail(`in literal ${word} (expecting ${quoteChar(ch)})`);
          this.i++;
        }
        return v;
      }
    }
    return this.fail('looking for beginning of value');
  }

  object(): Record<string, unknown> {
    this.i++;
    const out: Record<string, unknown> = {};
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('looking for beginning of object key string');
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('after object key');
      this.i++;
      out[key] = this.value();
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      this.fail('after object key:value pair');
    }
  }

  array(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      this.fail('after array element');
    }
  }

  string(): string {
    this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('');
      if (c === '"') {
        this.i++;
        return Buffer.from(out, 'latin1').toString('utf8');
      }
      if (c < ' ') this.fail('in string literal');
      if (c === '\\') {
        this.i++;
        const e = this.s[this.i];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) out += simple[e];
        else if (e === 'u') {
          let hex = '';
          for (let k = 0; k < 4; k++) {
            this.i++;
            if (!/[0-9a-fA-F]/.test(this.s[this.i] ?? '')) this.fail('in \\u hexadecimal character escape');
            hex += this.s[this.i];
          }
          out += Buffer.from(String.fromCharCode(parseInt(hex, 16)), 'utf8').toString('latin1');
        } else this.fail('in string escape code');
        this.i++;
        continue;
      }
      out += c;
      this.i++;
    }
  }

  number(): number {
    const start = this.i;
    const digit = () => this.s[this.i] !== undefined && this.s[this.i]! >= '0' && this.s[this.i]! <= '9';
    if (this.s[this.i] === '-') {
      this.i++;
      if (!digit()) this.fail('in numeric literal');
    }
    if (this.s[this.i] === '0') this.i++;
    else while (digit()) this.i++;
    if (this.s[this.i] === '.') {
      this.i++;
      if (!digit()) this.fail('after decimal point in numeric literal');
      while (digit()) this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (!digit()) this.fail('in exponent of numeric literal');
      while (digit()) this.i++;
    }
    return Number(this.s.slice(start, this.i));
  }
}

/** Decodes the first JSON value of `text`; throws GoJsonError with Go's message. */
export function goDecode(text: string): unknown {
  const p = new Parser(text);
  p.ws();
  if (p.i >= text.length) throw new GoJsonError('EOF');
  return p.value();
}

/** Go's name for a JSON value's kind in UnmarshalTypeError (`string`, `number`, `array`...). */
export function goKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

import { describe, expect, it } from 'vitest';
import { execute, parseTemplate, TemplateError } from '../../../../src/runtime/daemon/template/index.ts';

// Expected outputs were produced by Go 1.19 text/template with Docker CLI's basicFunctions on the same
// JSON-decoded data (cases whose result depends on Go's float64-vs-int typing are excluded).
const DATA = JSON.parse(
  '{"S":{"Status":"running","Code":0,"OOM":false},"L":{"a":"1","b":"2"},"E":["A=1","B=<x>"],"N":null,"F":1.5,' +
    '"Name":"/c1","Nested":{"z":[1,"a",null,{"q":true}]},"Nets":{"br":{"IP":"172.17.0.2"},"al":{"IP":"10.0.0.2"}},"Empty":[]}',
);

const CASES: [string, string | null, string | null][] = [
  ["{{.S.Status}} {{.S.Code}} {{.S.OOM}}", "running 0 false", null],
  ["{{.L}} {{.E}} {{.N}} {{.Foo}} {{.F}} {{.Nested}}", "map[a:1 b:2] [A=1 B=<x>] <no value> <no value> 1.5 map[z:[1 a <nil> map[q:true]]]", null],
  ["{{range $k, $v := .Nets}}{{$k}} {{$v.IP}};{{end}}", "al 10.0.0.2;br 172.17.0.2;", null],
  ["{{.Foo.Bar}}", "<no value>", null],
  ["{{.N.Bar}}", null, "template: :1:4: executing \"\" at <.N.Bar>: nil pointer evaluating interface {}.Bar"],
  ["{{.Name.X}}", null, "template: :1:7: executing \"\" at <.Name.X>: can't evaluate field X in type interface {}"],
  ["{{with .Name}}{{.X}}{{end}}", null, "template: :1:16: executing \"\" at <.X>: can't evaluate field X in type string"],
  ["{{range .E}}{{.X}}{{end}}", null, "template: :1:14: executing \"\" at <.X>: can't evaluate field X in type interface {}"],
  ["{{.Foo}", null, "template: :1: bad character U+007D '}'"],
  ["{{.Names", null, "template: :1: unclosed action"],
  ["{{if}}{{end}}", null, "template: :1: missing value for if"],
  ["{{end}}", null, "template: :1: unexpected {{end}}"],
  ["{{else}}", null, "template: :1: unexpected {{else}}"],
  ["{{nofn 1}}", null, "template: :1: function \"nofn\" not defined"],
  ["{{$y}}", null, "template: :1: undefined variable \"$y\""],
  ["{{}}", null, "template: :1: missing value for command"],
  ["{{eq \"a\" 1}}", null, "template: :1:2: executing \"\" at <eq \"a\" 1>: error calling eq: incompatible types for comparison"],
  ["{{lt true false}}", null, "template: :1:2: executing \"\" at <lt true false>: error calling lt: invalid type for comparison"],
  ["{{lt .L .L}}", null, "template: :1:2: executing \"\" at <lt .L .L>: error calling lt: invalid type for comparison"],
  ["{{eq .L .L}}", null, "template: :1:2: executing \"\" at <eq .L .L>: error calling eq: non-comparable type map[a:1 b:2]: map[string]interface {}"],
  ["{{index .E 5}}", null, "template: :1:2: executing \"\" at <index .E 5>: error calling index: index out of range: 5"],
  ["{{index .L \"zz\"}}|{{index .L \"a\"}}", "<no value>|1", null],
  ["{{index .N 1}}", null, "template: :1:2: executing \"\" at <index .N 1>: error calling index: index of untyped nil"],
  ["{{define \"t\"}}T{{.}}{{end}}{{template \"t\" \"x\"}}{{template \"u\"}}", null, "template: :1:58: executing \"\" at <{{template \"u\"}}>: template \"u\" not defined"],
  ["{{block \"b\" .Name}}[{{.}}]{{end}}", "[/c1]", null],
  ["{{range $i, $e := .E}}{{if $i}},{{end}}{{$e}}{{end}}", "A=1,B=<x>", null],
  ["{{.Name | printf \"%q %v %5s|%-4s|%d\"}}", "\"/c1\" %!v(MISSING) %!s(MISSING)|%!s(MISSING)|%!d(MISSING)", null],
  ["{{printf \"%s %d\" 1 \"a\"}}", "%!s(int=1) %!d(string=a)", null],
  ["{{printf \"%d\"}} {{printf \"x\" 1}}", "%!d(MISSING) x%!(EXTRA int=1)", null],
  ["{{and 1 0}} {{or 0 \"x\"}} {{not 1}} {{and}}", null, "template: :1:37: executing \"\" at <and>: wrong number of args for and: want at least 1 got 0"],
  ["{{if .A}}", null, "template: :1: unexpected EOF"],
  ["{{range .E}}{{if eq . \"A=1\"}}{{continue}}{{end}}{{.}}{{break}}{{end}}", "B=<x>", null],
  ["{{- \" a \" -}}   {{ \"b\" }}  {{- /* c */ -}}  x", " a bx", null],
  ["{{/* unclosed", null, "template: :1: unclosed comment"],
  ["{{print 1 2 \"a\" 3 \"b\"}}{{println 1 \"a\" 2}}", "1 2a3b1 a 2\n", null],
  ["{{pad \"x\" 2 1}}|{{pad \"\" 2 1}}|{{truncate \"abcdef\" 3}}|{{truncate \"ab\" 3}}", "  x ||abc|ab", null],
  ["{{join .L \",\"}}", null, "template: :1:7: executing \"\" at <.L>: wrong type for value; expected []string; got map[string]interface {}"],
  ["{{upper 1}}", null, "template: :1:8: executing \"\" at <1>: expected string; found 1"],
  ["{{.Name 1}}", null, "template: :1:2: executing \"\" at <.Name>: Name is not a method but has arguments"],
  ["{{1 2}}", null, "template: :1:2: executing \"\" at <1>: can't give argument to non-function 1"],
  ["{{\"a\" | len}}", "1", null],
  ["{{$x := 1}}{{if true}}{{$x = 2}}{{$y := 3}}{{end}}{{$x}}", "2", null],
  ["{{range .E}}{{$}}{{end}}", "map[E:[A=1 B=<x>] Empty:[] F:1.5 L:map[a:1 b:2] N:<nil> Name:/c1 Nested:map[z:[1 a <nil> map[q:true]]] Nets:map[al:map[IP:10.0.0.2] br:map[IP:172.17.0.2]] S:map[Code:0 OOM:false Status:running]]map[E:[A=1 B=<x>] Empty:[] F:1.5 L:map[a:1 b:2] N:<nil> Name:/c1 Nested:map[z:[1 a <nil> map[q:true]]] Nets:map[al:map[IP:10.0.0.2] br:map[IP:172.17.0.2]] S:map[Code:0 OOM:false Status:running]]", null],
  ["{{range .Empty}}x{{else}}empty{{end}}{{with .Empty}}y{{else}}noempty{{end}}", "emptynoempty", null],
  ["{{if .Foo}}a{{else if .Name}}b{{else}}c{{end}}", "b", null],
  ["{{index .E 0 1}}", "61", null],
  ["{{\"\\t\\x41\\u00e9\" | printf \"%q\"}}", "\"\\tAé\"", null],
  ["{{ 0x10 }} {{ 1e3 }} {{ -2 }} {{ 'a' }} {{ 1.0 }} {{ 0.00001 }} {{ 1e21 }}", "16 1000 -2 97 1 1e-05 1e+21", null],
  ["{{.Name}}{{.Name}", null, "template: :1: bad character U+007D '}'"],
  ["{{(.S).Status}} {{(index .Nets \"br\").IP}}", "running 172.17.0.2", null],
  ["{{printf \"%v\" .L}} {{printf \"%s\" .E}} {{printf \"%5.1f|%x|%X|%t|%T\" 3.14159 255 \"hi\" true .L}}", "map[a:1 b:2] [A=1 B=<x>]   3.1|ff|6869|true|map[string]interface {}", null],
  ["{{.A !}}", null, "template: :1: unexpected \"!\" in operand"],
  ["{{ } }}", null, "template: :1: unexpected \"}\" in command"],
  ["{{.A}", null, "template: :1: bad character U+007D '}'"],
  ["{{1 +}}", null, "template: :1: illegal number syntax: \"+\""],
  ["{{.S.Status | }}", "running", null],
  ["{{(.A}}", null, "template: :1: unclosed left paren"],
  ["{{.A)}}", null, "template: :1: unexpected \")\" in command"],
  ["{{if .A}}x{{else}}y{{else}}z{{end}}", null, "template: :1: expected end; found {{else}}"],
  ["{{range $a, $b, $c := .}}{{end}}", null, "template: :1: too many declarations in range"],
  ["{{$x := }}", null, "template: :1: missing value for command"],
  ["{{template 1}}", null, "template: :1: unexpected \"1\" in template clause"],
  ["{{\"abc}}", null, "template: :1: unterminated quoted string"],
  ["{{.A.}}", null, "template: :1: unexpected <.> in operand"],
  ["{{ .S .B }}", null, "template: :1:3: executing \"\" at <.S>: S is not a method but has arguments"],
  ["{{with $x := 1}}{{$x}}{{end}}{{$x}}", null, "template: :1: undefined variable \"$x\""],
  ["{{\"x\" | \"y\"}}", null, "template: :1: non executable command in pipeline stage 2"],
];

function run(tpl: string, data: unknown = DATA): string {
  try {
    return execute(parseTemplate(tpl), data);
  } catch (e) {
    if (e instanceof TemplateError) return 'ERR ' + e.message;
    throw e;
  }
}

describe('text/template against Go', () => {
  for (const [tpl, out, err] of CASES) {
    it(tpl, () => {
      expect(run(tpl)).toBe(err === null ? out : 'ERR ' + err);
    });
  }
});

const DATA2 = { E: ['a', 'b'], M: { k: 'v' } };
const CASES2: [string, string | null, string | null][] = [
  ["{{range .E}}{{break}}{{end}}{{break}}",null,"template: :1: {{break}} outside {{range}}"],
  ["{{range $i := .E}}{{$i}}{{end}}","ab",null],
  ["{{printf \"%v|%s|%d|%T\" .M nil nil nil}}","map[k:v]|%!s(<nil>)|%!d(<nil>)|<nil>",null],
  ["{{print nil}}|{{index .M \"x\" | print}}","<nil>|<nil>",null],
  ["{{len .M}} {{index .E 1}} {{eq nil nil}}","1 b true",null],
  ["{{with $x := .E}}{{$x}}{{end}}","[a b]",null],
  ["{{\"a\"}}","a",null],
  ["{{.Q.R.S}}","<no value>",null],
  ["{{.E | len | printf \"%d\"}}","2",null],
  ["{{ .E -}}\n  x","[a b]x",null],
  ["{{html \"<a>\"}} {{urlquery \"a b&\"}} {{js \"a'b<\\\"\\\\\"}}","&lt;a&gt; a+b%26 a\\'b\\u003C\\\"\\\\",null],
  ["{{range .E}}{{if eq . \"a\"}}{{continue}}{{end}}[{{.}}]{{end}}","[b]",null],
  ["{{range $i, $v := .M}}{{$i}}={{$v}}{{else}}none{{end}}","k=v",null],
  ["{{$}}","map[E:[a b] M:map[k:v]]",null],
  ["{{.M.k | upper | printf \"%s!\"}}","V!",null],
  ["{{if and .E (not .Missing)}}yes{{end}}","yes",null],
  ["{{printf \"%5d|%-5s|%05d\" 42 \"ab\" 7}}","   42|ab   |00007",null],
  ["{{index \"abc\" 1}}","98",null],
  ["{{(printf \"%s\" \"x\")}}","x",null],
];

describe('text/template against Go (second data set)', () => {
  for (const [tpl, out, err] of CASES2) {
    it(JSON.stringify(tpl), () => {
      expect(run(tpl, DATA2)).toBe(err === null ? out : 'ERR ' + err);
    });
  }
});

describe('docker specifics', () => {
  it('json keeps object field order and does not HTML-escape', () => {
    expect(run('{{json .}}', { Hostname: 'h', Env: ['a<b>&'], Labels: {}, Volumes: null })).toBe(
      '{"Hostname":"h","Env":["a<b>&"],"Labels":{},"Volumes":null}',
    );
  });
  it('missingkey=error as used by docker inspect raw fallback', () => {
    expect(() => execute(parseTemplate('{{.Foo}}'), {}, { missingKey: 'error' })).toThrow(
      'template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"',
    );
  });
  it('rootType names the root in field errors', () => {
    expect(() => execute(parseTemplate('{{.Bogus}}'), 'x', { rootType: '*formatter.ContainerContext' })).toThrow(
      'template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type *formatter.ContainerContext',
    );
  });
  it('unclosed action', () => {
    expect(run('{{.Names')).toBe('ERR template: :1: unclosed action');
  });
  it('golden: range over networks map', () => {
    const d = { NetworkSettings: { Networks: { appnet: { IPAddress: '172.28.0.2', IPPrefixLen: 16, Gateway: '172.28.0.1' } } } };
    expect(run('{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}}/{{$v.IPPrefixLen}} gw={{$v.Gateway}} {{end}}', d)).toBe(
      'appnet=172.28.0.2/16 gw=172.28.0.1 ',
    );
  });
  it('golden: println in range', () => {
    expect(run('{{range .Config.Env}}{{println .}}{{end}}', { Config: { Env: ['A=1'] } })).toBe('A=1\n');
  });
});

describe('newer Go additions', () => {
  it('else with chains (Go 1.23)', () => {
    expect(run('{{with .Missing}}a{{else with .M}}{{.k}}{{end}}', { M: { k: 'v' } })).toBe('v');
  });
});

import { describe, expect, it } from 'vitest';
import { LineEditor, type Key } from '../../../src/engine/tui/line-editor.ts';

const ch = (c: string): Key => ({ ch: c, name: c.length === 1 ? c.toLowerCase() : undefined });
const ctrl = (name: string): Key => ({ name, ctrl: true });
const key = (name: string): Key => ({ name });
function typed(e: LineEditor, text: string) {
  for (const c of Array.from(text)) e.feed(ch(c));
}

describe('LineEditor', () => {
  it('inserts at the cursor, moves with arrows and Home/End', () => {
    const e = new LineEditor();
    typed(e, 'echo hi');
    e.feed(key('left'));
    e.feed(key('left'));
    typed(e, 'X');
    expect(e.text).toBe('echo Xhi');
    e.feed(key('home'));
    typed(e, '>');
    e.feed(key('end'));
    typed(e, '<');
    expect(e.text).toBe('>echo Xhi<');
  });

  it('kills with Ctrl-K, Ctrl-U, Ctrl-W and yanks with Ctrl-Y', () => {
    const e = new LineEditor();
    typed(e, 'docker run -d nginx');
    e.feed(ctrl('w'));
    expect(e.text).toBe('docker run -d ');
    e.feed(ctrl('a'));
    e.feed(ctrl('f'));
    e.feed(ctrl('k'));
    expect(e.text).toBe('d');
    e.feed(ctrl('y'));
    expect(e.text).toBe('docker run -d ');
    e.feed(ctrl('e'));
    e.feed(key('left'));
    e.feed(ctrl('u'));
    expect(e.text).toBe(' ');
    expect(e.cursor).toBe(0);
  });

  it('moves by code points, so CJK text edits as one character per glyph', () => {
    const e = new LineEditor();
    typed(e, 'echo 容器');
    e.feed(key('backspace'));
    expect(e.text).toBe('echo 容');
    e.feed(key('left'));
    e.feed(ctrl('d'));
    expect(e.text).toBe('echo ');
  });

  it('submits, keeps history without repeats, recalls with Up/Down and restores the draft', () => {
    const e = new LineEditor();
    typed(e, 'one');
    expect(e.feed(key('enter'))).toEqual({ kind: 'submit', line: 'one' });
    typed(e, 'two');
    e.feed(key('enter'));
    typed(e, 'two');
    e.feed(key('enter'));
    expect(e.history).toEqual(['one', 'two']);
    typed(e, 'dra');
    e.feed(key('up'));
    expect(e.text).toBe('two');
    e.feed(key('up'));
    e.feed(key('up'));
    expect(e.text).toBe('one');
    e.feed(key('down'));
    e.feed(key('down'));
    expect(e.text).toBe('dra');
  });

  it('searches history backwards with Ctrl-R and runs the match with Enter', () => {
    const e = new LineEditor();
    for (const l of ['docker ps', 'ls', 'docker images', 'pwd']) {
      typed(e, l);
      e.feed(key('enter'));
    }
    e.feed(ctrl('r'));
    typed(e, 'dock');
    expect(e.text).toBe('docker images');
    expect(e.view().prefix).toBe("(reverse-i-search)`dock': ");
    e.feed(ctrl('r'));
    expect(e.text).toBe('docker ps');
    e.feed(ctrl('r'));
    expect(e.view().prefix).toContain('failed');
    expect(e.feed(key('enter'))).toEqual({ kind: 'submit', line: 'docker ps' });
  });

  it('gives the line back on Ctrl-G and edits the match after an arrow', () => {
    const e = new LineEditor();
    typed(e, 'echo abc');
    e.feed(key('enter'));
    typed(e, 'x');
    e.feed(ctrl('r'));
    typed(e, 'abc');
    e.feed(ctrl('g'));
    expect(e.text).toBe('x');
    e.feed(ctrl('r'));
    typed(e, 'ech');
    e.feed(key('end'));
    typed(e, '!');
    expect(e.text).toBe('echo abc!');
  });

  it('reports Ctrl-C with the abandoned line, Ctrl-L, and Ctrl-D only on an empty line', () => {
    const e = new LineEditor();
    typed(e, 'sleep');
    expect(e.feed(ctrl('c'))).toEqual({ kind: 'interrupt', line: 'sleep' });
    expect(e.text).toBe('');
    expect(e.feed(ctrl('l'))).toEqual({ kind: 'clear' });
    expect(e.feed(ctrl('d'))).toEqual({ kind: 'eof' });
    typed(e, 'ab');
    e.feed(key('home'));
    expect(e.feed(ctrl('d'))).toEqual({ kind: 'none' });
    expect(e.text).toBe('b');
  });

  it('completes one candidate, then the common prefix, then lists on a consecutive Tab', () => {
    const words = ['docker', 'dockerd', 'dmesg'];
    const e = new LineEditor((line, cursor) => {
      const start = line.lastIndexOf(' ', cursor - 1) + 1;
      const w = line.slice(start, cursor);
      return { start, candidates: words.filter((x) => x.startsWith(w)).map((text) => ({ text, suffix: ' ' })) };
    });
    typed(e, 'dm');
    e.feed(key('tab'));
    expect(e.text).toBe('dmesg ');
    e.reset();
    typed(e, 'do');
    expect(e.feed(key('tab'))).toEqual({ kind: 'none' });
    expect(e.text).toBe('docker');
    // As in bash, the Tab right after a partial completion lists; a first Tab on its own does not.
    expect(e.feed(key('tab'))).toEqual({ kind: 'list', items: ['docker', 'dockerd'] });
    typed(e, ' ');
    e.feed(key('backspace'));
    expect(e.feed(key('tab'))).toEqual({ kind: 'none' });
  });
});

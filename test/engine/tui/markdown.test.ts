import { describe, expect, it } from 'vitest';
import { loadMarkdown, unwrapParagraphs } from '../../../src/engine/tui/markdown.ts';

describe('unwrapParagraphs', () => {
  it('joins hard-wrapped paragraph and list lines, and leaves code, tables and headings alone', () => {
    const md = ['# Title', 'one line', 'two line', '', '- item', '  more', '- next', '', '```', 'a', 'b', '```', '| x |', '| y |', '容器是', '进程。'].join('\n');
    expect(unwrapParagraphs(md)).toBe(['# Title', 'one line two line', '', '- item more', '- next', '', '```', 'a', 'b', '```', '| x |', '| y |', '容器是进程。'].join('\n'));
  });
});

describe('loadMarkdown', () => {
  it('renders with marked-terminal: emphasis markers gone, code kept', async () => {
    const render = await loadMarkdown();
    const out = render('Some **bold**\ntext and `code`.\n\n```\ndocker ps\n```\n', 40).replace(/\x1b\[[0-9;]*m/g, '');
    expect(out).toContain('Some bold text and code.');
    expect(out).toContain('docker ps');
    expect(out).not.toContain('**');
  });
});

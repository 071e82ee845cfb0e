// Types for the two untyped UI packages, limited to what the TUI calls.

declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';
  export function markedTerminal(options?: Record<string, unknown>, highlightOptions?: Record<string, unknown>): MarkedExtension;
}

declare module 'blessed' {
  import type { EventEmitter } from 'node:events';

  namespace blessed {
    interface KeyEvent {
      name?: string;
      ctrl: boolean;
      meta: boolean;
      shift: boolean;
      full: string;
      sequence: string;
    }
    type Size = number | string;
    interface ElementOptions {
      parent?: Node;
      top?: Size;
      left?: Size;
      right?: Size;
      bottom?: Size;
      width?: Size;
      height?: Size;
      content?: string;
      label?: string;
      tags?: boolean;
      border?: { type: 'line' | 'bg' };
      style?: Record<string, unknown>;
      scrollable?: boolean;
      alwaysScroll?: boolean;
      mouse?: boolean;
      keys?: boolean;
      vi?: boolean;
      wrap?: boolean;
      hidden?: boolean;
      items?: string[];
      scrollbar?: { ch?: string; style?: Record<string, unknown> } | boolean;
      padding?: { left?: number; right?: number; top?: number; bottom?: number };
    }
    interface Node extends EventEmitter {
      screen: Screen;
      destroy(): void;
      detach(): void;
    }
    interface Element extends Node {
      width: number;
      height: number;
      left: Size;
      top: Size;
      hidden: boolean;
      setContent(text: string): void;
      getContent(): string;
      setLabel(text: string): void;
      show(): void;
      hide(): void;
      focus(): void;
      setFront(): void;
      scroll(offset: number): void;
      setScrollPerc(perc: number): void;
      getScrollHeight(): number;
      childBase: number;
      strWidth(text: string): number;
    }
    interface List extends Element {
      setItems(items: string[]): void;
      select(index: number): void;
      selected: number;
      up(n?: number): void;
      down(n?: number): void;
    }
    interface ScreenOptions {
      input?: NodeJS.ReadableStream;
      output?: NodeJS.WritableStream;
      terminal?: string;
      fullUnicode?: boolean;
      smartCSR?: boolean;
      autoPadding?: boolean;
      warnings?: boolean;
      title?: string;
      dockBorders?: boolean;
      forceUnicode?: boolean;
      sendFocus?: boolean;
      tput?: boolean;
    }
    interface Program {
      showCursor(): void;
      hideCursor(): void;
      tput: { colors: number; features: { unicode: boolean } } | null;
    }
    interface Screen extends Node {
      width: number;
      height: number;
      program: Program;
      render(): void;
      append(el: Node): void;
      key(keys: string | string[], fn: (ch: string, key: KeyEvent) => void): void;
    }
    function screen(options: ScreenOptions): Screen;
    function box(options: ElementOptions): Element;
    function list(options: ElementOptions): List;
  }
  export = blessed;
}

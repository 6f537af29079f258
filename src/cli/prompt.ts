/**
 * Questions on a terminal, for `allot setup`: visible answers and hidden ones (passwords), read
 * in raw mode so that nothing typed for a hidden answer is echoed. Input typed ahead (or pasted)
 * is kept for the next question.
 */
export class PromptAborted extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface Prompter {
  ask(question: string, options?: { hidden?: boolean }): Promise<string>;
  close(): void;
}

/** What arrow and function keys send; skipped. */
// eslint-disable-next-line no-control-regex -- an escape sequence starts with ESC
const ESCAPE_SEQUENCE = /^\u001b(\[[0-9;]*[A-Za-z~]|O[A-Za-z])?/;

export function terminalPrompter(input: NodeJS.ReadStream, output: NodeJS.WritableStream): Prompter {
  let buffer = '';
  let ended = false;
  let wake: (() => void) | null = null;
  const onData = (chunk: string | Buffer) => {
    buffer += String(chunk);
    wake?.();
  };
  const onEnd = () => {
    ended = true;
    wake?.();
  };
  input.setRawMode?.(true);
  input.setEncoding('utf8');
  input.on('data', onData);
  input.on('end', onEnd);
  input.resume();

  /** The next character typed, or null once the input has ended. */
  async function next(): Promise<string | null> {
    while (buffer === '') {
      if (ended) return null;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    const escape = ESCAPE_SEQUENCE.exec(buffer);
    if (escape) {
      buffer = buffer.slice(escape[0].length);
      return '';
    }
    const ch = String.fromCodePoint(buffer.codePointAt(0)!);
    buffer = buffer.slice(ch.length);
    return ch;
  }

  return {
    async ask(question, options = {}) {
      output.write(question);
      let answer = '';
      for (;;) {
        const ch = await next();
        if (ch === null || ch === '\u0003' || (ch === '\u0004' && answer === '')) {
          output.write('\n');
          throw new PromptAborted();
        }
        if (ch === '\r' || ch === '\n') {
          if (ch === '\r' && buffer.startsWith('\n')) buffer = buffer.slice(1);
          output.write('\n');
          return answer;
        }
        if (ch === '\u007f' || ch === '\b') {
          if (answer === '') continue;
          answer = [...answer].slice(0, -1).join('');
          if (!options.hidden) output.write('\b \b');
        } else if (ch === '\u0015') {
          if (!options.hidden) output.write('\b \b'.repeat([...answer].length));
          answer = '';
        } else if (ch >= ' ') {
          answer += ch;
          if (!options.hidden) output.write(ch);
        }
      }
    },
    close() {
      input.off('data', onData);
      input.off('end', onEnd);
      input.setRawMode?.(false);
      input.pause();
    },
  };
}

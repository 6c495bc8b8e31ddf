// The code blocks of README.md, and what their comments promise: every block is run
// or type-checked by the tests (test/readme.test.ts, test/package.test.ts), so the
// README cannot drift from the code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CodeBlock {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the README where the code starts. */
  readonly line: number;
}

export const README = resolve(import.meta.dirname, '..', '..', 'README.md');

export function readmeBlocks(lang: string, path = README): CodeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && lines[j] !== '```') j++;
    if (open[1] === lang) blocks.push({ lang, code: lines.slice(start, j).join('\n'), line: start + 1 });
    i = j;
  }
  return blocks;
}

/**
 * A ts block with every `expression; // → value` (or `const x = …; // → value`) turned
 * into a check that the value, as JSON, is the one shown; the file fails (exit code 1)
 * when a check fails or when fewer checks ran than the block shows.
 */
export function withChecks(block: CodeBlock): { readonly code: string; readonly checks: number } {
  let checks = 0;
  const out = block.code.split('\n').map((line, k) => {
    const m = /^(\s*)(.*?);\s*\/\/ → (.+?)(?:\s{2,}.*)?$/.exec(line);
    if (!m) return line;
    const [, indent, statement, literal] = m as unknown as [string, string, string, string];
    checks++;
    const where = JSON.stringify(`README.md:${block.line + k}`);
    const declared = /^(?:const|let)\s+(\w+)\s*=/.exec(statement);
    return declared
      ? `${indent}${statement}; __expect(${declared[1]}, ${literal}, ${where});`
      : `${indent}__expect(${statement}, ${literal}, ${where});`;
  });
  const helper = `
let __checks = 0;
function __expect(actual: unknown, expected: unknown, where: string): void {
  __checks++;
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(\`\${where}: the README shows \${e}, the code gives \${a}\`);
}
(globalThis as unknown as { process: { on(e: string, f: () => void): void; exitCode?: number } }).process.on('exit', () => {
  if (__checks !== ${checks}) {
    console.error(\`README.md:${block.line}: \${__checks} of ${checks} checks ran\`);
    (globalThis as unknown as { process: { exitCode?: number } }).process.exitCode = 1;
  }
});
`;
  // The helper goes first (import declarations are hoisted above it anyway).
  return { code: `${helper}\n${out.join('\n')}\n`, checks };
}

export interface ShellLine {
  readonly command: string;
  readonly line: number;
  /** The exit code the comment promises (`# exit 1`), else 0. */
  readonly exit: number;
  /** The output the comment promises (`# → 13.355372`), if any. */
  readonly output?: string;
}

/** The `npx wupian …` lines of the README's sh blocks (installs, the test suite and the benchmarks are not run). */
export function readmeCommands(path = README): ShellLine[] {
  const out: ShellLine[] = [];
  for (const block of readmeBlocks('sh', path)) {
    block.code.split('\n').forEach((text, k) => {
      const m = /^(npx wupian .*?)(?:\s+#\s*(.*))?$/.exec(text.trim());
      if (!m) return;
      const comment = m[2] ?? '';
      const exit = /\bexit (\d)/.exec(comment);
      const arrow = /^→ (.+)$/.exec(comment);
      out.push({ command: (m[1] as string).trim(), line: block.line + k, exit: exit ? Number(exit[1]) : 0, ...(arrow ? { output: (arrow[1] as string).trim() } : {}) });
    });
  }
  return out;
}

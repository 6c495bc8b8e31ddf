// A deterministic measure of how much text a computation scans, for tests of the
// *shape* of the work (linear, bounded) instead of its time, which a shared machine
// makes flaky. While `measureWork` runs, every regular-expression match (exec, and so
// test, match, matchAll, replace, split and search, which all go through it) and every
// indexOf / lastIndexOf / includes on a string is charged the characters it can have
// looked at: from where it started to where it matched, or to the end of the string
// when it did not. A pass that re-scans the text for each figure is charged
// quadratically; one that moves forward, linearly.
//
// What it does not see: backtracking inside one match (the regexp/no-super-linear-*
// lint rules guard that, statically) and loops over arrays.

export interface Work {
  /** Calls of exec and of the string searches. */
  readonly calls: number;
  /** Characters those calls may have looked at. */
  readonly chars: number;
}

type Exec = (this: RegExp, s: string) => RegExpExecArray | null;
type Search = (this: string, search: string, position?: number) => number | boolean;

export function measureWork(run: () => void): Work {
  let calls = 0;
  let chars = 0;
  const exec = RegExp.prototype.exec as Exec;
  const indexOf = String.prototype.indexOf as Search;
  const lastIndexOf = String.prototype.lastIndexOf as Search;
  const includes = String.prototype.includes as Search;
  RegExp.prototype.exec = function (this: RegExp, input: string): RegExpExecArray | null {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    calls++;
    chars += m ? Math.max(1, m.index + m[0].length - from) : this.sticky ? 1 : Math.max(1, s.length - from);
    return m;
  };
  String.prototype.indexOf = function (this: string, search: string, position?: number): number {
    const at = indexOf.call(this, search, position) as number;
    calls++;
    chars += Math.max(1, (at < 0 ? this.length : at + search.length) - Math.max(0, position ?? 0));
    return at;
  };
  String.prototype.lastIndexOf = function (this: string, search: string, position?: number): number {
    const at = lastIndexOf.call(this, search, position) as number;
    calls++;
    chars += Math.max(1, Math.min(this.length, position ?? this.length) - Math.max(0, at));
    return at;
  };
  String.prototype.includes = function (this: string, search: string, position?: number): boolean {
    const at = indexOf.call(this, search, position) as number;
    calls++;
    chars += Math.max(1, (at < 0 ? this.length : at + search.length) - Math.max(0, position ?? 0));
    return at >= 0;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.indexOf = indexOf as typeof String.prototype.indexOf;
    String.prototype.lastIndexOf = lastIndexOf as typeof String.prototype.lastIndexOf;
    String.prototype.includes = includes as typeof String.prototype.includes;
  }
  return { calls, chars };
}

/**
 * How the work grows from an input of `n` units to one of `2n`: about 2 for linear
 * work, about 4 for quadratic. `make(n)` builds the input; `run` does the work.
 */
export function growthOfWork(make: (n: number) => string, n: number, run: (input: string) => void): { readonly small: Work; readonly large: Work; readonly ratio: number } {
  const a = make(n);
  const b = make(2 * n);
  // Once before measuring, so lazily built tables are not charged to the first input.
  run(make(Math.max(1, Math.floor(n / 10))));
  const small = measureWork(() => run(a));
  const large = measureWork(() => run(b));
  return { small, large, ratio: large.chars / Math.max(1, small.chars) };
}

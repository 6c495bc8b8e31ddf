/** Something of the report that names a place in the text. */
export interface Located<T> {
  readonly item: T;
  readonly span: unknown;
}

/** Items whose spans lie in the text, one per place, in the order of the text. */
export interface Placement<T> {
  readonly start: number;
  readonly end: number;
  /** Everything of the report at exactly this place (a figure read into two claims shares its span). */
  readonly items: readonly T[];
}

export interface Misplaced<T> {
  readonly item: T;
  readonly problem: 'outside' | 'overlapping' | 'no-span';
  /** overlapping: the place it collides with. */
  readonly other?: { readonly start: number; readonly end: number };
}

interface Place<T> {
  start: number;
  end: number;
  items: T[];
}

function validSpan(span: unknown, length: number): [number, number] | null {
  if (!Array.isArray(span) || span.length !== 2) return null;
  const [a, b] = span as unknown[];
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return null;
  const start = a as number;
  const end = b as number;
  if (start < 0 || end <= start || end > length) return null;
  return [start, end];
}

/**
 * Places the items of a report in a text of `length` UTF-16 code units by their spans.
 * Earlier items win: pass claims before facts before unparsed mentions. A span outside
 * the text, malformed, or overlapping a place already taken (without being the very
 * same span) is returned in `misplaced`, so the page lists it instead of breaking.
 *
 * @example
 * const { placed, misplaced } = locate([{ item: 'a', span: [0, 3] }, { item: 'b', span: [2, 5] }, { item: 'c', span: [9, 99] }], 10);
 * placed // [{ start: 0, end: 3, items: ['a'] }]
 * misplaced.map((m) => m.problem) // ['overlapping', 'outside']
 */
export function locate<T>(items: readonly Located<T>[], length: number): { placed: Placement<T>[]; misplaced: Misplaced<T>[] } {
  const byStart = new Map<string, Place<T>>();
  const taken: Place<T>[] = [];
  const misplaced: Misplaced<T>[] = [];
  for (const { item, span } of items) {
    if (span === undefined || span === null) {
      misplaced.push({ item, problem: 'no-span' });
      continue;
    }
    const s = validSpan(span, length);
    if (!s) {
      misplaced.push({ item, problem: 'outside' });
      continue;
    }
    const [start, end] = s;
    const same = byStart.get(`${start}:${end}`);
    if (same) {
      same.items.push(item);
      continue;
    }
    // `taken` is sorted and disjoint: only the places either side of the insertion point can clash.
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((taken[mid] as Place<T>).start < start) lo = mid + 1;
      else hi = mid;
    }
    const clash = [taken[lo - 1], taken[lo]].find((t) => t !== undefined && start < t.end && t.start < end);
    if (clash) {
      misplaced.push({ item, problem: 'overlapping', other: { start: clash.start, end: clash.end } });
      continue;
    }
    const place = { start, end, items: [item] };
    taken.splice(lo, 0, place);
    byStart.set(`${start}:${end}`, place);
  }
  return { placed: taken, misplaced };
}

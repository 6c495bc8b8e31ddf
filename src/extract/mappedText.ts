/**
 * A text being rewritten, with where each of its UTF-16 code units came from: code unit
 * `i` of `text` stands for `[starts[i], ends[i])` of the original. Every rewriting stage
 * of the normalizer reads one and builds the next, so the map survives any number of
 * stages and any change of length.
 */
export interface MappedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * Builds a {@link MappedText} piece by piece, in linear time. Runs of unchanged text are
 * copied in one piece, so the cost is per run and per changed character, not per call.
 */
export class MappedTextBuilder {
  private text = '';
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;
  private lastChar = '';
  private beforeLast = '';

  constructor(capacity = 64) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  /** Code units written so far. */
  get length(): number {
    return this.n;
  }

  /** The last code unit written ('' when nothing has been). */
  get last(): string {
    return this.lastChar;
  }

  /** The code unit written before the last one. */
  get beforeLastChar(): string {
    return this.beforeLast;
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < this.n + extra) size *= 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.n));
    ends.set(this.ends.subarray(0, this.n));
    this.starts = starts;
    this.ends = ends;
  }

  private append(piece: string): void {
    // String concatenation builds a rope: linear overall, flattened once in build().
    this.text += piece;
    this.beforeLast = piece.length >= 2 ? (piece[piece.length - 2] as string) : this.lastChar;
    this.lastChar = piece[piece.length - 1] as string;
  }

  /** Writes `piece`, every code unit of which stands for `[start, end)` of the original. */
  push(piece: string, start: number, end: number): void {
    if (piece.length === 0) return;
    this.reserve(piece.length);
    this.starts.fill(start, this.n, this.n + piece.length);
    this.ends.fill(end, this.n, this.n + piece.length);
    this.n += piece.length;
    this.append(piece);
  }

  /** Writes `original.slice(from, to)` unchanged, unit by unit (the first stage, from the original text). */
  pushOriginal(original: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    for (let k = from; k < to; k++) {
      this.starts[this.n] = k;
      this.ends[this.n] = k + 1;
      this.n++;
    }
    this.append(original.slice(from, to));
  }

  /** Copies `source.text[from, to)` unchanged, with its map. */
  copy(source: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.copyMap(source, from, to);
    this.append(source.text.slice(from, to));
  }

  private copyMap(source: MappedText, from: number, to: number): void {
    this.reserve(to - from);
    if (to - from > 32) {
      this.starts.set(source.starts.subarray(from, to), this.n);
      this.ends.set(source.ends.subarray(from, to), this.n);
      this.n += to - from;
      return;
    }
    // Short runs: a loop beats allocating two views.
    for (let k = from; k < to; k++) {
      this.starts[this.n] = source.starts[k] as number;
      this.ends[this.n] = source.ends[k] as number;
      this.n++;
    }
  }

  /**
   * Writes `piece` in place of `source.text[from, to)`. Same length: unit by unit, so a
   * character-for-character conversion keeps exact positions. Otherwise every unit of
   * `piece` stands for the whole source range.
   */
  replace(piece: string, source: MappedText, from: number, to: number): void {
    if (piece.length === 0) return;
    if (piece.length === to - from) {
      this.copyMap(source, from, to);
      this.append(piece);
      return;
    }
    this.push(piece, source.starts[from] as number, source.ends[to - 1] as number);
  }

  build(): MappedText {
    // Full arrays are handed over as they are: no copy of megabytes for nothing.
    const full = this.n === this.starts.length;
    return { text: this.text, starts: full ? this.starts : this.starts.slice(0, this.n), ends: full ? this.ends : this.ends.slice(0, this.n) };
  }
}

/** The identity map of a text onto itself. */
export function identity(text: string): MappedText {
  const out = new MappedTextBuilder(text.length);
  out.pushOriginal(text, 0, text.length);
  return out.build();
}

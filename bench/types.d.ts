// chinese-numbers-converter ships no types; this is the part the benchmark uses.
declare module 'chinese-numbers-converter' {
  class ChineseNumber {
    constructor(source: string);
    /** The (first) number in the source, as a JavaScript number. */
    toInteger(): number;
    /** The source with every number in it written in Arabic digits. */
    toArabicString(minimumCharactersInNumber?: number): string;
  }
  export = ChineseNumber;
}

// The size-limit preset ships no types: an array of size-limit plugins.
declare module '@size-limit/preset-small-lib' {
  const plugins: readonly object[];
  export default plugins;
}

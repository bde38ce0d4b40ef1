// The `hyphen` package ships no types; this is the part of its German entry point that syllables.ts uses.
declare module 'hyphen/de/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const german: { hyphenateSync(text: string, options?: HyphenateOptions): string };
  export default german;
}

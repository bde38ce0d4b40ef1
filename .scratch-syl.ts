import { loadSyllableCounter } from './server/text/syllables.ts';
const count = await loadSyllableCounter();
const list = process.argv.slice(2);
console.log(list.map((w) => `${w}=${count(w)}`).join(' '));

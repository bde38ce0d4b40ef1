// Abbreviations common in German administrative writing whose period does not end a sentence.
// Single letters ("z. B.", "S.", "u. a.") and dotted forms ("d.h.", "i.d.R.") are recognised by shape.
const ABBREVIATIONS = new Set([
  'Abs', 'Art', 'Nr', 'Nrn', 'Ziff', 'Buchst', 'lit', 'Kap', 'Anl', 'Abschn', 'Bd', 'Aufl', 'Anm', 'Abb', 'Tab', 'Az',
  'bzw', 'ca', 'usw', 'usf', 'etc', 'ggf', 'evtl', 'vgl', 'gem', 'lt', 'inkl', 'exkl', 'zzgl', 'bspw', 'sog', 'bzgl',
  'insb', 'insbes', 'einschl', 'allg', 'zzt', 'jew', 'mind', 'max', 'min', 'geb', 'verh', 'Pkt', 'Tsd', 'Mio', 'Mrd',
  'Std', 'Sek', 'Dr', 'Prof', 'Hr', 'Hrn', 'Fr', 'St', 'Str', 'Tel', 'Abt', 'Hbf', 'Jh',
  'Mo', 'Di', 'Mi', 'Do', 'Sa',
  'Jan', 'Feb', 'Febr', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
]);

const SHAPE = /^(?:\p{L}|(?:\p{L}{1,3}\.)+\p{L}{1,3})$/u;

/** Whether `token` (the word before a period, without the period) is an abbreviation. */
export function isAbbreviation(token: string): boolean {
  if (SHAPE.test(token) || ABBREVIATIONS.has(token)) return true;
  // "Ggf. müssen Sie ..." at the start of a sentence.
  const lowered = token.charAt(0).toLowerCase() + token.slice(1);
  return ABBREVIATIONS.has(lowered);
}

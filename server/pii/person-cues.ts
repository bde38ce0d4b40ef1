// What stands before a name in findPersons: salutations, titles, greetings, introductions, form labels and closings.
import { TITLES } from './person-words.ts';
import { SP } from './types.ts';

export const B = String.raw`(?<![\p{L}\p{N}])`;
const TITLED = String.raw`(?:${TITLES}${SP}*)*`;
const GAP = `${SP}+${TITLED}`;
export const SALUTATION = new RegExp(`${B}(?:Frau|Herrn?|Hrn?\\.|Fr\\.|Familie)${GAP}`, 'gu');
export const TITLE = new RegExp(`${B}${TITLES}${SP}*${TITLED}`, 'gu');
export const GREETING = new RegExp(
  `${B}(?:Liebe[rs]?|Hallo|Hi|Hey|Moin|Servus|Guten${SP}+(?:Tag|Morgen|Abend)|Sehr${SP}+geehrte[rs]?)${SP}+`,
  'gu',
);
export const INTRODUCTION = new RegExp(`${B}(?:[Mm]ein${SP}+Name${SP}+ist|[Ii]ch${SP}+heiße)${GAP}`, 'gu');
export const I_AM = new RegExp(`${B}[Ii]ch${SP}+bin${SP}+`, 'gu');
const ROLE = String.raw`(?:in|r|\(in\)|\(r\)|/in|/-in|\*in|:in|_in)?`;
export const LABEL = new RegExp(
  `${B}(?:(?:Vor|Nach|Familien|Geburts|Zu)?[Nn]ame|Name,${SP}*Vorname|Vor-${SP}*und${SP}+(?:Nach|Zu|Familien)name` +
    `|(?:Antragsteller|Ansprechpartner|Sachbearbeiter|Bearbeiter|Empfänger|Absender|Patient|Schüler|Mieter` +
    `|Vermieter|Ehepartner|Vertreter|Unterzeichner|Kläger|Versicherte|Bevollmächtigte|Erziehungsberechtigte` +
    `|Kontoinhaber|Inhaber|Halter|Verfasser|Protokollführer|Gesprächspartner|Anrufer|Teilnehmer|Betreuer)${ROLE}` +
    `|Zeugin|Zeuge|Kontaktperson|Ansprechperson|Ehefrau|Ehemann|Kind|Mutter|Vater|Unterschrift|Verstorbene[r]?` +
    `|(?:aufgenommen|erstellt|bearbeitet|verfasst|notiert|geprüft|protokolliert)${SP}+(?:von|durch))${SP}*:${SP}*${TITLED}`,
  'gu',
);
// A closing at the start of a line (also in a quoted mail, "> "), then the name on the same line or on one of the
// next three. "LG" and "VG" need a comma or a line break after them: "LG Berlin" and "VG Köln" are courts.
const QUOTE = `(?:>${SP}*)*`;
const REGARDS = String.raw`(?:Grüßen|Grüssen|Gruessen|Grüße|Grüsse|Gruesse|Gruß|Gruss)`;
export const CLOSING = new RegExp(
  `^${SP}*${QUOTE}(?:(?:Danke|Vielen${SP}+Dank|Dankeschön)${SP}*(?:,|und)${SP}*)?` +
    `(?:(?:[Mm]it${SP}+(?:freundlichen|besten|herzlichen|vielen|kollegialen|freundlichem|lieben)${SP}+${REGARDS}` +
    `|(?:[Vv]iele|[Ff]reundliche|[Bb]este|[Hh]erzliche|[Ll]iebe|[Ss]chöne|[Ss]onnige|[Kk]ollegiale)${SP}+${REGARDS}` +
    `|${REGARDS}|MfG|Mfg|mfg|Hochachtungsvoll)${SP}*[,!.]?|(?:LG|VG)${SP}*(?:,|(?=\n)))` +
    `(?:${SP}*\n${SP}*${QUOTE}){0,3}${SP}*(?:(?:i\.${SP}?[AV]\.|gez\.)${SP}*)?${TITLED}`,
  'gmu',
);
export const ON_BEHALF = new RegExp(
  `${B}(?:[iI]\\.${SP}?[AV]\\.|gez\\.|Im${SP}+Auftrag|In${SP}+Vertretung)${SP}*(?:\\n${SP}*)?${TITLED}`,
  'gu',
);

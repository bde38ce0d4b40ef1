// Given names and surnames for person.ts: the lists taken from the npm package @faker-js/faker (which locales and
// why: name-lists.ts), and the names added below. Arabic, East Slavic and Greek names as they are usually written in
// German documents are added by hand (Greek is in another script in faker; Vietnamese names are in
// person-vietnamese.ts). The sets are built on first use.
import lists from './faker-names.json' with { type: 'json' };

// Hand-picked, because faker's lists are of names given to children today: frequent German given names of
// older generations, older Turkish names, Arabic, Persian and Kurdish names in their common Latin spellings,
// East Slavic names in German transliteration.
const ADDED = (
  'Ursula Monika Petra Sabine Renate Helga Karin Brigitte Ingrid Erika Gisela Christa Birgit Gabriele Elke Heike ' +
  'Angelika Ute Christine Doris Jutta Marianne Gertrud Hannelore Ingeborg Waltraud Edith Hildegard Irmgard Inge ' +
  'Rosemarie Bärbel Silke Kerstin Manuela Anke Dagmar Beate Cornelia Marion Regina Sigrid Gudrun Elfriede Erna ' +
  'Herta Hertha Ilse Irene Lieselotte Liselotte Margarete Margot Anneliese Annemarie Gerda Heidemarie Hedwig ' +
  'Antje Britta Frauke Gesine Imke Maren Meike Silvia Simone Ulrike Uta Wilma Käthe Klaus Jürgen Wolfgang ' +
  'Werner Manfred Günter Günther Dieter Horst Uwe Gerhard Helmut Helmuth Heinz Bernd Rainer Reiner Jörg Ralf ' +
  'Ralph Dirk Detlef Holger Torsten Thorsten Hartmut Norbert Rolf Walter Heinrich Herbert Harald Gerd Gert ' +
  'Lothar Siegfried Joachim Reinhard Ulrich Volker Bernhard Erich Alfred Rudolf Egon Otto Hermann Heribert ' +
  'Hubert Jochen Achim Axel Carsten Karsten Heiko Knut Götz Ingo Udo Ulf Armin Bodo Eckhard Erwin Rüdiger Frank Ernst ' +
  'Siegmund Volkmar Waldemar Wilfried Winfried Reinhold Gunter Gottfried Burkhard Dietmar Dietrich Ewald Gerold ' +
  'Ayşe Hatice Fatma Emine Hülya Sevgi Songül Gülsüm Ahmet Hüseyin Ömer ' +
  'Mohammed Mohammad Muhammad Mohamed Mohamad Ahmad Ahmed Omar Umar Hassan Hasan Hussein Husain Khaled Khalid ' +
  'Mahmoud Mahmud Mustafa Moustafa Youssef Yousef Yusuf Ibrahim Abdullah Abdallah Abdul Karim Tarek Tariq Said ' +
  'Walid Bilal Hamza Jamal Jamil Nabil Samir Sami Rami Fadi Ziad Amir Anas Ayman Bashar Faisal Hadi Imad Issa ' +
  'Kamal Majid Marwan Munir Nasser Osama Rashid Riad Salah Salim Suleiman Tamer Wael Yasin Yassin Yasser Zaid ' +
  'Fatima Aisha Aischa Amina Amira Asma Ghada Hanan Hiba Huda Iman Jamila Khadija Layla Leila Mariam Maryam ' +
  'Nadia Nour Rania Rasha Reem Salma Samira Yasmin Yasmina Zahra Zainab Zeinab Reza Mehdi Parisa Shirin Farid ' +
  'Farhad Hamid Nasrin Soraya Azad Dilan Rojda Berivan Alexej Andrej Anatolij Dmitri Dmitrij Jewgeni Juri ' +
  'Maxim Michail Nikolai Pawel Sergej Sergei Wladimir Witali Vitali Oleksandr Bohdan Taras Mykola Jurij ' +
  'Anastasia Darja Galina Jekaterina Jelena Ljudmila Natalia Natalja Oksana Swetlana Svetlana Tatjana Walentina ' +
  'Xenia Olena Iryna Kateryna Halyna ' +
  'Georgios Giorgos Dimitrios Dimitris Konstantinos Kostas Ioannis Giannis Yannis Christos Panagiotis Vasilios ' +
  'Vasileios Vasilis Athanasios Thanasis Evangelos Vangelis Spyros Spiros Stavros Theodoros Michalis Stelios ' +
  'Stylianos Apostolos Anastasios Charalampos Charalambos Babis Manolis Emmanouil Sotiris Petros Pavlos ' +
  'Alexandros Nikolaos Antonios Antonis Ilias Iraklis Kyriakos Lefteris Eleftherios Prodromos Savvas Thodoris ' +
  'Grigoris Fotis Achilleas Aikaterini Katerina Vasiliki Dimitra Angeliki Ioanna Konstantina Despina Paraskevi ' +
  'Evangelia Chrysoula Athina Eftychia Stavroula Panagiota Magdalini Kalliopi Foteini Theodora Zoi Eirini Irini ' +
  'Styliani Niki Xanthi Efthymia Sotiria Kyriaki Glykeria Argyro Androniki Evdokia Eleftheria'
).split(' ');

/**
 * Listed names that are also German words or abbreviations, mostly at the start of a sentence ("Nur Anträge …",
 * "Solange die Frist …", "Am 3. August …", "Mark", "Roman", "Reis"), and two-letter names. They still count
 * after "Frau", "Herr", in a signature and in the other contexts that say a name follows.
 */
export const AMBIGUOUS_NAMES = new Set(
  (
    'Januar Februar März April Mai Juni Juli August September Oktober November Dezember Montag Dienstag ' +
    'Mittwoch Donnerstag Freitag Samstag Sonntag Nur Mir Solange Naja Davor Rauf Antun Ultimo Libero Albino Mark ' +
    'Roman Rosa Iris Flora Tore Mine Reis Kalender Server Angel Bars Aura Adria Andromeda Medina Unna Ion Sky ' +
    'Kader Adel Bade Basar Aral Bay Nil Seher Alp Italia Asia Amore Afro Santo Mare Tea Ave Ernst Frank Wolf Rose ' +
    'Grün Will Art Heide Linde Fee Engel Stern Sonne Liebe Christ Sieg Friede Hoffnung Glaube Treue Ehre Milde ' +
    'Mate Tone Ante Ala Rica Bora Eros Nestor Platon Odin Primo Saba Kata Mile Elle Jet Lot Nova Vesper Wende ' +
    'Wies Bart Dies Don Eden Job Kick Maas Moos Raff Rein Riff Siebe Brenn Boas Midas Zion Jazz Hortensie ' +
    'Mercedes Verona Arsen Faust Fidel Franc Havel Paris Tiber Tor Urban Roch Olympia Silvester Lilien Gala'
  ).split(' '),
);

let firstNames: Set<string> | undefined;
let surnames: Set<string> | undefined;

/** A given name from the lists, not a German word: "Anna", "Mehmet", "Łukasz", "Hans-Peter" (each part). */
export function isFirstName(word: string): boolean {
  return isListedFirstName(word) && word.split('-').every((part) => !AMBIGUOUS_NAMES.has(part));
}

/** A given name from the lists, also one that is a German word ("Frank", "August"): where a name must follow. */
export function isListedFirstName(word: string): boolean {
  firstNames ??= new Set([...ADDED, ...lists.firstNames]);
  return word.split('-').every((part) => part.length > 2 && firstNames!.has(part));
}

/** A surname from the lists: only evidence where the context is weak ("die Frau Müller"). */
export function isListedSurname(word: string): boolean {
  surnames ??= new Set(lists.surnames);
  return word.split('-').every((part) => surnames!.has(part));
}

/** A word with its first letter capitalised as it would stand in a text: "mueller" → "Mueller". */
export const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase('de') + word.slice(1);

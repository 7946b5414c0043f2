/**
 * Foreign words and anglicisms that have an everyday German word, for the
 * rule `foreign-word`.
 *
 * Source: the project's own work (Lotse authors, EUPL-1.2). No outside word
 * list, dictionary or anglicism index was used or copied; the entries and
 * their replacements are the authors' choice. How the entries were chosen:
 * the foreign words of the third corpus batch (`corpus/drafts.ts`, editors'
 * drafts written for this project, which the rule was developed against: 19
 * entries), and further words of the same two kinds that the authors know
 * from such drafts and from letters of authorities: English words of office
 * and web work (Meeting, Deadline, Hotline, Download, …) and Latin or French
 * words of official letters (optional, relevant, Kooperation, Prozedere, …).
 * A word is listed only if an everyday German word says the same in
 * counselling texts; that word is the replacement, where a word has two
 * usual meanings both are named ("Fest oder Treffen"). Loanwords that are
 * everyday German (Team, Job, Computer, Internet, E-Mail, online, Foto,
 * Baby, Café, Taxi, Bus, Ticket, Handy, Kita) are deliberately not listed.
 *
 * What the list rests on is a rule of the public guidelines, not a list from
 * them: the rules of the Netzwerk Leichte Sprache (published by the Federal
 * Ministry of Labour and Social Affairs as "Leichte Sprache. Ein Ratgeber",
 * 2014) ask for known words instead of technical and foreign words, with
 * "Workshop" as their example of a bad word; Inclusion Europe's "Information
 * for all" (2009) allows words from other languages only when they are very
 * well known; DIN SPEC 33429:2025-03 ("Empfehlungen für Deutsche Leichte
 * Sprache") gives recommendations on word choice. The target group's review
 * (Prüfgruppe) has the last word; a department changes a suggestion or adds
 * a word with a Wörterbuch entry and its replacement.
 *
 * Keys are lower case. A key ending in "-" is a verb stem: it also matches its
 * forms ("check-" matches checken, checkt, gecheckt, checkte).
 */
export const FOREIGN_WORDS: Readonly<Record<string, string>> = {
  feedback: 'Rückmeldung',
  meeting: 'Treffen',
  deadline: 'letzter Tag',
  workshop: 'Kurs',
  event: 'Fest oder Treffen',
  location: 'Ort',
  support: 'Hilfe',
  hotline: 'Telefon·nummer für Fragen',
  helpline: 'Telefon·nummer für Fragen',
  newsletter: 'Rund·brief',
  update: 'neue Version',
  download: 'herunter·laden',
  'download-': 'herunter·laden',
  upload: 'hoch·laden',
  'upload-': 'hoch·laden',
  'check-': 'prüfen',
  'check-in': 'Anmeldung',
  'check-out': 'Abreise',
  'logg-': 'anmelden',
  login: 'Anmeldung',
  account: 'Konto',
  tool: 'Werkzeug',
  tracker: 'Mess·gerät',
  coaching: 'Beratung',
  coach: 'Berater oder Beraterin',
  assessment: 'Prüfung',
  feature: 'Funktion',
  community: 'Gemeinschaft',
  statement: 'Aussage',
  briefing: 'Besprechung',
  flyer: 'Hand·zettel',
  homepage: 'Internet·seite',
  website: 'Internet·seite',
  shop: 'Laden',
  shopping: 'Einkaufen',
  timing: 'Zeit·plan',
  benefit: 'Vorteil',
  challenge: 'Aufgabe',
  skills: 'Fähigkeiten',
  workflow: 'Ablauf',
  management: 'Leitung',
  manager: 'Leiter oder Leiterin',
  performance: 'Leistung',
  mindset: 'Einstellung',
  outfit: 'Kleidung',
  recruiting: 'Suche nach Mit·arbeitern',
  onboarding: 'Einarbeitung',
  babysitter: 'Kinder·betreuung',
  homeoffice: 'Arbeit von zu Hause',
  'home-office': 'Arbeit von zu Hause',
  // Latin and French words from official letters
  optional: 'freiwillig',
  obligatorisch: 'Pflicht',
  individuell: 'persönlich',
  relevant: 'wichtig',
  priorität: 'Vorrang',
  kooperation: 'Zusammen·arbeit',
  'kooperier-': 'zusammen·arbeiten',
  'kontaktier-': 'anrufen oder schreiben',
  'kommunizier-': 'sprechen',
  konsequenz: 'Folge',
  kompetenz: 'Können',
  qualifikation: 'Abschluss',
  ressourcen: 'Mittel',
  prozess: 'Ablauf',
  prozedere: 'Ablauf',
  procedere: 'Ablauf',
  modalitäten: 'Regeln',
  partizipation: 'Teilhabe',
  kommune: 'Stadt oder Gemeinde',
  institution: 'Stelle',
  präsentation: 'Vortrag',
  evaluation: 'Prüfung',
  'evaluier-': 'prüfen',
  dokumentation: 'Bericht',
  'dokumentier-': 'auf·schreiben',
  'realisier-': 'machen',
  'initiier-': 'anfangen',
  'fokussier-': 'sich kümmern um',
  'implementier-': 'einführen',
  'finalisier-': 'fertig·machen',
  'priorisier-': 'zuerst machen',
  adäquat: 'passend',
  sukzessive: 'nach und nach',
  temporär: 'für kurze Zeit',
  permanent: 'immer',
  explizit: 'deutlich',
  essentiell: 'sehr wichtig',
  essenziell: 'sehr wichtig',
  primär: 'vor allem',
  prinzipiell: 'grundsätzlich',
  diverse: 'verschiedene',
  divers: 'verschieden',
  konkret: 'genau',
  transparent: 'klar',
  transparenz: 'Offenheit',
  'kompensier-': 'ausgleichen',
  'akzeptier-': 'annehmen',
  'reduzier-': 'verringern',
  'respektier-': 'achten',
  'eskalier-': 'schlimmer werden',
}

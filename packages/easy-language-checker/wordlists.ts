/**
 * Word lists shared by the tokenizer and several rules. All keys are lower case
 * unless a comment says otherwise.
 */

/**
 * Abbreviations written with a dot, mapped to a plain long form. The key is the
 * abbreviation without its dot. Keys starting with an upper-case letter only
 * match in exactly that spelling; lower-case keys also match when the first
 * letter is capitalised (at the start of a sentence).
 */
export const DOTTED_ABBREVIATIONS: Readonly<Record<string, string>> = {
  abs: 'Absatz',
  abt: 'Abteilung',
  allg: 'allgemein',
  anl: 'Anlage',
  betr: 'Betreff',
  bspw: 'zum Beispiel',
  bzgl: 'zu',
  bzw: 'oder',
  ca: 'ungefähr',
  dr: 'Doktor',
  einschl: 'mit',
  etc: 'und so weiter',
  evtl: 'vielleicht',
  exkl: 'ohne',
  geb: 'geboren',
  gem: 'nach',
  ggf: 'wenn nötig',
  ggfs: 'wenn nötig',
  ggü: 'gegenüber',
  hbf: 'Haupt·bahnhof',
  hr: 'Herr',
  inkl: 'mit',
  insb: 'besonders',
  jh: 'Jahrhundert',
  kap: 'Kapitel',
  mind: 'mindestens',
  mio: 'Millionen',
  mrd: 'Milliarden',
  mtl: 'jeden Monat',
  mwst: 'Mehr·wert·steuer',
  nr: 'Nummer',
  prof: 'Professor',
  sog: 'so genannt',
  std: 'Stunde',
  str: 'Straße',
  tägl: 'jeden Tag',
  tel: 'Telefon',
  tsd: 'Tausend',
  usw: 'und so weiter',
  verh: 'verheiratet',
  vgl: 'vergleichen Sie',
  wg: 'wegen',
  ziff: 'Ziffer',
  zzgl: 'dazu kommt',
  zzt: 'zurzeit',
  // Only in these spellings: the lower-case or capitalised form is a normal word or a name.
  max: 'höchstens',
  min: 'Minute',
  Fr: 'Frau oder Freitag',
  Mo: 'Montag',
  Di: 'Dienstag',
  Mi: 'Mittwoch',
  Do: 'Donnerstag',
  Sa: 'Samstag',
  Jan: 'Januar',
  Feb: 'Februar',
  Apr: 'April',
  Aug: 'August',
  Sept: 'September',
  Okt: 'Oktober',
  Nov: 'November',
  Dez: 'Dezember',
}

/** Abbreviations that are reported even without their dot (they are no German words). */
export const UNDOTTED_ABBREVIATIONS: Readonly<Record<string, string>> = {
  usw: 'und so weiter',
  bzw: 'oder',
  ggf: 'wenn nötig',
  etc: 'und so weiter',
  evtl: 'vielleicht',
  inkl: 'mit',
  bzgl: 'zu',
  zzgl: 'dazu kommt',
  bspw: 'zum Beispiel',
  zb: 'zum Beispiel',
  mwst: 'Mehr·wert·steuer',
  km: 'Kilometer',
  kg: 'Kilogramm',
  cm: 'Zentimeter',
  mm: 'Millimeter',
  ml: 'Milliliter',
  qm: 'Quadrat·meter',
  kwh: 'Kilowatt·stunden',
}

/** Abbreviations of several one- or two-letter pieces ("z. B."), keyed by their glossary form ("zb"). */
export const MULTIPART_ABBREVIATIONS: Readonly<Record<string, string>> = {
  zb: 'zum Beispiel',
  dh: 'das heißt',
  ua: 'unter anderem',
  uu: 'unter Umständen',
  oä: 'oder so ähnlich',
  so: 'siehe oben',
  su: 'siehe unten',
  idr: 'meistens',
  uvm: 'und vieles mehr',
  zt: 'zum Teil',
  va: 'vor allem',
  ev: 'Verein',
  ia: 'im Auftrag',
  zhd: 'für',
}

/** Upper-case acronyms with a plain explanation (keys in glossary form). */
export const ACRONYMS: Readonly<Record<string, string>> = {
  sgb: 'Sozial·gesetz·buch',
  bgb: 'Bürgerliches Gesetz·buch',
  alg: 'Arbeits·losen·geld',
  plz: 'Post·leit·zahl',
  kfz: 'Auto',
  pkw: 'Auto',
  lkw: 'Last·wagen',
  öpnv: 'Bus und Bahn',
  eu: 'Europäische Union',
  gmbh: 'Firma',
  wlan: 'Internet',
  iban: 'Konto·nummer',
  drk: 'Deutsches Rotes Kreuz',
  au: 'Krank·schreibung',
}

/** Acronyms in mixed case that the upper-case test would miss (exact spelling). */
export const MIXED_CASE_ACRONYMS: ReadonlySet<string> = new Set([
  'BAföG',
  'GmbH',
  'Kfz',
  'Pkw',
  'Lkw',
  'MwSt',
  'eV',
  'kWh',
])

/** Personal pronouns and the polite forms (compare in lower case). */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'ich',
  'du',
  'er',
  'sie',
  'es',
  'wir',
  'ihr',
  'man',
  'mich',
  'dich',
  'ihn',
  'uns',
  'euch',
  'mir',
  'dir',
  'ihm',
  'ihnen',
  'sich',
  'jemand',
  'niemand',
])

/** Possessive and polite determiners, which are written with a capital letter in "Ihr", "Ihre", … */
export const POSSESSIVES: ReadonlySet<string> = new Set([
  ...['mein', 'dein', 'sein', 'ihr', 'unser'].flatMap((stem) =>
    ['', 'e', 'en', 'em', 'er', 'es'].map((ending) => stem + ending),
  ),
  'euer',
  'eure',
  'euren',
  'eurem',
  'eurer',
  'eures',
])

/** Articles, demonstratives and other determiners (lower case). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'diese',
  'dieser',
  'dieses',
  'diesen',
  'diesem',
  'jede',
  'jeder',
  'jedes',
  'jeden',
  'jedem',
  'alle',
  'allen',
  'aller',
  'welche',
  'welcher',
  'welches',
  'welchen',
  'welchem',
  ...POSSESSIVES,
])

/** Prepositions fused with an article ("im", "zum") and common plain prepositions. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'im',
  'am',
  'zum',
  'zur',
  'vom',
  'beim',
  'ins',
  'ans',
  'aufs',
  'in',
  'an',
  'auf',
  'aus',
  'bei',
  'mit',
  'nach',
  'von',
  'vor',
  'zu',
  'für',
  'über',
  'unter',
  'um',
  'ohne',
  'gegen',
  'durch',
  'seit',
  'bis',
  'ab',
  'hinter',
  'neben',
  'zwischen',
])

/** Forms of "haben", "sein" and "werden" (lower case). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'habe',
  'hast',
  'hat',
  'haben',
  'habt',
  'bin',
  'bist',
  'ist',
  'sind',
  'seid',
  'sein',
  'war',
  'waren',
  'werde',
  'wirst',
  'wird',
  'werden',
  'werdet',
])

/** Names of the months, for ordinals like "am 3. Mai". */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
])

/** Keys of DOTTED_ABBREVIATIONS that must not match when capitalised ("Max." is a name). */
const EXACT_SPELLING_ONLY = new Set(['max', 'min'])

/**
 * The long form if `token` (a word without its dot) is a known dotted abbreviation:
 * "Nr" → "Nummer", "Bzw" → "oder", "Hauptstr" → "Straße".
 */
export function dottedAbbreviation(token: string): string | undefined {
  if (Object.hasOwn(DOTTED_ABBREVIATIONS, token)) return DOTTED_ABBREVIATIONS[token]
  const lower = token.toLowerCase()
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1)
  if (token === capitalised && !EXACT_SPELLING_ONLY.has(lower) && Object.hasOwn(DOTTED_ABBREVIATIONS, lower)) {
    return DOTTED_ABBREVIATIONS[lower]
  }
  if (/^\p{L}{2,}str$/u.test(token)) return 'Straße'
  return undefined
}

/**
 * Common parts of German compounds, lower case, used to split long words at
 * plausible joints. The list favours words from counselling, authorities,
 * work, housing, money, health and school. Inflected forms are not needed:
 * linking elements (Fugen: -s-, -es-, -n-, -en-, -e-, -er-) and endings are
 * handled by the splitter, and so are common prefixes and suffixes.
 */
const PARTS = `
abend abfall abgabe abholung ablauf abrechnung abschluss absage absender abstand abteilung adresse agentur akte
alltag alter amt anfang angebot angehörige angst anlage anmeldung anruf anspruch antrag antwort anwalt anwältin
anzeige apotheke arbeit arbeiter arbeitgeber arbeitnehmer arzt ärztin assistenz aufenthalt aufgabe aufnahme aufsicht
auftrag ausbildung ausflug ausgabe ausgang ausgleich auskunft ausland ausländer ausnahme ausweis auszahlung auszug
auto bad bahn bahnhof bank bau bauch beamte bedarf beginn begleitung behandlung behinderte behindert behinderung
behörde beihilfe beitrag beispiel bekleidung belastung beratung bereich bereitschaft beruf berechtigt berechtigung
bericht bescheid bescheinigung beschwerde besuch betrag betreuer betreuung betrieb bett bewegung bewerbung bewohner
bewusst bewusstsein bezahlung bezirk bild bildung bitte blatt blut boden brief brille buch budget bund bürger büro
bus computer dach darlehen daten datum dauer decke dienst dokument dorf druck eigen eigentum einbürgerung eingang
eingliederung einheit einkauf einkommen einladung einnahme einrichtung einsatz einstellung eintrag einwohner einzug
eltern empfang empfänger ende energie entlassung entlastung entscheidung entschädigung entwicklung erde ergebnis
erholung erklärung erlaubnis ernährung ersatz erstattung erwachsene erwerb erziehung erziehend essen fach fahr fahrer
fahrt fall familie farbe fehler feier feld fenster ferien fest feuer film finanz firma fläche flucht flüchtling flur
folge form formular förderung frage frau frei freizeit freund frist früh führer führerschein führung fürsorge gang
garten gast gebäude gebühr geburt gefahr gehalt geld gemeinde gemeinschaft gericht gesamt geschäft geschwister
gesellschaft gesetz gesetzlich gespräch gesund gesundheit gewalt gewerbe gewinn glück grenze grund gruppe gut
gutachten gutschein haft halb halt hand handy haupt haus haushalt heim heizung helfer hilfe hinweis hoch hof hotel
hund impf impfung information inklusion integration internet jahr job jugend jugendliche kalender kammer karte kasse
kauf kind kinder kita klasse klinik knie kommune konto kontrolle kopf körper kosten kraft krank kranken krankheit
kredit kreis krise küche kunde kündigung kur kurs land lage lauf leben lebens lehre lehrer leicht leistung leitung
lern licht liste lohn los luft mahnung markt maßnahme medizin medikament melde mensch menschen miete mieter minder
mindest mittag mittel monat morgen müll mutter mutterschaft nach nachbar nachhilfe nachricht nachweis nacht name
neben netz neu not nummer ober öffentlich ordnung organisation ort papier park partner pass pause person
persönlich pflege pflicht plan platz polizei post praxis preis probe problem programm projekt prüf prüfung punkt
quartier rat raum rechnung recht regel reha reise rente renten rentner rettung richter rücken ruhe sache sach
sammlung satz schaden schein schicht schlaf schlüssel schreib schreiben schuld schulden schule schüler schutz schwanger
schwangerschaft schwer see seite selbst senior senioren service sicherheit sicherung sitz sonder sorge sozial spiel
sport sprach sprache sprech stadt stand stark stelle steuer stiftung stimme strafe straße strategie strom stück
studium stufe stunde suche system tafel tag tarif team technik teil telefon termin test text tier tisch träger
treff treffen tür übergang übung uhr umwelt umzug unfall unterhalt unterkunft unterlage unterlagen unterricht
unterschrift unterstützung untersuchung urlaub vater verband verbraucher verein verfahren vergleich verkehr verlust
vermieter vermittlung vermögen versammlung verständlich versicherung versicherte versorgung vertrag vertrauen vertreter
verwaltung vollmacht voll vorschlag vorsorge vorstellung wagen wahl wald wand ware warte wasser wechsel weg weiter
welt werk werkstatt wert wichtig wirtschaft wissen wohl wohn wohnung woche zahl zahlung zahn zeit zentrum zettel
zeugnis ziel zimmer zins zug zukunft zulage zusammen zuschlag zuschuss zustand zweck
allein ausländisch bedürftig berufs deutsch ehren fähig möglich pflichtig ständig unabhängig zuständig
`

export const COMPOUND_PARTS: ReadonlySet<string> = new Set(PARTS.split(/\s+/u).filter((part) => part.length >= 3))

/** Prefixes that may stand in front of a known part inside the same piece ("ab" + "rechnung"). */
export const PART_PREFIXES = [
  'ab',
  'an',
  'auf',
  'aus',
  'be',
  'bei',
  'durch',
  'ein',
  'ent',
  'er',
  'fort',
  'ge',
  'her',
  'hin',
  'miss',
  'mit',
  'nach',
  'über',
  'um',
  'un',
  'unter',
  'ur',
  'ver',
  'vor',
  'weg',
  'wieder',
  'zer',
  'zu',
  'zurück',
] as const

/** Suffixes that may follow a known part inside the same piece ("fähig" + "keit"). */
export const PART_SUFFIXES = [
  'bar',
  'chen',
  'er',
  'heit',
  'ig',
  'in',
  'innen',
  'isch',
  'keit',
  'lich',
  'ling',
  'nis',
  'sam',
  'schaft',
  'ung',
  'ungen',
] as const

/** Noun suffixes that are normally followed by a Fugen-s inside compounds ("Wohnungs·amt"). */
export const FUGEN_S_SUFFIXES = [
  'ung',
  'heit',
  'keit',
  'schaft',
  'ion',
  'tät',
  'ling',
  'tum',
  'sicht',
  'arbeit',
] as const

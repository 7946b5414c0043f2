import type { PageSeed } from '../types.ts'

/**
 * Fixed pages of the portal. All are maintained by the central editorial team
 * (department 'soziales'). Addresses, e-mail addresses and phone numbers are
 * fictional; this content belongs to a demo installation.
 */
export const pages: PageSeed[] = [
  {
    slug: 'startseite',
    kind: 'start',
    department: 'soziales',
    title: 'Willkommen bei der Integrierten Beratung',
    summary:
      'Das Beratungsportal für Menschen mit Behinderung, für Menschen mit einer psychischen Erkrankung und für ihre Angehörigen: Leistungen, Ansprechpersonen und Beratungsstellen im Rheinland an einem Ort.',
    content: `Die Integrierte Beratung bündelt die Informations- und Beratungsangebote des Landschaftsverbands Rheinland für Menschen mit Behinderung, für Menschen mit einer psychischen Erkrankung und für ihre Familien. Sie müssen nicht wissen, welche Stelle zuständig ist: Beschreiben Sie Ihr Anliegen, und wir zeigen Ihnen, wer Ihnen weiterhilft.

## Das finden Sie hier

- Leistungen: verständliche Beschreibungen mit Voraussetzungen, Unterlagen, Fristen, Kosten und Formularen, zum Beispiel zum Persönlichen Budget, zum Budget für Arbeit oder zur Frühförderung.
- Ansprechpersonen: wer für Ihren Wohnort und Ihr Anliegen zuständig ist, mit Telefon, E-Mail und Angaben zu Sprachen und Gebärdensprache.
- Beratungsstellen: Adressen, Öffnungszeiten, Anfahrt mit Bus und Bahn und Angaben zur Barrierefreiheit vor Ort.
- Erklärvideos: kurze Filme mit Untertiteln und Textfassung, einige davon in Deutscher Gebärdensprache.
- Leichte Sprache und Deutsche Gebärdensprache: Erklärungen dieser Website und vieler Leistungen in Leichter Sprache und als Video in Gebärdensprache.

## So finden Sie Hilfe

- Themen: Wählen Sie eine Lebenslage, zum Beispiel Arbeit und Beruf, Wohnen oder Kinder und Familie. Sie sehen dann alle passenden Leistungen.
- Suche: Geben Sie oben auf jeder Seite einen Begriff ein, etwa „Assistenz“ oder „Antrag“. Die Suche findet Leistungen, Ansprechpersonen, Beratungsstellen und Videos.
- „Wer hilft mir?“: Geben Sie Ihren Wohnort und Ihr Anliegen an. Sie erhalten Ihre zuständige Ansprechperson und die nächstgelegene Beratungsstelle.

Sie sind unsicher, welche Hilfe zu Ihnen passt? Dann lassen Sie sich beraten. Die Beratung ist kostenfrei und unverbindlich. Sie können einen Termin über das Terminformular vereinbaren, anrufen oder eine Beratungsstelle in Ihrer Nähe besuchen. Auf Wunsch organisieren wir für das Gespräch eine Gebärdensprachdolmetschung.

Hinweis: Dies ist eine Demo-Installation des Redaktionssystems Lotse. Namen, Anschriften, E-Mail-Adressen und Telefonnummern sind erfunden.`,
  },
  {
    slug: 'barrierefreiheit',
    kind: 'accessibility',
    department: 'soziales',
    title: 'Erklärung zur Barrierefreiheit',
    summary:
      'Wie barrierefrei diese Website ist, welche Inhalte noch nicht barrierefrei sind, wie Sie uns Barrieren melden und an wen Sie sich wenden können, wenn wir keine Lösung finden.',
    content: `Der Landschaftsverband Rheinland (Demo) möchte, dass alle Menschen das Portal „Integrierte Beratung“ ohne Hürden nutzen können. Diese Erklärung gilt für die Website https://demo.lotse.example/.

Grundlage sind das Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und die Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITV NRW), mit denen die Richtlinie (EU) 2016/2102 umgesetzt wird. Maßstab für die Prüfung sind die europäische Norm EN 301 549 und die Web Content Accessibility Guidelines (WCAG) 2.1 auf Konformitätsstufe AA. Die Erläuterungen in Deutscher Gebärdensprache und in Leichter Sprache orientieren sich an § 4 der Barrierefreie-Informationstechnik-Verordnung des Bundes (BITV 2.0). Der Aufbau dieser Erklärung folgt der Mustererklärung der Europäischen Kommission.

## Stand der Vereinbarkeit mit den Anforderungen

Diese Website ist mit den genannten Anforderungen teilweise vereinbar. Die Inhalte, die noch nicht barrierefrei sind, und die Gründe dafür nennen wir im nächsten Abschnitt.

## Nicht barrierefreie Inhalte

- Ältere PDF-Formulare: Einige Antragsformulare, die vor 2022 entstanden sind, haben keine vollständige Dokumentstruktur. Formularfelder sind teilweise nicht eindeutig beschriftet, sodass Screenreader sie nicht richtig vorlesen, und die Lesereihenfolge stimmt nicht immer. Wir überarbeiten diese Formulare schrittweise bis Ende 2026. Bis dahin schicken wir Ihnen jedes Formular auf Wunsch in einer zugänglichen Form zu oder füllen es mit Ihnen gemeinsam aus, am Telefon oder in einer Beratungsstelle.
- Erklärvideos ohne Gebärdensprache: Nicht alle Erklärvideos gibt es in Deutscher Gebärdensprache. Alle Videos haben Untertitel und eine vollständige Textfassung. Die Erklärung dieser Website in Gebärdensprache ist vorhanden; weitere Videos in Gebärdensprache ergänzen wir nach und nach.

## Erstellung dieser Erklärung

Diese Erklärung wurde am 20. Januar 2026 erstellt. Sie beruht auf einer Selbstbewertung der Online-Redaktion. Dabei wurden die Seiten mit Tastatur, Screenreader und Vergrößerungssoftware geprüft und zusätzlich mit automatischen Prüfwerkzeugen getestet. Die Erklärung wurde zuletzt am 20. Januar 2026 überprüft.

## Feedback und Kontaktangaben

Ist Ihnen auf dieser Website eine Barriere aufgefallen, oder brauchen Sie Informationen in einer anderen Form? Dann melden Sie sich bitte bei uns. Sie können das Feedback-Formular nutzen oder uns direkt erreichen:

- E-Mail: barrierefreiheit@demo.lotse.example
- Telefon: 0221 9999 000, Montag bis Freitag von 9 bis 15 Uhr
- Post: Landschaftsverband Rheinland (Demo), Online-Redaktion, Musterstraße 1, 50679 Köln

Bitte beschreiben Sie kurz, auf welcher Seite das Problem auftritt und was nicht funktioniert. Wir antworten Ihnen innerhalb von vier Wochen.

## Durchsetzungsverfahren

Wenn Sie uns eine Barriere gemeldet haben und mit unserer Antwort nicht zufrieden sind, oder wenn Sie keine Antwort bekommen haben, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden. Die Ombudsstelle ist bei der Landesbeauftragten für Menschen mit Behinderung NRW angesiedelt. Sie vermittelt zwischen Ihnen und uns und hilft, eine Lösung zu finden. Rechtsgrundlage ist § 10d BGG NRW.

Einen Antrag auf ein Ombudsverfahren können Sie schriftlich oder online stellen. Informationen, das Antragsformular und die Kontaktdaten der Ombudsstelle finden Sie auf ihrer Website: https://www.lbbp.nrw.de/ombudsstelle`,
  },
  {
    slug: 'leichte-sprache',
    kind: 'easy-language-info',
    department: 'soziales',
    title: 'Leichte Sprache',
    summary: 'Hier erklären wir diese Internet·seite in Leichter Sprache.',
    content: `## Was ist auf dieser Internet·seite?

Diese Internet·seite heißt Integrierte Beratung.
Die Internet·seite ist vom Landschafts·verband Rheinland.
Hier finden Sie Hilfe.
Die Hilfe ist für Menschen mit Behinderung.
Und für ihre Familien.

Auf der Internet·seite finden Sie:

- Hilfen und Leistungen
- Ansprech·personen in Ihrer Nähe
- Beratungs·stellen mit Adressen
- Videos mit Erklärungen
- Videos in Gebärden·sprache
- Texte in Leichter Sprache

## So benutzen Sie die Internet·seite

Oben auf jeder Seite ist ein Menü.
Im Menü finden Sie alle Themen.
Oben ist auch ein Such·feld.
Dort schreiben Sie ein Wort.
Zum Beispiel: Wohnen.
Dann sehen Sie passende Seiten.

Sie suchen Hilfe in Ihrer Nähe?
Dann klicken Sie auf: Wer hilft mir?
Schreiben Sie dort Ihren Wohn·ort.
Dann sehen Sie Ihre Ansprech·person.
Und Sie sehen die nächste Beratungs·stelle.

## Wo sind die Texte in Leichter Sprache?

Viele Hilfen erklären wir auch in Leichter Sprache.
Dann steht auf der Seite: Leichte Sprache.
Klicken Sie darauf.
Dann lesen Sie den Text in Leichter Sprache.

Es gibt auch ein Video in Leichter Sprache.
Das Video erklärt diese Internet·seite.

## Gebärden·sprache

Es gibt auch Videos in Gebärden·sprache.
Ein Video erklärt diese Internet·seite.
Sie finden es auf der Seite Gebärden·sprache.

## Ist die Internet·seite barriere·frei?

Barriere·frei heißt:
Alle Menschen können die Internet·seite gut benutzen.
Das ist uns wichtig.
Die Internet·seite ist schon zum Teil barriere·frei.
Aber es gibt noch Barrieren.
Zum Beispiel:

- Manche alte Formulare sind schwer zu benutzen.
- Nur manche Videos gibt es in Gebärden·sprache.

Wir machen die Formulare bis Ende 2026 besser.
Bis dahin helfen wir Ihnen beim Ausfüllen.

## Sie finden eine Barriere?

Dann sagen Sie es uns bitte.
Rufen Sie uns an.
Die Telefon·nummer ist 0221 9999 000.
Sie können uns auch eine E·Mail schreiben.
Die Adresse steht auf der Seite Barriere·freiheit.
Sie bekommen spätestens nach 4 Wochen eine Antwort.

## Sie sind mit der Antwort unzufrieden?

Dann gibt es noch eine andere Stelle.
Sie heißt Ombuds·stelle.
Die Ombuds·stelle hilft bei Streit.
Sie hilft Ihnen und uns.
Mehr dazu steht auf der Seite Barriere·freiheit.`,
  },
  {
    slug: 'gebaerdensprache',
    kind: 'dgs-info',
    department: 'soziales',
    title: 'Informationen in Deutscher Gebärdensprache',
    summary:
      'Ein Video in Deutscher Gebärdensprache erklärt diese Website. Hier erfahren Sie außerdem, welche weiteren Angebote es in Gebärdensprache gibt und wie Sie eine Beratung mit Dolmetschung bekommen.',
    content: `Im Video auf dieser Seite erklärt eine Gebärdensprachdolmetscherin in Deutscher Gebärdensprache (DGS), was Sie auf dieser Website finden, wie Sie sich zurechtfinden, was in der Erklärung zur Barrierefreiheit steht und wo es weitere Angebote in Gebärdensprache und in Leichter Sprache gibt. Unter dem Video finden Sie die Untertitel und eine vollständige Textfassung.

## Weitere Videos in Gebärdensprache

Videos in Deutscher Gebärdensprache erkennen Sie am DGS-Zeichen. Sie finden sie auch über die Suche und auf den Seiten der jeweiligen Leistung. Zurzeit gibt es in Gebärdensprache zum Beispiel Videos zu diesen Themen:

- Budget für Arbeit: Arbeiten in einem Betrieb statt in einer Werkstatt
- Integrationsfachdienst: Unterstützung im Beruf, auch mit Fachberatung für hörbehinderte Menschen

Wir ergänzen nach und nach weitere Videos in Gebärdensprache. Welche Inhalte noch fehlen, steht in der Erklärung zur Barrierefreiheit.

## Beratung in Gebärdensprache

Sie möchten sich in Gebärdensprache beraten lassen? Einige Ansprechpersonen beherrschen selbst Gebärdensprache. Bei „Wer hilft mir?“ und in den Angaben zu den Ansprechpersonen ist das vermerkt.

Für alle anderen Gespräche organisieren wir eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher. Geben Sie bei der Terminanfrage einfach an, dass Sie eine Dolmetschung in Deutscher Gebärdensprache wünschen. Für Sie entstehen dabei keine Kosten: Menschen mit einer Hörbehinderung haben das Recht, im Verwaltungsverfahren und bei Sozialleistungen in Gebärdensprache zu kommunizieren (§ 19 Absatz 1 Zehntes Buch Sozialgesetzbuch, § 17 Absatz 2 Erstes Buch Sozialgesetzbuch). Die Kosten der Dolmetschung trägt die zuständige Stelle.

## Kontakt ohne Telefon

Sie können uns auch schriftlich erreichen: über das Terminformular, das Feedback-Formular oder per E-Mail an die Ansprechperson, die für Sie zuständig ist.`,
    video: 'website-in-gebaerdensprache',
  },
  {
    slug: 'impressum',
    kind: 'imprint',
    department: 'soziales',
    title: 'Impressum',
    summary: 'Anbieterkennzeichnung dieser Demo-Installation des Portals „Integrierte Beratung“.',
    content: `Hinweis: Dies ist eine Demo-Installation des Open-Source-Redaktionssystems Lotse. Sie ist kein Angebot des Landschaftsverbands Rheinland. Der unten genannte Anbieter, die Anschrift und alle Kontaktdaten sind erfunden und dienen nur dazu, zu zeigen, wie ein Impressum in Lotse aussieht. Bitte senden Sie keine Anträge oder persönlichen Daten an die genannten Adressen.

## Anbieter

Landschaftsverband Rheinland (Demo), Musterstraße 1, 50679 Köln

Der Landschaftsverband Rheinland (Demo) ist eine Körperschaft des öffentlichen Rechts. Er wird vertreten durch die Direktorin oder den Direktor des Landschaftsverbands.

## Kontakt

- Telefon: 0221 9999 000
- E-Mail: kontakt@demo.lotse.example
- Website: https://demo.lotse.example/

## Verantwortlich für den Inhalt

Verantwortlich für den Inhalt im Sinne von § 18 Absatz 2 Medienstaatsvertrag ist die Leitung der Online-Redaktion im Dezernat Soziales, Anschrift wie oben. Für die Beschreibungen der einzelnen Leistungen sind die jeweils zuständigen Fachbereiche verantwortlich; sie geben jeden Text vor der Veröffentlichung fachlich frei.

## Aufsichtsbehörde

In einer echten Installation steht hier die Behörde, die die Aufsicht über den Anbieter führt. Für diese Demo-Installation gibt es keine Aufsichtsbehörde.

## Haftung für Links

Diese Website enthält Links zu Angeboten anderer Stellen. Für deren Inhalte sind allein die jeweiligen Anbieter verantwortlich. Wir haben die verlinkten Seiten bei der Verlinkung geprüft. Werden uns Rechtsverstöße bekannt, entfernen wir den Link umgehend.

## Software und Lizenz

Die Website wurde mit Lotse erstellt, einem Open-Source-Redaktionssystem für öffentliche Beratungsportale. Lotse steht unter der European Union Public Licence (EUPL) in der Version 1.2. Alle Texte, Personen und Kontaktdaten dieser Demo-Installation sind erfunden.

## Barrierefreiheit und Datenschutz

Informationen zur Barrierefreiheit finden Sie in der Erklärung zur Barrierefreiheit, Informationen zum Umgang mit Ihren Daten in der Datenschutzerklärung.`,
  },
  {
    slug: 'datenschutz',
    kind: 'privacy',
    department: 'soziales',
    title: 'Datenschutzerklärung',
    summary:
      'Welche Daten beim Besuch dieser Website und bei der Nutzung des Feedback- und des Terminformulars verarbeitet werden, wie lange wir sie speichern und welche Rechte Sie haben.',
    content: `Der Schutz Ihrer Daten ist uns wichtig. Hier erklären wir, welche personenbezogenen Daten wir verarbeiten, wenn Sie diese Website besuchen oder eines unserer Formulare nutzen.

## Das Wichtigste in Kürze

- Diese Website setzt keine Cookies.
- Wir verwenden keine Analyse- oder Tracking-Werkzeuge.
- Alle Inhalte, auch Schriften, Karten und Videos, kommen von unserem eigenen Server. Beim Besuch der Website werden keine Daten an andere Anbieter übertragen.
- Daten, die Sie selbst eingeben, verarbeiten wir nur, wenn Sie das Feedback- oder das Terminformular absenden.

## Verantwortliche Stelle

Landschaftsverband Rheinland (Demo), Musterstraße 1, 50679 Köln, E-Mail: kontakt@demo.lotse.example, Telefon: 0221 9999 000. Dies ist eine Demo-Installation; die Angaben sind erfunden.

## Datenschutzbeauftragte oder Datenschutzbeauftragter

Sie erreichen die behördliche Datenschutzbeauftragte oder den behördlichen Datenschutzbeauftragten unter der Anschrift der verantwortlichen Stelle mit dem Zusatz „Datenschutzbeauftragte“ oder per E-Mail an datenschutz@demo.lotse.example.

## Besuch der Website und Server-Protokolle

Diese Website besteht aus statischen Seiten. Wenn Sie eine Seite aufrufen, speichert der Webserver aus technischen Gründen diese Angaben in einer Protokolldatei:

- die IP-Adresse Ihres Geräts
- Datum und Uhrzeit des Abrufs
- die aufgerufene Adresse und die übertragene Datenmenge
- ob der Abruf erfolgreich war
- die Angaben Ihres Browsers zu Browsertyp und Betriebssystem

Wir brauchen diese Angaben, um die Website sicher und stabil zu betreiben und um Angriffe zu erkennen und abzuwehren. Rechtsgrundlage ist Artikel 6 Absatz 1 Buchstabe e der Datenschutz-Grundverordnung (DSGVO) in Verbindung mit § 3 Datenschutzgesetz Nordrhein-Westfalen (DSG NRW). Die Protokolldateien werden nach sieben Tagen automatisch gelöscht. Wir führen sie nicht mit anderen Daten zusammen und werten sie nicht für Statistiken über einzelne Personen aus.

## Feedback-Formular

Über das Feedback-Formular können Sie uns Hinweise geben, zum Beispiel auf Barrieren oder Fehler. Wir verarbeiten Ihre Nachricht, die Adresse der Seite, von der aus Sie schreiben, und, wenn Sie eine Antwort wünschen, Ihren Namen und Ihre E-Mail-Adresse. Name und E-Mail-Adresse sind freiwillig.

Wir nutzen diese Angaben nur, um Ihren Hinweis zu bearbeiten und Ihnen zu antworten. Rechtsgrundlage ist Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit § 3 DSG NRW; für Meldungen zur Barrierefreiheit zusätzlich § 10b BGG NRW. Ihre Nachricht wird sechs Monate nach Abschluss der Bearbeitung gelöscht.

## Terminformular

Mit dem Terminformular können Sie einen Beratungstermin anfragen. Dabei verarbeiten wir Ihren Namen, Ihre Kontaktdaten (Telefonnummer oder E-Mail-Adresse), Ihr Anliegen, Ihre Wunschtermine und den gewünschten Ort oder die Art der Beratung.

Sie können außerdem angeben, welche Unterstützung Sie für das Gespräch brauchen, zum Beispiel eine Gebärdensprachdolmetschung, Leichte Sprache oder einen stufenlosen Zugang. Solche Angaben können Rückschlüsse auf Ihre Gesundheit oder eine Behinderung zulassen. Wir verarbeiten sie nur mit Ihrer ausdrücklichen Einwilligung (Artikel 9 Absatz 2 Buchstabe a DSGVO) und nur, um den Termin passend vorzubereiten. Für die übrigen Angaben ist Rechtsgrundlage Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit § 3 DSG NRW.

Ihre Anfrage sehen nur die Beschäftigten, die für Ihr Anliegen zuständig sind. Die Anfrage wird 30 Tage nach dem Termin gelöscht, oder 30 Tage nach Ihrer Absage. Wird aus der Beratung ein Antrag oder ein Verwaltungsverfahren, kommen die nötigen Angaben in die zugehörige Akte; dann gelten die gesetzlichen Aufbewahrungsfristen.

## Übertragung und Weitergabe

Alle Formulare werden verschlüsselt übertragen. Wir geben Ihre Daten nicht an Dritte weiter und übermitteln sie nicht in Länder außerhalb der Europäischen Union. Setzen wir für den Betrieb der Website einen technischen Dienstleister ein, arbeitet er nur nach unserer Weisung auf Grundlage eines Vertrags nach Artikel 28 DSGVO.

## Ihre Rechte

Sie haben das Recht,

- Auskunft über Ihre gespeicherten Daten zu erhalten (Artikel 15 DSGVO),
- unrichtige Daten berichtigen zu lassen (Artikel 16 DSGVO),
- Ihre Daten löschen zu lassen (Artikel 17 DSGVO),
- die Verarbeitung einschränken zu lassen (Artikel 18 DSGVO),
- Ihre Daten in einem gängigen Format zu erhalten, soweit Sie sie uns mit Einwilligung gegeben haben (Artikel 20 DSGVO),
- der Verarbeitung aus Gründen Ihrer besonderen Situation zu widersprechen (Artikel 21 DSGVO),
- eine erteilte Einwilligung jederzeit mit Wirkung für die Zukunft zu widerrufen (Artikel 7 Absatz 3 DSGVO).

Wenden Sie sich dazu einfach an uns oder an die Datenschutzbeauftragte oder den Datenschutzbeauftragten.

Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren (Artikel 77 DSGVO). Zuständig für öffentliche Stellen in Nordrhein-Westfalen ist die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), https://www.ldi.nrw.de/

## Stand

Diese Datenschutzerklärung hat den Stand Januar 2026.`,
  },
]

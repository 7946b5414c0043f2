import type { ServiceSeed } from '../types.ts'

export const servicesSoziales: ServiceSeed[] = [
  {
    slug: 'beratung-106-sgb-ix',
    department: 'soziales',
    name: 'Beratung und Unterstützung nach § 106 SGB IX',
    nameEasyLanguage: 'Beratung beim Amt für Menschen mit Behinderung',
    teaser:
      'Der LVR berät Sie persönlich zu den Leistungen der Eingliederungshilfe und hilft Ihnen beim Antrag, bei der Klärung von Zuständigkeiten und bei der Suche nach passenden Angeboten in Ihrer Nähe.',
    description: `Wenn Sie eine wesentliche Behinderung haben oder eine solche Behinderung droht, haben Sie Anspruch darauf, dass der Träger der Eingliederungshilfe Sie berät und unterstützt. Im Rheinland ist das für erwachsene Menschen in der Regel der Landschaftsverband Rheinland (LVR). Die Beratung ist eine eigene Leistung: Sie müssen dafür noch keinen Antrag auf eine bestimmte Hilfe gestellt haben.

In der Beratung geht es um Ihre persönliche Lebenssituation und darum, was Sie brauchen, um möglichst selbstbestimmt zu leben. Die Fachkräfte des LVR-Fallmanagements erklären Ihnen, welche Leistungen es gibt, welche Voraussetzungen gelten und wie das Verfahren abläuft. Sie erfahren auch, ob Ihr Einkommen oder Vermögen eine Rolle spielt, ob andere Stellen wie Pflegekasse, Jobcenter oder Rentenversicherung zuständig sein könnten und welche Anbieter es in Ihrer Region gibt.

Wenn nötig, geht die Unterstützung über ein Gespräch hinaus. Der LVR hilft Ihnen zum Beispiel beim Ausfüllen des Antrags, beim Zusammenstellen der Unterlagen, im Kontakt mit anderen Leistungsträgern oder bei der ersten Verabredung mit einem Leistungsanbieter. Auf Wunsch können Angehörige, Ihre rechtliche Betreuerin oder Ihr rechtlicher Betreuer oder eine andere Vertrauensperson dabei sein.

Die Beratung muss in einer Form stattfinden, die Sie wahrnehmen und verstehen können. Sie können deshalb zum Beispiel eine Gebärdensprachdolmetschung, Erklärungen in Leichter Sprache oder einen Termin bei Ihnen zu Hause erbitten. Unabhängig vom LVR können Sie sich außerdem kostenlos bei einer Ergänzenden unabhängigen Teilhabeberatung (EUTB) beraten lassen.`,
    audience:
      'Menschen mit einer wesentlichen Behinderung oder einer drohenden wesentlichen Behinderung im Rheinland, ihre Angehörigen sowie rechtliche Betreuerinnen und Betreuer.',
    requirements: `Für die Beratung brauchen Sie weder einen Antrag noch einen Nachweis. Es genügt, dass Sie wissen möchten, ob Leistungen der Eingliederungshilfe für Sie in Frage kommen.

- Sie haben eine körperliche, geistige oder seelische Behinderung oder eine Sinnesbehinderung, oder eine solche Behinderung droht.
- Sie leben im Rheinland oder planen, dorthin zu ziehen.
- Ihr Anliegen betrifft Leistungen, für die der LVR zuständig ist, zum Beispiel Wohnen, Arbeit in einer Werkstatt oder Assistenz im Alltag. Ist eine andere Stelle zuständig, nennt Ihnen der LVR diese Stelle.`,
    documents: [
      {
        name: 'Vorhandene ärztliche Berichte oder Gutachten',
        note: 'Nicht erforderlich, aber hilfreich, wenn es bereits um einen konkreten Unterstützungsbedarf geht.',
      },
      {
        name: 'Bescheide anderer Stellen',
        note: 'Zum Beispiel Schwerbehindertenausweis, Bescheid der Pflegekasse oder Rentenbescheid, falls vorhanden.',
      },
      {
        name: 'Betreuerausweis oder Vollmacht',
        note: 'Nur wenn eine rechtliche Betreuerin, ein rechtlicher Betreuer oder eine bevollmächtigte Person für Sie handelt.',
      },
    ],
    costs: 'Die Beratung und Unterstützung sind kostenfrei.',
    deadlines:
      'Für die Beratung gibt es keine Fristen. Wenn Sie anschließend eine Leistung beantragen, gilt: Leistungen der Eingliederungshilfe gibt es frühestens ab dem Monat, in dem der Antrag eingeht.',
    processingTime:
      'In der Regel erhalten Sie innerhalb von zwei Wochen einen Beratungstermin. Wenn Ihr Anliegen dringend ist, sagen Sie es bitte gleich bei der ersten Kontaktaufnahme.',
    procedure: `- Sie melden sich telefonisch, per E-Mail, über das Online-Kontaktformular oder schriftlich beim LVR. Ihre zuständige Ansprechperson finden Sie über Ihren Wohnort.
- Das Fallmanagement vereinbart mit Ihnen einen Termin: in einer Dienststelle des LVR, bei Ihnen zu Hause, an einem anderen vereinbarten Ort oder per Video.
- Im Gespräch klären Sie gemeinsam Ihre Situation, Ihre Wünsche und die Leistungen, die in Frage kommen.
- Wenn Sie eine Leistung beantragen möchten, hilft Ihnen das Fallmanagement beim Antrag und bei den Unterlagen.
- Ist eine andere Stelle zuständig, stellt der LVR auf Ihren Wunsch den Kontakt her und achtet darauf, dass Ihr Anliegen dort ankommt.`,
    legalBasis: [
      {
        title: '§ 106 SGB IX (Beratung und Unterstützung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__106.html',
      },
      {
        title: '§ 32 SGB IX (Ergänzende unabhängige Teilhabeberatung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__32.html',
      },
      { title: '§ 14 SGB I (Beratung)', url: 'https://www.gesetze-im-internet.de/sgb_1/__14.html' },
    ],
    forms: [
      {
        title: 'Beratungstermin online anfragen',
        url: 'https://demo.lotse.example/online/beratungstermin',
        kind: 'online',
      },
    ],
    topics: ['beratung'],
    relatedServices: ['gesamtplanverfahren', 'persoenliches-budget', 'peer-bildungsberatung'],
    approval: { approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Grundsatz', approvedAt: '2026-02-16' },
  },
  {
    slug: 'persoenliches-budget',
    department: 'soziales',
    name: 'Persönliches Budget',
    nameEasyLanguage: 'Das Persönliche Budget',
    teaser:
      'Mit dem Persönlichen Budget erhalten Sie Geld statt einer Sachleistung. Damit kaufen Sie die Unterstützung, die Sie brauchen, selbst ein und entscheiden, wer Ihnen wann und wie hilft.',
    description: `Das Persönliche Budget ist keine zusätzliche Leistung, sondern eine besondere Form, in der Sie Leistungen zur Teilhabe erhalten. Statt dass der LVR einen Dienst oder eine Einrichtung direkt bezahlt, bekommen Sie einen regelmäßigen Geldbetrag. Damit organisieren Sie Ihre Unterstützung selbst: Sie wählen Anbieter aus, vereinbaren Zeiten und Inhalte oder stellen Assistenzkräfte selbst ein (Arbeitgebermodell).

Fast alle Leistungen der Eingliederungshilfe können als Persönliches Budget erbracht werden, zum Beispiel Assistenz im Alltag, Hilfen zur Mobilität oder Unterstützung in der Freizeit. Sind mehrere Leistungsträger beteiligt, etwa der LVR und die Pflegekasse oder die Krankenkasse, ist auch ein trägerübergreifendes Budget möglich. Sie haben dann trotzdem nur eine Ansprechstelle, die das Verfahren für alle Beteiligten koordiniert.

Die Höhe des Budgets richtet sich nach Ihrem festgestellten Bedarf. Sie soll die Kosten nicht übersteigen, die für die bisher festgestellten Leistungen ohne Budget entstehen würden. Was mit dem Geld erreicht werden soll und wie Sie die Verwendung nachweisen, halten Sie und der LVR in einer Zielvereinbarung fest.

Das Persönliche Budget steht auch Menschen mit hohem Unterstützungsbedarf offen. Wenn Sie bei der Verwaltung des Geldes Hilfe brauchen, können Angehörige, Ihre rechtliche Betreuung oder eine Budgetassistenz Sie unterstützen.`,
    audience:
      'Menschen mit Behinderungen, die Anspruch auf Leistungen der Eingliederungshilfe oder anderer Rehabilitationsträger haben und ihre Unterstützung selbst organisieren möchten.',
    requirements: `Sie können ein Persönliches Budget wählen, wenn Ihnen eine Leistung zur Teilhabe zusteht. Einen besonderen Nachweis, dass Sie mit Geld umgehen können, verlangt das Gesetz nicht.

- Sie haben Anspruch auf eine budgetfähige Leistung, zum Beispiel Assistenz, Hilfen zur Mobilität oder Leistungen zur Teilhabe am Arbeitsleben.
- Sie beantragen ausdrücklich, die Leistung als Persönliches Budget zu erhalten.
- Sie schließen mit dem LVR eine Zielvereinbarung ab.
- Sie selbst oder eine Person, die Sie unterstützt, können die Verwendung des Geldes so nachweisen, wie es in der Zielvereinbarung steht.`,
    documents: [
      { name: 'Antrag auf Leistungen der Eingliederungshilfe mit dem Wunsch nach einem Persönlichen Budget' },
      {
        name: 'Beschreibung, wie Sie Ihre Unterstützung organisieren möchten',
        note: 'Formlos, zum Beispiel welche Anbieter oder Assistenzkräfte Sie einsetzen wollen.',
      },
      {
        name: 'Bankverbindung (IBAN) für die Auszahlung',
        note: 'Empfehlenswert ist ein eigenes Konto nur für das Budget.',
      },
      {
        name: 'Nachweise über Einkommen und Vermögen',
        note: 'Nur wenn für die Leistung ein Eigenbeitrag in Betracht kommt.',
      },
    ],
    costs:
      'Das Persönliche Budget selbst kostet nichts. Für die zugrunde liegende Leistung kann je nach Einkommen ein Eigenbeitrag nach §§ 135 ff. SGB IX anfallen, genauso wie bei einer Sachleistung.',
    deadlines:
      'Sie können ein Persönliches Budget jederzeit beantragen, auch wenn Sie die Leistung bisher als Sachleistung erhalten. Die Zielvereinbarung kann von beiden Seiten aus wichtigem Grund gekündigt werden.',
    processingTime:
      'In der Regel sechs bis acht Wochen ab Eingang der vollständigen Unterlagen. Bei einem trägerübergreifenden Budget kann es länger dauern, weil mehrere Stellen beteiligt sind.',
    procedure: `- Sie lassen sich beim LVR oder bei einer EUTB-Stelle beraten und stellen einen Antrag.
- Im Gesamtplanverfahren wird Ihr Unterstützungsbedarf mit dem Bedarfsermittlungsinstrument BEI_NRW ermittelt.
- Der LVR berechnet die Höhe des Budgets und bespricht sie mit Ihnen.
- Sie und der LVR schließen eine Zielvereinbarung ab. Darin stehen Ihre Ziele, die Höhe des Budgets und die Art der Nachweise.
- Sie erhalten einen Bescheid. Das Budget wird danach in der Regel monatlich auf Ihr Konto überwiesen.
- Sie setzen das Geld ein und weisen die Verwendung wie vereinbart nach. Das Budget wird regelmäßig gemeinsam mit Ihnen überprüft.`,
    legalBasis: [
      { title: '§ 29 SGB IX (Persönliches Budget)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__29.html' },
      { title: '§ 105 SGB IX (Leistungsformen)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__105.html' },
      { title: '§ 8 SGB IX (Wunsch- und Wahlrecht)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__8.html' },
    ],
    forms: [
      {
        title: 'Antrag auf ein Persönliches Budget (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-persoenliches-budget.pdf',
        kind: 'form',
      },
      {
        title: 'Muster einer Zielvereinbarung (PDF)',
        url: 'https://demo.lotse.example/formulare/muster-zielvereinbarung-persoenliches-budget.pdf',
        kind: 'form',
      },
    ],
    topics: ['geld-und-leistungen', 'freizeit-und-alltag'],
    relatedServices: ['beratung-106-sgb-ix', 'gesamtplanverfahren', 'assistenz-eigener-wohnraum'],
    approval: { approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Grundsatz', approvedAt: '2026-03-04' },
  },
  {
    slug: 'budget-fuer-arbeit',
    department: 'soziales',
    name: 'Budget für Arbeit',
    nameEasyLanguage: 'Das Budget für Arbeit',
    teaser:
      'Sie arbeiten in einer Werkstatt und möchten auf den allgemeinen Arbeitsmarkt wechseln? Mit dem Budget für Arbeit erhält Ihr neuer Arbeitgeber einen Lohnkostenzuschuss, und Sie bekommen Unterstützung am Arbeitsplatz.',
    description: `Das Budget für Arbeit ist eine Alternative zur Beschäftigung in einer Werkstatt für Menschen mit Behinderung. Es richtet sich an Menschen, die Anspruch auf einen Platz im Arbeitsbereich einer Werkstatt haben, aber lieber in einem Betrieb, einer Behörde oder einem Verein auf dem allgemeinen Arbeitsmarkt arbeiten möchten. Sie schließen einen ganz normalen Arbeitsvertrag ab und werden nach Tarif oder ortsüblich bezahlt, mindestens aber mit dem gesetzlichen Mindestlohn.

Das Budget besteht aus zwei Teilen. Ihr Arbeitgeber erhält einen Lohnkostenzuschuss von bis zu 75 Prozent des regelmäßig gezahlten Arbeitsentgelts. Damit wird ausgeglichen, dass Sie wegen Ihrer Behinderung vielleicht nicht so viel leisten können wie andere Beschäftigte. Außerdem werden die Kosten für die Anleitung und Begleitung übernommen, die Sie am Arbeitsplatz brauchen, zum Beispiel durch einen Jobcoach oder durch eine Kollegin oder einen Kollegen im Betrieb.

Im Rheinland arbeiten das LVR-Fallmanagement, das LVR-Inklusionsamt und die Integrationsfachdienste dabei eng zusammen. Sie helfen bei der Suche nach einem passenden Arbeitsplatz, beraten Arbeitgeber und begleiten Sie nach dem Start. Dauer und Höhe der Leistung richten sich nach Ihrem Einzelfall und werden regelmäßig überprüft. Wenn es nicht klappt, haben Sie das Recht, in die Werkstatt zurückzukehren.`,
    audience:
      'Menschen mit Behinderungen, die Anspruch auf Leistungen im Arbeitsbereich einer Werkstatt haben, sowie Arbeitgeber, die sie einstellen möchten.',
    requirements: `Das Budget für Arbeit setzt voraus, dass Sie werkstattberechtigt sind und ein Arbeitgeber Sie einstellen möchte.

- Sie haben Anspruch auf Leistungen im Arbeitsbereich einer anerkannten Werkstatt für Menschen mit Behinderung, zum Beispiel weil Sie dort bereits arbeiten oder den Berufsbildungsbereich abgeschlossen haben.
- Ein privater oder öffentlicher Arbeitgeber bietet Ihnen ein sozialversicherungspflichtiges Arbeitsverhältnis an.
- Sie werden nach Tarifvertrag oder ortsüblich bezahlt.
- Der Arbeitgeber hat nicht einer anderen beschäftigten Person gekündigt, um Sie mit Zuschuss einzustellen.`,
    documents: [
      { name: 'Antrag auf Budget für Arbeit' },
      {
        name: 'Entwurf des Arbeitsvertrags oder verbindliches Arbeitsangebot',
        note: 'Mit Angaben zu Tätigkeit, Arbeitszeit und Arbeitsentgelt.',
      },
      { name: 'Beschreibung des Arbeitsplatzes durch den Arbeitgeber' },
      {
        name: 'Nachweis über die Werkstattberechtigung',
        note: 'Zum Beispiel Bescheid über Leistungen im Arbeitsbereich oder Abschlussbericht des Berufsbildungsbereichs.',
      },
    ],
    costs:
      'Für Sie entstehen keine Kosten. Leistungen zur Teilhabe am Arbeitsleben sind in der Eingliederungshilfe beitragsfrei; Ihr Einkommen und Vermögen werden dafür nicht herangezogen.',
    deadlines:
      'Stellen Sie den Antrag, bevor das Arbeitsverhältnis beginnt. Leistungen gibt es frühestens ab dem Monat, in dem der Antrag beim LVR eingeht.',
    processingTime:
      'In der Regel vier bis sechs Wochen. Planen Sie den Wechsel frühzeitig mit dem LVR und dem Integrationsfachdienst, damit die Entscheidung zum Arbeitsbeginn vorliegt.',
    procedure: `- Sie sprechen mit dem LVR-Fallmanagement, dem Sozialdienst Ihrer Werkstatt oder dem Integrationsfachdienst über Ihren Wunsch.
- Gemeinsam suchen Sie einen passenden Arbeitsplatz. Oft hilft ein Praktikum, den Betrieb und die Aufgaben kennenzulernen.
- Sie stellen mit Unterstützung des Arbeitgebers den Antrag. Der LVR prüft die Voraussetzungen und klärt, wie viel Anleitung und Begleitung Sie brauchen.
- Der LVR legt die Höhe des Lohnkostenzuschusses fest und erteilt einen Bescheid.
- Sie schließen den Arbeitsvertrag ab und beginnen Ihre Arbeit. Der Zuschuss wird an den Arbeitgeber gezahlt.
- Die Leistung wird regelmäßig überprüft und bei Bedarf angepasst.`,
    legalBasis: [
      { title: '§ 61 SGB IX (Budget für Arbeit)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__61.html' },
      {
        title: '§ 111 SGB IX (Leistungen zur Beschäftigung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__111.html',
      },
      {
        title: '§ 220 SGB IX (Aufnahme in die Werkstätten, Rückkehrrecht)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__220.html',
      },
    ],
    forms: [
      {
        title: 'Antrag auf Budget für Arbeit (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-budget-fuer-arbeit.pdf',
        kind: 'form',
      },
      {
        title: 'Erklärung des Arbeitgebers zum Budget für Arbeit (PDF)',
        url: 'https://demo.lotse.example/formulare/erklaerung-arbeitgeber-budget-fuer-arbeit.pdf',
        kind: 'form',
      },
    ],
    topics: ['arbeit-finden', 'geld-und-leistungen'],
    relatedServices: ['werkstatt-fuer-menschen-mit-behinderung', 'integrationsfachdienst', 'budget-fuer-ausbildung'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Teilhabe am Arbeitsleben',
      approvedAt: '2026-04-21',
    },
  },
  {
    slug: 'budget-fuer-ausbildung',
    department: 'soziales',
    name: 'Budget für Ausbildung',
    nameEasyLanguage: 'Das Budget für Ausbildung',
    teaser:
      'Mit dem Budget für Ausbildung können Sie statt in einer Werkstatt eine reguläre Berufsausbildung in einem Betrieb machen. Die Ausbildungsvergütung und die nötige Begleitung werden übernommen.',
    description: `Das Budget für Ausbildung öffnet Menschen, die Anspruch auf Leistungen einer Werkstatt für Menschen mit Behinderung haben, den Weg in eine betriebliche Ausbildung. Sie machen eine anerkannte Berufsausbildung oder eine Fachpraktiker-Ausbildung für Menschen mit Behinderungen bei einem Arbeitgeber Ihrer Wahl und schließen einen regulären Ausbildungsvertrag ab.

Das Budget umfasst die Erstattung der Ausbildungsvergütung einschließlich der Sozialversicherungsbeiträge des Arbeitgebers, die wegen der Behinderung nötige Anleitung und Begleitung im Betrieb und in der Berufsschule sowie die notwendigen Fahrkosten. Wenn Sie die Berufsschule am Ort des Ausbildungsbetriebs wegen Ihrer Behinderung nicht besuchen können, kann der schulische Teil der Ausbildung auch in einer Einrichtung der beruflichen Rehabilitation stattfinden.

Wer das Budget bezahlt, hängt davon ab, wo Sie gerade stehen. Wenn Sie aus dem Eingangsverfahren oder dem Berufsbildungsbereich einer Werkstatt kommen, ist meist die Agentur für Arbeit zuständig, manchmal auch die Rentenversicherung. Wenn Sie bereits im Arbeitsbereich einer Werkstatt oder bei einem anderen Leistungsanbieter arbeiten, ist im Rheinland der LVR zuständig. Der LVR berät Sie in beiden Fällen und hilft bei der Klärung.`,
    audience:
      'Junge Menschen und Erwachsene mit Behinderungen, die Anspruch auf Leistungen einer Werkstatt haben und eine Ausbildung in einem Betrieb machen möchten.',
    requirements: `Das Budget für Ausbildung erhalten Sie, wenn Sie werkstattberechtigt sind und einen Ausbildungsplatz auf dem allgemeinen Arbeitsmarkt gefunden haben.

- Sie haben Anspruch auf Leistungen im Eingangsverfahren, im Berufsbildungsbereich oder im Arbeitsbereich einer Werkstatt für Menschen mit Behinderung oder bei einem anderen Leistungsanbieter.
- Ein privater oder öffentlicher Arbeitgeber bietet Ihnen ein sozialversicherungspflichtiges Ausbildungsverhältnis an.
- Die Ausbildung führt zu einem anerkannten Ausbildungsberuf oder ist eine Fachpraktiker-Ausbildung nach dem Berufsbildungsgesetz oder der Handwerksordnung.`,
    documents: [
      { name: 'Antrag auf Budget für Ausbildung' },
      { name: 'Ausbildungsvertrag oder verbindliche Zusage des Ausbildungsbetriebs' },
      {
        name: 'Angaben zur Ausbildungsvergütung',
        note: 'Zum Beispiel Auszug aus dem Tarifvertrag oder Bestätigung des Betriebs.',
      },
      { name: 'Aktueller Bericht der Werkstatt oder des anderen Leistungsanbieters', note: 'Falls vorhanden.' },
    ],
    costs:
      'Für Sie entstehen keine Kosten. Die Leistung ist beitragsfrei; Ihr Einkommen und Vermögen werden nicht herangezogen.',
    deadlines:
      'Stellen Sie den Antrag vor Beginn der Ausbildung, am besten sobald der Betrieb Ihnen eine Zusage gegeben hat. Viele Ausbildungen beginnen am 1. August oder 1. September.',
    processingTime:
      'In der Regel vier bis sechs Wochen. Ist der LVR nicht zuständig, leitet er Ihren Antrag innerhalb von zwei Wochen an die zuständige Stelle weiter.',
    procedure: `- Sie lassen sich beraten, zum Beispiel vom Sozialdienst Ihrer Werkstatt, vom Integrationsfachdienst oder vom LVR-Fallmanagement.
- Sie suchen mit Unterstützung einen Ausbildungsbetrieb. Ein Praktikum kann helfen, Beruf und Betrieb kennenzulernen.
- Sie stellen den Antrag beim LVR oder bei der Agentur für Arbeit. Die Stelle, bei der der Antrag zuerst eingeht, klärt die Zuständigkeit.
- Der zuständige Träger prüft die Voraussetzungen und legt fest, welche Begleitung Sie im Betrieb und in der Berufsschule brauchen.
- Nach der Bewilligung schließen Sie den Ausbildungsvertrag ab. Der Betrieb erhält die Ausbildungsvergütung erstattet.
- Während der Ausbildung bleibt Ihre Begleitung mit Ihnen und dem Betrieb in Kontakt.`,
    legalBasis: [
      {
        title: '§ 61a SGB IX (Budget für Ausbildung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__61a.html',
      },
      { title: '§ 63 SGB IX (Zuständigkeit)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__63.html' },
      {
        title: '§ 66 BBiG (Ausbildungsregelungen für Menschen mit Behinderung)',
        url: 'https://www.gesetze-im-internet.de/bbig_2005/__66.html',
      },
    ],
    forms: [
      {
        title: 'Antrag auf Budget für Ausbildung (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-budget-fuer-ausbildung.pdf',
        kind: 'form',
      },
    ],
    topics: ['arbeit-finden', 'schule-und-bildung'],
    relatedServices: ['budget-fuer-arbeit', 'werkstatt-fuer-menschen-mit-behinderung', 'integrationsfachdienst'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Teilhabe am Arbeitsleben',
      approvedAt: '2026-04-21',
    },
  },
  {
    slug: 'werkstatt-fuer-menschen-mit-behinderung',
    department: 'soziales',
    name: 'Arbeit in einer Werkstatt für Menschen mit Behinderung',
    nameEasyLanguage: 'Arbeiten in einer Werkstatt',
    teaser:
      'Werkstätten für Menschen mit Behinderung bieten Arbeit und berufliche Bildung für alle, die wegen ihrer Behinderung nicht oder noch nicht auf dem allgemeinen Arbeitsmarkt arbeiten können. Den Arbeitsbereich finanziert im Rheinland der LVR.',
    description: `Werkstätten für Menschen mit Behinderung (WfbM) bieten Menschen, die wegen Art oder Schwere ihrer Behinderung nicht, noch nicht oder noch nicht wieder auf dem allgemeinen Arbeitsmarkt tätig sein können, einen Arbeitsplatz und berufliche Bildung. Die Arbeit ist vielfältig: von Montage und Verpackung über Holz- und Metallbearbeitung sowie Garten- und Landschaftspflege bis zu Küche, Wäscherei oder Büro. Viele Werkstätten bieten auch Außenarbeitsplätze in Betrieben an.

Der Weg in die Werkstatt hat drei Abschnitte. Im Eingangsverfahren, das bis zu drei Monate dauert, wird geklärt, ob die Werkstatt der richtige Ort für Sie ist. Im Berufsbildungsbereich lernen Sie bis zu zwei Jahre lang verschiedene Tätigkeiten kennen und werden beruflich gefördert. Diese beiden Abschnitte bezahlt meist die Agentur für Arbeit oder die Rentenversicherung. Für den anschließenden Arbeitsbereich ist im Rheinland der LVR als Träger der Eingliederungshilfe zuständig.

Im Arbeitsbereich erhalten Sie ein Arbeitsentgelt. Es besteht aus einem Grundbetrag, einem Steigerungsbetrag, der sich nach Ihrer Leistung richtet, und dem Arbeitsförderungsgeld. Sie sind kranken-, pflege- und rentenversichert. Nach 20 Jahren Beschäftigung kann ein Anspruch auf eine Rente wegen voller Erwerbsminderung entstehen. Die Fahrt zur Werkstatt wird in der Regel organisiert und bezahlt.

Die Werkstatt soll Sie auch dabei unterstützen, auf den allgemeinen Arbeitsmarkt zu wechseln, zum Beispiel mit dem Budget für Arbeit. Statt in einer Werkstatt können Sie die gleichen Leistungen außerdem bei einem anderen Leistungsanbieter erhalten.`,
    audience:
      'Erwachsene Menschen mit Behinderungen, die wegen Art oder Schwere ihrer Behinderung nicht, noch nicht oder noch nicht wieder auf dem allgemeinen Arbeitsmarkt arbeiten können.',
    requirements: `Für den Arbeitsbereich einer Werkstatt prüft der LVR, ob eine Werkstattbeschäftigung für Sie das Richtige ist. In der Regel haben Sie vorher das Eingangsverfahren und den Berufsbildungsbereich durchlaufen.

- Sie können wegen Art oder Schwere Ihrer Behinderung nicht, noch nicht oder noch nicht wieder auf dem allgemeinen Arbeitsmarkt arbeiten, auch nicht mit Unterstützung.
- Es ist zu erwarten, dass Sie spätestens nach dem Berufsbildungsbereich ein Mindestmaß an wirtschaftlich verwertbarer Arbeit leisten können.
- Ihr Bedarf an Betreuung und Pflege lässt eine Teilnahme am Arbeitsalltag der Werkstatt zu.
- Sie haben die Schule beendet.`,
    documents: [
      { name: 'Antrag auf Leistungen im Arbeitsbereich einer Werkstatt' },
      {
        name: 'Abschlussbericht aus dem Berufsbildungsbereich',
        note: 'Die Werkstatt schickt ihn in der Regel direkt an den LVR.',
      },
      {
        name: 'Unterlagen zur Behinderung',
        note: 'Falls vorhanden, zum Beispiel Schwerbehindertenausweis, ärztliche Berichte oder Bescheid der Rentenversicherung.',
      },
      { name: 'Betreuerausweis oder Vollmacht', note: 'Nur wenn eine andere Person für Sie handelt.' },
    ],
    costs:
      'Die Leistungen im Arbeitsbereich sind für Sie beitragsfrei; Einkommen und Vermögen werden nicht herangezogen. Für das Mittagessen in der Werkstatt zahlen Sie einen Eigenanteil. Wenn Sie Grundsicherung beziehen, wird dafür ein Mehrbedarf berücksichtigt.',
    deadlines:
      'Der Antrag auf Leistungen im Arbeitsbereich sollte etwa drei Monate vor dem Ende des Berufsbildungsbereichs beim LVR eingehen, damit keine Lücke entsteht.',
    processingTime:
      'In der Regel vier bis acht Wochen. Liegt der Bericht aus dem Berufsbildungsbereich rechtzeitig vor, entscheidet der LVR meist vor dem Wechsel in den Arbeitsbereich.',
    procedure: `- Sie lassen sich beraten, zum Beispiel von der Agentur für Arbeit, Ihrer Schule, dem Sozialdienst einer Werkstatt oder dem LVR. Ein Besuch oder Praktikum in einer Werkstatt hilft bei der Entscheidung.
- Für das Eingangsverfahren und den Berufsbildungsbereich stellen Sie einen Antrag bei der Agentur für Arbeit oder der Rentenversicherung.
- Gegen Ende des Berufsbildungsbereichs beantragen Sie beim LVR Leistungen im Arbeitsbereich. Die Werkstatt unterstützt Sie dabei.
- Im Gesamtplanverfahren werden Ihre Ziele und Ihr Unterstützungsbedarf festgehalten.
- Der LVR erteilt einen Bescheid. Sie schließen mit der Werkstatt einen Werkstattvertrag ab.
- Ihre Ziele werden regelmäßig mit Ihnen überprüft, auch mit Blick auf einen möglichen Wechsel auf den allgemeinen Arbeitsmarkt.`,
    legalBasis: [
      {
        title: '§ 58 SGB IX (Leistungen im Arbeitsbereich)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__58.html',
      },
      {
        title: '§ 60 SGB IX (Andere Leistungsanbieter)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__60.html',
      },
      {
        title: '§ 219 SGB IX (Begriff und Aufgaben der Werkstatt)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__219.html',
      },
      {
        title: '§ 221 SGB IX (Rechtsstellung und Arbeitsentgelt)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__221.html',
      },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen im Arbeitsbereich einer Werkstatt (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-werkstatt-arbeitsbereich.pdf',
        kind: 'form',
      },
      {
        title: 'Antrag auf Eingliederungshilfe online stellen',
        url: 'https://demo.lotse.example/online/antrag-eingliederungshilfe',
        kind: 'online',
      },
    ],
    topics: ['arbeit-und-beruf'],
    relatedServices: ['budget-fuer-arbeit', 'budget-fuer-ausbildung', 'gesamtplanverfahren'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Teilhabe am Arbeitsleben',
      approvedAt: '2026-05-07',
    },
  },
  {
    slug: 'kokobe',
    department: 'soziales',
    name: 'KoKoBe – Koordinierungs-, Kontakt- und Beratungsangebote',
    nameEasyLanguage: 'Kontakt und Beratung in Ihrer Nähe',
    teaser:
      'Die KoKoBe sind Anlaufstellen für erwachsene Menschen mit geistiger Behinderung und ihre Angehörigen. Sie beraten kostenlos, vermitteln Kontakte und Freizeitangebote und helfen bei der Planung von Unterstützung.',
    description: `KoKoBe steht für Koordinierungs-, Kontakt- und Beratungsangebote. Es gibt sie in allen Kreisen und kreisfreien Städten im Rheinland. Sie werden vom LVR gefördert und von Trägern der Wohlfahrtspflege oder anderen Organisationen vor Ort betrieben. Die KoKoBe sind vor allem für erwachsene Menschen mit geistiger Behinderung da, die selbstständig oder mit Unterstützung in einer eigenen Wohnung, bei ihrer Familie oder in einer Wohngemeinschaft leben oder so leben möchten.

Die Beratung steht allen offen, unabhängig davon, ob Sie schon Leistungen erhalten oder nicht. Die Fachkräfte nehmen sich Zeit, hören zu und erklären verständlich, welche Möglichkeiten es gibt, zum Beispiel beim Wohnen, in der Freizeit oder wenn sich im Leben etwas verändert. Auf Wunsch helfen sie Ihnen, Ihre Wünsche und Ziele für das Gesamtplanverfahren mit dem LVR vorzubereiten.

Außerdem bringen die KoKoBe Menschen zusammen. Es gibt Treffpunkte, Freizeitgruppen, Kurse und Veranstaltungen, bei denen Sie andere Menschen kennenlernen können. Und sie arbeiten mit Vereinen, Diensten und Behörden in Ihrer Stadt zusammen, damit Angebote im Wohnviertel auch für Menschen mit Behinderung offen sind.`,
    audience:
      'Erwachsene Menschen mit geistiger Behinderung, ihre Angehörigen, rechtlichen Betreuerinnen und Betreuer sowie Menschen, die sie im Alltag begleiten.',
    requirements: `Für die KoKoBe brauchen Sie keinen Antrag und keinen Bescheid. Sie können einfach Kontakt aufnehmen oder vorbeikommen.

- Sie haben eine geistige Behinderung oder möchten sich als angehörige oder betreuende Person beraten lassen.
- Sie sind in der Regel volljährig.
- Sie leben in dem Kreis oder der Stadt, für die die KoKoBe zuständig ist, oder möchten dorthin ziehen.`,
    documents: [
      { name: 'Keine Unterlagen erforderlich', note: 'Für ein erstes Gespräch müssen Sie nichts mitbringen.' },
      {
        name: 'Vorhandene Bescheide oder Schreiben',
        note: 'Hilfreich, wenn es um eine Leistung des LVR oder einer anderen Stelle geht.',
      },
    ],
    costs:
      'Die Beratung und die meisten Kontakt- und Freizeitangebote sind kostenfrei. Für einzelne Kurse oder Ausflüge kann ein kleiner Teilnahmebeitrag anfallen.',
    deadlines: 'Es gibt keine Fristen.',
    processingTime:
      'Ein Beratungsgespräch ist meist innerhalb weniger Tage möglich. Viele KoKoBe bieten außerdem offene Sprechstunden ohne Termin an.',
    procedure: `- Sie suchen die KoKoBe in Ihrer Nähe über Ihren Wohnort heraus.
- Sie rufen an, schreiben eine E-Mail oder kommen in eine offene Sprechstunde.
- Im Gespräch erzählen Sie, was Sie beschäftigt. Eine Vertrauensperson darf Sie begleiten.
- Die KoKoBe erklärt Ihnen, welche Angebote und Leistungen passen könnten, und hilft bei den nächsten Schritten.
- Wenn Sie möchten, begleitet die KoKoBe Sie auch zu einem Termin beim LVR oder bei einem Anbieter.`,
    legalBasis: [
      {
        title: '§ 106 SGB IX (Beratung und Unterstützung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__106.html',
      },
      {
        title: '§ 94 SGB IX (Aufgaben der Länder, sozialraumorientierte Angebote)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__94.html',
      },
    ],
    forms: [
      {
        title: 'Kontakt zu einer KoKoBe aufnehmen',
        url: 'https://demo.lotse.example/online/kontakt-kokobe',
        kind: 'online',
      },
    ],
    topics: ['beratung', 'freizeit-und-alltag'],
    relatedServices: ['beratung-106-sgb-ix', 'assistenz-eigener-wohnraum', 'familienunterstuetzende-dienste'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Regionale Angebotsstrukturen',
      approvedAt: '2026-05-26',
    },
  },
  {
    slug: 'assistenz-eigener-wohnraum',
    department: 'soziales',
    name: 'Assistenz im eigenen Wohnraum',
    nameEasyLanguage: 'Hilfe in Ihrer eigenen Wohnung',
    teaser:
      'Sie möchten in Ihrer eigenen Wohnung leben und brauchen dabei Unterstützung? Assistenzleistungen helfen Ihnen zum Beispiel im Haushalt, bei Behördenpost, bei der Gestaltung Ihres Tages oder in schwierigen Zeiten.',
    description: `Viele Menschen mit Behinderungen leben allein, mit Partnerin oder Partner oder in einer Wohngemeinschaft in einer eigenen Wohnung. Wenn Sie dafür Unterstützung brauchen, übernimmt der LVR als Träger der Eingliederungshilfe die Kosten für Assistenz im eigenen Wohnraum. Früher hieß diese Leistung im Rheinland Ambulant Betreutes Wohnen (BeWo).

Die Assistenz richtet sich nach Ihren Zielen. Fachkräfte unterstützen Sie zum Beispiel dabei, Ihren Haushalt zu organisieren, mit Ihrem Geld auszukommen, Termine bei Ärztinnen, Ärzten und Behörden wahrzunehmen, Kontakte zu pflegen oder Ihre Freizeit zu gestalten. Man unterscheidet zwei Formen: Bei der qualifizierten Assistenz leiten Fachkräfte Sie an, damit Sie Dinge zunehmend selbst erledigen können. Bei der kompensatorischen Assistenz übernehmen Assistenzkräfte Tätigkeiten, die Sie wegen Ihrer Behinderung nicht selbst ausführen können.

Sie wählen den Anbieter, der Sie unterstützen soll, selbst aus. Der Umfang der Assistenz wird im Gesamtplan beschrieben, meist in Fachleistungsstunden pro Woche. Miete und Lebensunterhalt bezahlen Sie wie andere Menschen aus Ihrem Einkommen. Reicht es nicht aus, können Sie Leistungen zum Lebensunterhalt beim Sozialamt oder Jobcenter beantragen.`,
    audience:
      'Erwachsene Menschen mit geistiger, körperlicher oder seelischer Behinderung, auch mit einer chronischen Suchterkrankung, die in einer eigenen Wohnung leben oder dorthin ziehen möchten.',
    requirements: `Sie haben Anspruch auf Assistenz, wenn Sie zum Personenkreis der Eingliederungshilfe gehören und ohne Unterstützung nicht selbstbestimmt in Ihrer Wohnung leben können.

- Sie haben eine wesentliche Behinderung oder eine solche Behinderung droht.
- Sie brauchen wegen Ihrer Behinderung regelmäßig Unterstützung, um in Ihrem Wohnraum und in Ihrem Alltag zurechtzukommen.
- Sie leben im Rheinland in einer eigenen Wohnung, einer Wohngemeinschaft oder bei Angehörigen, oder ein Umzug dorthin ist geplant.`,
    documents: [
      { name: 'Antrag auf Leistungen der Eingliederungshilfe' },
      {
        name: 'Ärztliche Berichte oder Stellungnahmen zur Behinderung',
        note: 'Zum Beispiel von einer Fachärztin, einem Facharzt oder aus einer Klinik.',
      },
      { name: 'Nachweise über Einkommen und Vermögen', note: 'Zur Prüfung eines möglichen Eigenbeitrags.' },
      { name: 'Mietvertrag oder Meldebescheinigung' },
    ],
    costs:
      'Je nach Einkommen kann ein monatlicher Eigenbeitrag anfallen (§§ 135 ff. SGB IX). Einkommen und Vermögen von Partnerinnen oder Partnern werden nicht herangezogen. Vermögen bis zu 150 Prozent der jährlichen Bezugsgröße der Sozialversicherung bleibt geschützt.',
    deadlines:
      'Es gibt keine Antragsfrist. Leistungen der Eingliederungshilfe werden aber frühestens ab dem Ersten des Monats erbracht, in dem Ihr Antrag eingeht. Stellen Sie den Antrag deshalb rechtzeitig.',
    processingTime:
      'In der Regel sechs bis acht Wochen nach Eingang aller Unterlagen, weil zunächst Ihr Bedarf ermittelt wird. Wenn Ihre Lage dringend ist, weisen Sie bitte schon im Antrag darauf hin.',
    procedure: `- Sie stellen einen Antrag beim LVR: formlos, mit dem Antragsformular oder online. Ein Anbieter oder eine Beratungsstelle kann Ihnen dabei helfen.
- Das LVR-Fallmanagement ermittelt mit Ihnen Ihren Bedarf mit dem Instrument BEI_NRW.
- Sie wählen einen Anbieter, der Assistenz im eigenen Wohnraum in Ihrer Region anbietet.
- Der LVR stellt den Gesamtplan auf und entscheidet mit einem Bescheid über Art und Umfang der Assistenz.
- Die Assistenz beginnt. Ziele und Umfang werden regelmäßig überprüft und bei Bedarf angepasst.`,
    legalBasis: [
      { title: '§ 78 SGB IX (Assistenzleistungen)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__78.html' },
      {
        title: '§ 113 SGB IX (Leistungen zur Sozialen Teilhabe)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html',
      },
      {
        title: '§ 136 SGB IX (Beitrag aus Einkommen)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__136.html',
      },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Eingliederungshilfe (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-eingliederungshilfe.pdf',
        kind: 'form',
      },
      {
        title: 'Antrag auf Eingliederungshilfe online stellen',
        url: 'https://demo.lotse.example/online/antrag-eingliederungshilfe',
        kind: 'online',
      },
    ],
    topics: ['wohnen', 'freizeit-und-alltag'],
    relatedServices: ['besondere-wohnform', 'persoenliches-budget', 'hph-ambulant-unterstuetztes-wohnen'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Wohnen und Soziale Teilhabe',
      approvedAt: '2026-06-10',
    },
  },
  {
    slug: 'besondere-wohnform',
    department: 'soziales',
    name: 'Wohnen in einer besonderen Wohnform',
    nameEasyLanguage: 'Wohnen in einem Wohn·heim',
    teaser:
      'In einer besonderen Wohnform leben Sie mit anderen zusammen und erhalten umfassende Unterstützung, oft rund um die Uhr. Der LVR bezahlt die Fachleistung; Miete und Lebensunterhalt werden davon getrennt finanziert.',
    description: `Besondere Wohnformen sind Wohnangebote, in denen mehrere Menschen mit Behinderungen zusammenleben und umfassend unterstützt werden. Früher sprach man von Wohnheimen oder stationären Einrichtungen. Heute gibt es sehr unterschiedliche Angebote: größere Häuser mit mehreren Wohngruppen, kleine Wohngemeinschaften im Stadtteil oder Apartments mit gemeinsamer Unterstützung. Je nach Angebot sind Fachkräfte auch nachts und am Wochenende erreichbar.

Seit 2020 werden die Kosten getrennt. Der LVR als Träger der Eingliederungshilfe bezahlt die Fachleistung, also die Assistenz und Begleitung durch Fachkräfte. Für Wohnkosten, Verpflegung und persönliche Bedürfnisse gelten die gleichen Regeln wie für alle anderen Menschen: Sie bezahlen sie aus Ihrem Einkommen, zum Beispiel aus einer Rente, oder erhalten dafür Grundsicherung vom Sozialamt. Über den Wohnraum und die Unterstützung schließen Sie mit dem Anbieter einen Wohn- und Betreuungsvertrag.

Eine besondere Wohnform kann der richtige Ort sein, wenn Sie sehr viel Unterstützung brauchen oder nicht allein wohnen möchten. Im Gesamtplanverfahren prüft der LVR gemeinsam mit Ihnen, welche Wohnform zu Ihrem Bedarf passt. Wenn Sie lieber in einer eigenen Wohnung leben möchten und Ihr Bedarf dort gedeckt werden kann, hat das Vorrang.`,
    audience:
      'Erwachsene Menschen mit Behinderungen, die einen hohen Unterstützungsbedarf haben oder nicht allein leben können oder möchten.',
    requirements: `Voraussetzung ist, dass Sie Anspruch auf Leistungen der Eingliederungshilfe haben und Ihr Bedarf in einer besonderen Wohnform gedeckt werden soll.

- Sie haben eine wesentliche Behinderung oder eine solche Behinderung droht.
- Sie brauchen regelmäßig und in größerem Umfang Unterstützung im Alltag, oft auch zu festen Zeiten am Tag und in der Nacht.
- Ein Anbieter hat einen passenden Platz für Sie.
- Ihre Wohnkosten und Ihr Lebensunterhalt sind durch eigenes Einkommen oder durch Grundsicherung gedeckt. Grundsicherung beantragen Sie beim Sozialamt Ihrer Stadt oder Ihres Kreises.`,
    documents: [
      { name: 'Antrag auf Leistungen der Eingliederungshilfe' },
      { name: 'Ärztliche Berichte oder Gutachten zur Behinderung' },
      { name: 'Nachweise über Einkommen und Vermögen', note: 'Zur Prüfung eines möglichen Eigenbeitrags.' },
      { name: 'Entwurf des Wohn- und Betreuungsvertrags', note: 'Falls Sie schon einen Platz in Aussicht haben.' },
      { name: 'Bescheid über Grundsicherung oder Rente', note: 'Falls vorhanden.' },
    ],
    costs:
      'Für die Fachleistung kann je nach Einkommen ein Eigenbeitrag anfallen; wer Grundsicherung erhält, zahlt keinen Beitrag. Miete, Nebenkosten und Verpflegung bezahlen Sie an den Anbieter, entweder aus eigenem Einkommen oder mit Leistungen der Grundsicherung.',
    deadlines:
      'Es gibt keine Antragsfrist. Weil Leistungen frühestens ab dem Monat der Antragstellung erbracht werden, sollten Sie den Antrag stellen, sobald ein Umzug in Frage kommt, am besten einige Monate vorher.',
    processingTime:
      'In der Regel zwei bis drei Monate, weil Bedarfsermittlung, Gesamtplanung und die Klärung der Grundsicherung zusammenkommen.',
    procedure: `- Sie lassen sich beraten, zum Beispiel bei einer KoKoBe, einem Sozialpsychiatrischen Zentrum oder beim LVR-Fallmanagement, und schauen sich Angebote an.
- Sie stellen den Antrag auf Leistungen der Eingliederungshilfe beim LVR.
- Das Fallmanagement ermittelt mit Ihnen Ihren Bedarf mit dem BEI_NRW und bespricht, welche Wohnform zu Ihnen passt.
- Reicht Ihr Einkommen nicht für Miete und Lebensunterhalt, beantragen Sie parallel Grundsicherung beim Sozialamt.
- Der LVR erteilt einen Bescheid über die Fachleistung. Sie schließen mit dem Anbieter den Wohn- und Betreuungsvertrag.
- Nach dem Einzug wird Ihre Unterstützung regelmäßig mit Ihnen überprüft.`,
    legalBasis: [
      {
        title: '§ 113 SGB IX (Leistungen zur Sozialen Teilhabe)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html',
      },
      {
        title: '§ 104 SGB IX (Leistungen nach der Besonderheit des Einzelfalles)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__104.html',
      },
      {
        title: '§ 42a SGB XII (Bedarfe für Unterkunft und Heizung)',
        url: 'https://www.gesetze-im-internet.de/sgb_12/__42a.html',
      },
      { title: 'Wohn- und Betreuungsvertragsgesetz (WBVG)', url: 'https://www.gesetze-im-internet.de/wbvg/' },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Eingliederungshilfe (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-eingliederungshilfe.pdf',
        kind: 'form',
      },
      {
        title: 'Antrag auf Eingliederungshilfe online stellen',
        url: 'https://demo.lotse.example/online/antrag-eingliederungshilfe',
        kind: 'online',
      },
    ],
    topics: ['wohnen'],
    relatedServices: ['assistenz-eigener-wohnraum', 'gesamtplanverfahren', 'hph-wohnen'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Wohnen und Soziale Teilhabe',
      approvedAt: '2026-06-10',
    },
  },
  {
    slug: 'gesamtplanverfahren',
    department: 'soziales',
    name: 'Gesamtplanverfahren und Bedarfsermittlung (BEI_NRW)',
    nameEasyLanguage: 'Der Gesamt·plan für Ihre Hilfen',
    teaser:
      'Im Gesamtplanverfahren ermittelt der LVR gemeinsam mit Ihnen, welche Unterstützung Sie brauchen. Grundlage ist das Bedarfsermittlungsinstrument BEI_NRW. Ihre Wünsche und Ziele stehen dabei im Mittelpunkt.',
    description: `Bevor der LVR über Leistungen der Eingliederungshilfe entscheidet, klärt er mit Ihnen im Gesamtplanverfahren, was Sie sich für Ihr Leben wünschen, wo Sie Unterstützung brauchen und welche Leistungen dafür in Frage kommen. Das Verfahren ist gesetzlich vorgeschrieben. Es soll sicherstellen, dass die Hilfe zu Ihnen passt und nicht umgekehrt.

In Nordrhein-Westfalen wird der Bedarf mit dem BEI_NRW ermittelt, dem Bedarfsermittlungsinstrument der beiden Landschaftsverbände. Es orientiert sich an der Internationalen Klassifikation der Funktionsfähigkeit, Behinderung und Gesundheit (ICF) und betrachtet neun Lebensbereiche, zum Beispiel Lernen, Kommunikation, Mobilität, Selbstversorgung, häusliches Leben, Beziehungen und das Leben in der Gemeinschaft. Dabei geht es nicht nur um Einschränkungen, sondern ebenso um Ihre Fähigkeiten und um das, was Ihnen in Ihrem Umfeld hilft oder Sie behindert.

Die Ergebnisse hält der LVR im Gesamtplan fest. Er beschreibt Ihre Ziele, die vereinbarten Leistungen und wie geprüft wird, ob die Unterstützung wirkt. Sind weitere Stellen beteiligt, etwa die Pflegekasse oder die Agentur für Arbeit, stimmt sich der LVR mit ihnen ab. Mit Ihrer Zustimmung kann eine Gesamtplankonferenz stattfinden, in der alle Beteiligten gemeinsam beraten. Der Gesamtplan wird regelmäßig, spätestens nach zwei Jahren, überprüft und fortgeschrieben.`,
    audience:
      'Alle Menschen, die beim LVR Leistungen der Eingliederungshilfe beantragen oder bereits erhalten, sowie ihre Angehörigen und rechtlichen Betreuerinnen und Betreuer.',
    requirements: `Das Gesamtplanverfahren beginnt, sobald Sie einen Antrag auf Leistungen der Eingliederungshilfe gestellt haben. Ihre Mitwirkung ist wichtig, damit Ihr Bedarf vollständig erfasst wird.

- Sie haben beim LVR Leistungen der Eingliederungshilfe beantragt, oder eine Überprüfung Ihrer laufenden Leistungen steht an.
- Sie nehmen an den Gesprächen zur Bedarfsermittlung teil. Die Gespräche können auch bei Ihnen zu Hause stattfinden.
- Wenn der LVR Auskünfte einholen muss, etwa bei Ärztinnen, Ärzten oder anderen Leistungsträgern, bittet er Sie vorher um Ihr Einverständnis.`,
    documents: [
      {
        name: 'Ihre Wünsche und Ziele in eigenen Worten',
        note: 'Formlos oder mit dem Vorbereitungsbogen. Sie können ihn allein, mit einer Vertrauensperson oder mit einer Beratungsstelle ausfüllen.',
      },
      { name: 'Ärztliche Berichte, Gutachten und Entlassungsberichte' },
      {
        name: 'Bescheide anderer Leistungsträger',
        note: 'Zum Beispiel über den Pflegegrad, den Grad der Behinderung oder eine Rente.',
      },
      { name: 'Berichte bisheriger Leistungsanbieter', note: 'Falls Sie bereits Unterstützung erhalten.' },
    ],
    costs: 'Die Bedarfsermittlung und das Gesamtplanverfahren sind kostenfrei.',
    deadlines:
      'Für Sie gibt es keine Fristen. Der Gesamtplan wird spätestens nach zwei Jahren überprüft. Wenn sich Ihre Situation vorher ändert, können Sie jederzeit eine Überprüfung verlangen.',
    processingTime:
      'Der LVR klärt innerhalb von zwei Wochen nach Antragseingang, ob er zuständig ist. Die Bedarfsermittlung dauert je nach Umfang meist einige Wochen; sind mehrere Leistungsträger beteiligt, kann es länger dauern.',
    procedure: `- Sie stellen einen Antrag auf Leistungen der Eingliederungshilfe. Der LVR bestätigt den Eingang und nennt Ihnen Ihre zuständige Fallmanagerin oder Ihren zuständigen Fallmanager.
- Das Fallmanagement vereinbart mit Ihnen ein Gespräch. Auf Ihren Wunsch nimmt eine Person Ihres Vertrauens teil.
- Gemeinsam wird Ihr Bedarf mit dem BEI_NRW ermittelt: Ihre Wünsche, Ziele und Fähigkeiten und der Unterstützungsbedarf in den einzelnen Lebensbereichen.
- Mit Ihrer Zustimmung kann eine Gesamtplankonferenz mit allen Beteiligten stattfinden. Sie können eine solche Konferenz auch selbst vorschlagen.
- Der LVR stellt den Gesamtplan auf und entscheidet mit einem Bescheid über die Leistungen. Eine Ausfertigung des Gesamtplans erhalten Sie ebenfalls.
- Der Gesamtplan wird regelmäßig, spätestens nach zwei Jahren, gemeinsam mit Ihnen überprüft.`,
    legalBasis: [
      { title: '§ 117 SGB IX (Gesamtplanverfahren)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__117.html' },
      {
        title: '§ 118 SGB IX (Instrumente der Bedarfsermittlung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__118.html',
      },
      { title: '§ 119 SGB IX (Gesamtplankonferenz)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__119.html' },
      { title: '§ 121 SGB IX (Gesamtplan)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__121.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Eingliederungshilfe (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-eingliederungshilfe.pdf',
        kind: 'form',
      },
      {
        title: 'Vorbereitungsbogen „Meine Wünsche und Ziele“ (PDF)',
        url: 'https://demo.lotse.example/formulare/vorbereitungsbogen-bedarfsermittlung.pdf',
        kind: 'form',
      },
    ],
    topics: ['beratung'],
    relatedServices: ['beratung-106-sgb-ix', 'persoenliches-budget', 'kokobe'],
    approval: { approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Grundsatz', approvedAt: '2026-03-18' },
  },
  {
    slug: 'sozialpsychiatrische-zentren',
    department: 'soziales',
    name: 'Sozialpsychiatrische Zentren (SPZ)',
    nameEasyLanguage: 'Zentren für Menschen mit seelischen Krankheiten',
    teaser:
      'Sozialpsychiatrische Zentren sind wohnortnahe Anlaufstellen für Menschen mit psychischen Erkrankungen und ihre Angehörigen. Sie bieten kostenlose Beratung, offene Treffpunkte und Hilfen zur Gestaltung des Alltags.',
    description: `Im Rheinland gibt es in fast allen Städten und Kreisen Sozialpsychiatrische Zentren. Sie werden vom LVR gemeinsam mit den Kommunen gefördert und von freien Trägern betrieben. Ein SPZ bündelt verschiedene Hilfen unter einem Dach und ist für Menschen da, die eine psychische Erkrankung haben oder sich in einer schwierigen seelischen Lage befinden.

Herzstück ist meist die Kontakt- und Beratungsstelle. Dort können Sie ohne Anmeldung und ohne Antrag vorbeikommen, mit Fachkräften sprechen, andere Menschen treffen und an Gruppen- oder Freizeitangeboten teilnehmen. Die Beratung ist vertraulich; wenn Sie möchten, müssen Sie Ihren Namen nicht nennen. Auch Angehörige, Freundinnen und Freunde können sich beraten lassen.

Zu vielen SPZ gehören weitere Angebote, zum Beispiel Assistenz im eigenen Wohnraum, eine Tagesstätte, Zuverdienst-Arbeitsplätze oder ambulante psychiatrische Pflege. Für diese Leistungen ist in der Regel ein Antrag beim LVR oder bei der Krankenkasse nötig. Das SPZ hilft Ihnen dabei und arbeitet mit Kliniken, Praxen und Selbsthilfegruppen in der Region zusammen.

Ein SPZ ist kein Notdienst. In einer akuten seelischen Krise, besonders außerhalb der Öffnungszeiten, wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst unter 116 117, an eine psychiatrische Klinik oder im Notfall an den Rettungsdienst unter 112.`,
    audience:
      'Erwachsene Menschen mit psychischen Erkrankungen oder seelischen Behinderungen, Menschen in seelisch belastenden Lebenslagen sowie ihre Angehörigen und Bezugspersonen.',
    requirements: `Für die Kontakt- und Beratungsstelle eines SPZ gibt es keine besonderen Voraussetzungen. Sie brauchen keine Diagnose, keine Überweisung und keinen Antrag.

- Sie sind volljährig oder kommen als angehörige Person.
- Sie wohnen im Einzugsgebiet des SPZ. Sonst nennt Ihnen das SPZ die zuständige Stelle.
- Für Assistenz, Tagesstätte und andere Leistungen der Eingliederungshilfe gelten deren eigene Voraussetzungen.`,
    documents: [
      { name: 'Keine Unterlagen für die Beratung erforderlich' },
      {
        name: 'Vorhandene Bescheide und ärztliche Berichte',
        note: 'Nur wenn Sie mit Unterstützung des SPZ eine Leistung beantragen möchten.',
      },
    ],
    costs:
      'Beratung und offene Angebote sind kostenfrei. Für Mahlzeiten im Treffpunkt oder für Ausflüge können kleine Beiträge anfallen.',
    deadlines: 'Es gibt keine Fristen.',
    processingTime:
      'Während der offenen Sprechzeiten können Sie ohne Termin kommen. Für ein ausführliches Beratungsgespräch erhalten Sie meist innerhalb einer Woche einen Termin.',
    procedure: `- Sie finden das SPZ in Ihrer Nähe über Ihren Wohnort.
- Sie kommen während der offenen Zeiten vorbei, rufen an oder schreiben eine E-Mail.
- In einem ersten Gespräch klären Sie, was Sie sich wünschen und welche Angebote des SPZ zu Ihnen passen.
- Sie nehmen an Gruppen, Treffpunkten oder Beratungsgesprächen teil, so oft Sie möchten.
- Wenn Sie weitere Unterstützung brauchen, hilft Ihnen das SPZ beim Antrag beim LVR oder bei anderen Stellen.`,
    legalBasis: [
      {
        title: '§ 106 SGB IX (Beratung und Unterstützung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__106.html',
      },
      {
        title: '§ 94 SGB IX (Aufgaben der Länder, sozialraumorientierte Angebote)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__94.html',
      },
    ],
    forms: [
      { title: 'Kontakt zu einem SPZ aufnehmen', url: 'https://demo.lotse.example/online/kontakt-spz', kind: 'online' },
    ],
    topics: ['seelische-gesundheit', 'beratung'],
    relatedServices: ['tagesstaette', 'psychiatrische-krisenhilfe', 'psychiatrische-institutsambulanz'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Regionale Angebotsstrukturen',
      approvedAt: '2026-07-02',
    },
  },
  {
    slug: 'tagesstaette',
    department: 'soziales',
    name: 'Tagesstätten für Menschen mit seelischer Behinderung',
    nameEasyLanguage: 'Tages·stätten für Menschen mit seelischen Krankheiten',
    teaser:
      'Tagesstätten bieten Menschen mit seelischer Behinderung einen verlässlichen Tagesablauf, sinnvolle Beschäftigung und Gemeinschaft. Sie sind ein Angebot für alle, die derzeit nicht oder noch nicht wieder arbeiten können.',
    description: `Eine Tagesstätte für Menschen mit seelischer Behinderung ist ein Ort, an dem Sie tagsüber Struktur, Beschäftigung und Kontakt zu anderen finden. Viele Besucherinnen und Besucher leben seit längerer Zeit mit einer psychischen Erkrankung und können derzeit keiner regelmäßigen Arbeit nachgehen, auch nicht in einer Werkstatt. Die Tagesstätte hilft, den Alltag zu ordnen, Fähigkeiten zu erhalten und neue zu entwickeln.

Zum Angebot gehören zum Beispiel gemeinsames Kochen und Essen, handwerkliche und kreative Tätigkeiten, Haus- und Gartenarbeit, Bewegung, Gesprächsgruppen und Ausflüge. Fachkräfte begleiten Sie dabei und vereinbaren mit Ihnen persönliche Ziele. Ein Ziel kann auch ein schrittweiser Übergang in einen Zuverdienst, in eine Werkstatt oder in eine Ausbildung sein.

Tagesstätten sind meist an Werktagen geöffnet und haben eine überschaubare Zahl an Plätzen. Im Rheinland gehören viele Tagesstätten zu einem Sozialpsychiatrischen Zentrum. Die Kosten übernimmt der LVR als Leistung der Sozialen Teilhabe.`,
    audience:
      'Erwachsene Menschen mit einer seelischen Behinderung oder einer lang andauernden psychischen Erkrankung, die derzeit nicht oder nur eingeschränkt arbeiten können.',
    requirements: `Der Besuch einer Tagesstätte ist eine Leistung der Eingliederungshilfe. Der LVR prüft deshalb, ob Sie zum berechtigten Personenkreis gehören und ob die Tagesstätte Ihrem Bedarf entspricht.

- Sie haben eine wesentliche seelische Behinderung oder eine solche Behinderung droht.
- Sie können derzeit nicht regelmäßig arbeiten, auch nicht in einer Werkstatt, und brauchen Unterstützung bei der Gestaltung Ihres Tages.
- Sie können die Tagesstätte regelmäßig besuchen, gegebenenfalls mit Unterstützung.
- Sie wohnen im Rheinland.`,
    documents: [
      { name: 'Antrag auf Leistungen der Eingliederungshilfe' },
      {
        name: 'Fachärztliche Stellungnahme zur psychischen Erkrankung',
        note: 'Zum Beispiel von Ihrer Psychiaterin, Ihrem Psychiater oder aus einer Klinik.',
      },
      { name: 'Nachweise über Einkommen und Vermögen', note: 'Zur Prüfung eines möglichen Eigenbeitrags.' },
    ],
    costs:
      'Je nach Einkommen kann ein Eigenbeitrag anfallen (§§ 135 ff. SGB IX). Wer Grundsicherung oder andere Leistungen zum Lebensunterhalt erhält, zahlt keinen Beitrag. Für das gemeinsame Mittagessen zahlen Sie meist einen kleinen Eigenanteil.',
    deadlines:
      'Es gibt keine Antragsfrist. Leistungen der Eingliederungshilfe werden aber frühestens ab dem Ersten des Monats erbracht, in dem Ihr Antrag eingeht. Stellen Sie den Antrag deshalb rechtzeitig.',
    processingTime:
      'In der Regel vier bis acht Wochen. Ein Schnupperbesuch in der Tagesstätte ist oft schon vorher möglich.',
    procedure: `- Sie informieren sich bei der Tagesstätte oder beim Sozialpsychiatrischen Zentrum und vereinbaren einen Schnupperbesuch.
- Sie stellen beim LVR einen Antrag auf Leistungen der Eingliederungshilfe. Die Tagesstätte hilft Ihnen dabei.
- Das LVR-Fallmanagement ermittelt mit Ihnen Ihren Bedarf mit dem BEI_NRW.
- Der LVR entscheidet mit einem Bescheid über die Leistung und ihren Umfang, zum Beispiel an wie vielen Tagen pro Woche Sie die Tagesstätte besuchen.
- Sie besuchen die Tagesstätte. Ihre Ziele werden regelmäßig mit Ihnen überprüft.`,
    legalBasis: [
      {
        title: '§ 113 SGB IX (Leistungen zur Sozialen Teilhabe)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html',
      },
      {
        title: '§ 81 SGB IX (Leistungen zum Erwerb und Erhalt praktischer Kenntnisse und Fähigkeiten)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__81.html',
      },
      { title: '§ 78 SGB IX (Assistenzleistungen)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__78.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Eingliederungshilfe (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-eingliederungshilfe.pdf',
        kind: 'form',
      },
    ],
    topics: ['seelische-gesundheit', 'freizeit-und-alltag'],
    relatedServices: [
      'sozialpsychiatrische-zentren',
      'werkstatt-fuer-menschen-mit-behinderung',
      'assistenz-eigener-wohnraum',
    ],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Wohnen und Soziale Teilhabe',
      approvedAt: '2026-07-02',
    },
  },
  {
    slug: 'familienunterstuetzende-dienste',
    department: 'soziales',
    name: 'Familienunterstützende Dienste',
    nameEasyLanguage: 'Hilfe für Familien im Alltag',
    teaser:
      'Familienunterstützende Dienste betreuen Kinder, Jugendliche und Erwachsene mit Behinderung stundenweise, in Gruppen oder in den Ferien. So haben Angehörige Zeit für sich, und die Betreuten erleben Freizeit mit anderen.',
    description: `Familienunterstützende Dienste, kurz FuD und manchmal auch familienentlastende Dienste genannt, sind Angebote für Familien, in denen ein Mensch mit Behinderung lebt. Mitarbeitende kommen stundenweise nach Hause, begleiten zu Freizeitaktivitäten oder betreuen in Gruppen. Viele Dienste bieten außerdem Ferienfreizeiten, Wochenendangebote oder eine Betreuung an Nachmittagen an.

Die Angebote haben zwei Ziele. Sie entlasten Eltern, Geschwister und andere Angehörige, die im Alltag viel Betreuung leisten. Und sie geben dem Menschen mit Behinderung die Möglichkeit, eigene Erfahrungen außerhalb der Familie zu machen, Freundschaften zu schließen und selbstständiger zu werden.

Im Rheinland gibt es Familienunterstützende Dienste bei vielen Trägern der Behindertenhilfe, bei Lebenshilfe-Vereinen und bei Wohlfahrtsverbänden. Wer die Kosten übernimmt, hängt von Ihrer Situation ab. Häufig wird die Betreuung über die Pflegeversicherung finanziert, etwa mit dem Entlastungsbetrag oder der Verhinderungspflege. Für Erwachsene kann außerdem Assistenz in der Freizeit als Leistung der Eingliederungshilfe beim LVR in Frage kommen; für Kinder im Schulalter sind dafür meist der Kreis oder die kreisfreie Stadt zuständig.`,
    audience:
      'Familien und Angehörige, die einen Menschen mit Behinderung jeden Alters betreuen, sowie die Menschen mit Behinderung selbst.',
    requirements: `Die Dienste stehen grundsätzlich allen Familien offen. Ob und von wem die Kosten übernommen werden, hängt von den jeweiligen Leistungsansprüchen ab.

- Für Leistungen der Pflegeversicherung ist ein Pflegegrad nötig. Den Entlastungsbetrag können Sie nur für Angebote einsetzen, die nach Landesrecht anerkannt sind.
- Für die Verhinderungspflege muss die pflegebedürftige Person mindestens Pflegegrad 2 haben und zu Hause gepflegt werden.
- Für Assistenz in der Freizeit als Leistung der Eingliederungshilfe gelten deren Voraussetzungen; der Bedarf wird im Gesamtplanverfahren ermittelt.`,
    documents: [
      {
        name: 'Bescheid der Pflegekasse über den Pflegegrad',
        note: 'Wenn die Kosten über die Pflegeversicherung abgerechnet werden sollen.',
      },
      { name: 'Schwerbehindertenausweis', note: 'Falls vorhanden.' },
      {
        name: 'Antrag auf Leistungen der Eingliederungshilfe',
        note: 'Nur wenn Assistenz in der Freizeit über den LVR finanziert werden soll.',
      },
    ],
    costs:
      'Die Kosten hängen vom Anbieter und vom Umfang der Betreuung ab. Die Pflegekasse übernimmt sie bis zu den gesetzlichen Höchstbeträgen; bei Leistungen der Eingliederungshilfe kann je nach Einkommen ein Eigenbeitrag anfallen. Für Ferienfreizeiten zahlen Sie in der Regel einen Eigenanteil für Unterkunft und Verpflegung.',
    deadlines:
      'Nicht genutzte Beträge des Entlastungsbetrags können Sie bis zum 30. Juni des Folgejahres verwenden. Ferienangebote sind oft früh ausgebucht; melden Sie sich deshalb rechtzeitig an.',
    processingTime:
      'Viele Dienste können kurzfristig helfen. Für regelmäßige Betreuung und Ferienangebote gibt es häufig Wartelisten.',
    procedure: `- Sie nehmen Kontakt zu einem Familienunterstützenden Dienst in Ihrer Nähe auf. Die KoKoBe oder das LVR-Fallmanagement nennen Ihnen Anbieter.
- In einem Kennenlerngespräch klären Sie, welche Betreuung Sie sich wünschen und wie sie finanziert werden kann.
- Wenn nötig, beantragen Sie Leistungen bei der Pflegekasse oder beim LVR. Der Dienst hilft Ihnen dabei.
- Sie vereinbaren mit dem Dienst Zeiten und Inhalte der Betreuung und schließen einen Vertrag.
- Der Dienst rechnet direkt mit der Pflegekasse oder dem LVR ab, oder Sie reichen die Rechnungen selbst zur Erstattung ein.`,
    legalBasis: [
      { title: '§ 45b SGB XI (Entlastungsbetrag)', url: 'https://www.gesetze-im-internet.de/sgb_11/__45b.html' },
      { title: '§ 39 SGB XI (Verhinderungspflege)', url: 'https://www.gesetze-im-internet.de/sgb_11/__39.html' },
      { title: '§ 78 SGB IX (Assistenzleistungen)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__78.html' },
    ],
    forms: [
      {
        title: 'Anfrage an einen Familienunterstützenden Dienst',
        url: 'https://demo.lotse.example/online/anfrage-familienunterstuetzender-dienst',
        kind: 'online',
      },
      {
        title: 'Muster: Abtretungserklärung für den Entlastungsbetrag (PDF)',
        url: 'https://demo.lotse.example/formulare/muster-abtretung-entlastungsbetrag.pdf',
        kind: 'form',
      },
    ],
    topics: ['kinder-und-familie', 'freizeit-und-alltag'],
    relatedServices: ['kokobe', 'persoenliches-budget', 'schulbegleitung'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Wohnen und Soziale Teilhabe',
      approvedAt: '2026-08-12',
    },
  },
  {
    slug: 'elternassistenz',
    department: 'soziales',
    name: 'Elternassistenz und begleitete Elternschaft',
    nameEasyLanguage: 'Hilfe für Eltern mit Behinderung',
    teaser:
      'Eltern mit Behinderung haben Anspruch auf Unterstützung bei der Versorgung und Betreuung ihrer Kinder. Elternassistenz übernimmt praktische Handgriffe, begleitete Elternschaft stärkt Eltern durch Anleitung und Beratung.',
    description: `Mütter und Väter mit Behinderungen haben dasselbe Recht, ihre Kinder selbst zu versorgen und zu erziehen, wie alle anderen Eltern. Wenn Sie dabei wegen Ihrer Behinderung Unterstützung brauchen, kann der LVR Assistenzleistungen für Eltern übernehmen. Das Gesetz sieht diese Leistungen ausdrücklich vor.

Bei der Elternassistenz erledigt eine Assistenzkraft nach Ihren Anweisungen Handgriffe, die Sie selbst nicht ausführen können, zum Beispiel das Baby tragen, wickeln oder baden, das Kind zur Kita bringen oder auf den Spielplatz begleiten. Sie bleiben dabei die Mutter oder der Vater und treffen die Entscheidungen. Diese Form eignet sich besonders für Eltern mit körperlichen Behinderungen oder Sinnesbehinderungen.

Bei der begleiteten Elternschaft geht es darum, Eltern anzuleiten und zu beraten. Fachkräfte unterstützen zum Beispiel Eltern mit Lernschwierigkeiten oder psychischen Erkrankungen dabei, die Bedürfnisse ihres Kindes zu erkennen, den Alltag zu strukturieren und Erziehungsaufgaben zu übernehmen. Oft arbeiten der LVR und das Jugendamt dabei zusammen, weil neben der Eingliederungshilfe auch Hilfen zur Erziehung in Frage kommen. Die Begleitung ist in der eigenen Wohnung oder in einer gemeinsamen Wohnform für Eltern und Kinder möglich.`,
    audience:
      'Werdende und aktive Mütter und Väter mit körperlicher, seelischer oder geistiger Behinderung oder Sinnesbehinderung, die bei der Versorgung und Betreuung ihrer Kinder Unterstützung brauchen.',
    requirements: `Elternassistenz und begleitete Elternschaft sind Leistungen der Eingliederungshilfe für Sie als Elternteil. Ihr Bedarf wird im Gesamtplanverfahren ermittelt.

- Sie haben eine wesentliche Behinderung oder eine solche Behinderung droht.
- Sie leben mit Ihrem Kind zusammen, oder Ihr Kind wird bald geboren.
- Sie brauchen wegen Ihrer Behinderung Unterstützung bei der Versorgung, Betreuung oder Erziehung Ihres Kindes.
- Sie wohnen im Rheinland.`,
    documents: [
      { name: 'Antrag auf Leistungen der Eingliederungshilfe' },
      { name: 'Ärztliche Berichte oder Gutachten zu Ihrer Behinderung' },
      {
        name: 'Geburtsurkunde des Kindes oder Mutterpass',
        note: 'Als Nachweis der Elternschaft oder Schwangerschaft.',
      },
      { name: 'Nachweise über Einkommen und Vermögen', note: 'Zur Prüfung eines möglichen Eigenbeitrags.' },
    ],
    costs:
      'Je nach Ihrem Einkommen kann ein Eigenbeitrag anfallen (§§ 135 ff. SGB IX). Das Einkommen Ihrer Partnerin oder Ihres Partners wird dabei nicht herangezogen.',
    deadlines:
      'Es gibt keine Antragsfrist. Leistungen gibt es aber frühestens ab dem Monat der Antragstellung. Stellen Sie den Antrag am besten schon während der Schwangerschaft, damit die Unterstützung ab der Geburt bereitsteht.',
    processingTime:
      'In der Regel sechs bis acht Wochen. Ist das Jugendamt beteiligt, stimmen sich beide Stellen ab; das kann etwas länger dauern.',
    procedure: `- Sie lassen sich beraten, zum Beispiel beim LVR, bei einer EUTB-Stelle oder bei einer Beratungsstelle für Eltern mit Behinderung.
- Sie stellen beim LVR einen Antrag und beschreiben, bei welchen Aufgaben rund um Ihr Kind Sie Unterstützung brauchen.
- Das Fallmanagement ermittelt mit Ihnen den Bedarf. Kommen auch Hilfen zur Erziehung in Frage, wird mit Ihrem Einverständnis das Jugendamt beteiligt.
- Sie wählen einen Anbieter oder organisieren die Assistenz mit einem Persönlichen Budget selbst.
- Der LVR erteilt einen Bescheid. Wenn Ihr Kind älter wird und sich der Bedarf verändert, wird der Umfang angepasst.`,
    legalBasis: [
      {
        title: '§ 78 Abs. 3 SGB IX (Assistenz für Eltern)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__78.html',
      },
      {
        title: '§ 4 Abs. 4 SGB IX (Leistungen für Mütter und Väter)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__4.html',
      },
      {
        title: '§ 19 SGB VIII (Gemeinsame Wohnformen für Mütter/Väter und Kinder)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__19.html',
      },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Eingliederungshilfe (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-eingliederungshilfe.pdf',
        kind: 'form',
      },
      {
        title: 'Antrag auf Eingliederungshilfe online stellen',
        url: 'https://demo.lotse.example/online/antrag-eingliederungshilfe',
        kind: 'online',
      },
    ],
    topics: ['kinder-und-familie'],
    relatedServices: ['assistenz-eigener-wohnraum', 'interdisziplinaere-fruehfoerderung', 'beratung-106-sgb-ix'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Wohnen und Soziale Teilhabe',
      approvedAt: '2026-08-27',
    },
  },
  {
    slug: 'mobilitaetshilfen',
    department: 'soziales',
    name: 'Hilfen zur Mobilität',
    nameEasyLanguage: 'Hilfe für Wege und Fahrten',
    teaser:
      'Wenn Sie wegen Ihrer Behinderung Bus und Bahn nicht nutzen können, unterstützt der LVR Sie bei der Mobilität im Alltag: mit einem Fahrdienst, einer Pauschale für Fahrten oder mit Hilfen für ein eigenes Auto.',
    description: `Mobil zu sein ist die Voraussetzung dafür, Familie und Freunde zu besuchen, einzukaufen oder zum Sportverein, zum Gottesdienst oder zu kulturellen Veranstaltungen zu gehen. Wenn Ihnen die Nutzung öffentlicher Verkehrsmittel wegen Art und Schwere Ihrer Behinderung nicht zumutbar ist, erhalten Sie als Leistung der Sozialen Teilhabe Hilfen zur Mobilität.

Es gibt zwei Arten von Leistungen. Leistungen zur Beförderung decken Fahrten mit einem Fahrdienst oder Taxi ab. Mit Ihrer Zustimmung können sie auch als monatliche Pauschale ausgezahlt werden; Sie organisieren Ihre Fahrten dann selbst. Leistungen für ein Kraftfahrzeug können einen Zuschuss zum Kauf, den behinderungsgerechten Umbau, den Führerschein sowie Kosten für Reparaturen und den Betrieb umfassen.

Die Hilfen zur Mobilität des LVR betreffen Fahrten im Alltag und in der Freizeit. Für Fahrten zur Arbeit oder Ausbildung sind andere Stellen zuständig, etwa die Agentur für Arbeit, die Rentenversicherung oder das LVR-Inklusionsamt. Die Fahrt zur Werkstatt oder Tagesstätte ist in der Regel bereits in der jeweiligen Leistung enthalten. Unabhängig davon können Sie mit einem Schwerbehindertenausweis und bestimmten Merkzeichen Nachteilsausgleiche nutzen, zum Beispiel die unentgeltliche Beförderung im Nahverkehr.`,
    audience:
      'Menschen mit Behinderungen, denen die Nutzung öffentlicher Verkehrsmittel wegen Art und Schwere ihrer Behinderung nicht zumutbar ist.',
    requirements: `Hilfen zur Mobilität sind eine Leistung der Eingliederungshilfe. Für Leistungen für ein Kraftfahrzeug gelten zusätzliche Voraussetzungen.

- Sie gehören zum Personenkreis der Eingliederungshilfe.
- Die Nutzung von Bus und Bahn ist Ihnen wegen Art und Schwere Ihrer Behinderung nicht zumutbar.
- Für Leistungen für ein Kraftfahrzeug sind Sie ständig auf ein Auto angewiesen, um am Leben in der Gemeinschaft teilzuhaben.
- Außerdem können Sie das Auto selbst fahren, oder eine andere Person fährt es für Sie, und ein Fahrdienst ist für Sie nicht zumutbar oder nicht wirtschaftlich.`,
    documents: [
      { name: 'Antrag auf Leistungen der Eingliederungshilfe' },
      {
        name: 'Schwerbehindertenausweis oder Feststellungsbescheid',
        note: 'Falls vorhanden, besonders mit den Merkzeichen aG, Bl, H oder G.',
      },
      { name: 'Ärztliche Stellungnahme', note: 'Warum Sie öffentliche Verkehrsmittel nicht nutzen können.' },
      {
        name: 'Kostenvoranschläge',
        note: 'Bei Leistungen für ein Kraftfahrzeug, zum Beispiel für Fahrzeug, Umbau oder Führerschein.',
      },
      { name: 'Nachweise über Einkommen und Vermögen', note: 'Zur Prüfung eines möglichen Eigenbeitrags.' },
    ],
    costs:
      'Je nach Einkommen kann ein Eigenbeitrag anfallen (§§ 135 ff. SGB IX). Bei Leistungen für ein Kraftfahrzeug orientiert sich die Höhe an der Kraftfahrzeughilfe-Verordnung.',
    deadlines:
      'Stellen Sie den Antrag unbedingt, bevor Sie ein Auto kaufen, umbauen lassen oder mit dem Führerschein beginnen. Kosten, die vor der Antragstellung entstanden sind, können in der Regel nicht übernommen werden.',
    processingTime:
      'Bei Leistungen zur Beförderung in der Regel vier bis sechs Wochen. Bei Leistungen für ein Kraftfahrzeug dauert es meist länger, weil Kostenvoranschläge und gegebenenfalls Gutachten geprüft werden.',
    procedure: `- Sie stellen beim LVR einen Antrag und beschreiben, für welche Fahrten Sie Unterstützung brauchen.
- Das Fallmanagement ermittelt mit Ihnen Ihren Bedarf im Bereich Mobilität, zum Beispiel welche Ziele Sie wie oft erreichen möchten.
- Bei Leistungen für ein Kraftfahrzeug reichen Sie Kostenvoranschläge ein. Bei Bedarf holt der LVR ein technisches oder ärztliches Gutachten ein.
- Der LVR entscheidet mit einem Bescheid über Art und Höhe der Leistung, zum Beispiel Fahrdienst, Pauschale oder Zuschuss.
- Sie nutzen die Leistung und weisen, wenn es vereinbart ist, die Verwendung nach.`,
    legalBasis: [
      {
        title: '§ 114 SGB IX (Leistungen zur Mobilität)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__114.html',
      },
      {
        title: '§ 83 SGB IX (Voraussetzungen und Umfang der Mobilitätsleistungen)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__83.html',
      },
      {
        title: '§ 116 SGB IX (Pauschale Geldleistungen)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__116.html',
      },
      { title: 'Kraftfahrzeughilfe-Verordnung (KfzHV)' },
    ],
    forms: [
      {
        title: 'Antrag auf Hilfen zur Mobilität (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-hilfen-zur-mobilitaet.pdf',
        kind: 'form',
      },
    ],
    topics: ['freizeit-und-alltag', 'geld-und-leistungen'],
    relatedServices: ['persoenliches-budget', 'gesamtplanverfahren', 'assistenz-eigener-wohnraum'],
    approval: {
      approvedBy: 'Fachbereich Eingliederungshilfe, Abteilung Wohnen und Soziale Teilhabe',
      approvedAt: '2026-09-15',
    },
  },
]

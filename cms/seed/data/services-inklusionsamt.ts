import type { ServiceSeed } from '../types.ts'

/**
 * Services of the Dezernat Schulen, Inklusionsamt, Soziale Entschädigung.
 * Rich text is written as arrays of lines joined with "\n"; an empty line separates paragraphs.
 */
export const servicesInklusionsamt: ServiceSeed[] = [
  {
    slug: 'integrationsfachdienst',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Integrationsfachdienst (IFD)',
    nameEasyLanguage: 'Der Integrations·fach·dienst',
    teaser:
      'Der Integrationsfachdienst berät und begleitet schwerbehinderte Menschen, die eine Arbeit suchen oder ihren Arbeitsplatz behalten möchten – und unterstützt auch ihre Arbeitgeber. Die Beratung ist kostenfrei.',
    description: [
      'Integrationsfachdienste (IFD) sind Fachdienste, die im Auftrag des LVR-Inklusionsamts oder eines Rehabilitationsträgers arbeiten. Sie unterstützen Menschen mit einer Schwerbehinderung, wenn sie eine Arbeit auf dem allgemeinen Arbeitsmarkt suchen oder wenn es an ihrem Arbeitsplatz Schwierigkeiten gibt. Im Rheinland gibt es in jeder Region einen IFD.',
      '',
      'Die Fachkräfte klären mit Ihnen, was Sie gut können und welche Unterstützung Sie brauchen. Sie begleiten Sie bei Konflikten im Betrieb, bei längerer Krankheit oder nach einer Rückkehr an den Arbeitsplatz. Auf Wunsch sprechen sie auch mit Ihren Vorgesetzten, Kolleginnen und Kollegen. Für hörbehinderte und sehbehinderte Menschen gibt es spezialisierte Fachberaterinnen und Fachberater.',
      '',
      'Arbeitgeber können sich ebenfalls an den IFD wenden, zum Beispiel wenn sie einen schwerbehinderten Menschen einstellen möchten oder eine Beschäftigung gefährdet ist. Der IFD begleitet außerdem junge Menschen beim Übergang von der Schule in den Beruf und Beschäftigte einer Werkstatt, die auf den allgemeinen Arbeitsmarkt wechseln möchten.',
    ].join('\n'),
    audience:
      'Schwerbehinderte und gleichgestellte Menschen, die Arbeit suchen oder ihren Arbeitsplatz sichern möchten, Schülerinnen und Schüler mit Behinderung vor dem Schulabschluss sowie Arbeitgeber.',
    requirements: [
      'Der IFD unterstützt vor allem Menschen, die wegen ihrer Behinderung eine besondere Begleitung im Arbeitsleben brauchen. Ein Antrag ist für die Beratung nicht nötig.',
      '',
      '- Sie haben eine anerkannte Schwerbehinderung oder sind schwerbehinderten Menschen gleichgestellt.',
      '- Sie arbeiten auf dem allgemeinen Arbeitsmarkt, suchen dort eine Arbeit oder bereiten sich darauf vor.',
      '- Für die Vermittlung in Arbeit ist oft ein Auftrag der Agentur für Arbeit oder eines anderen Rehabilitationsträgers nötig.',
      '- Als Arbeitgeber beschäftigen Sie einen schwerbehinderten Menschen oder möchten einen einstellen.',
    ].join('\n'),
    documents: [
      {
        name: 'Schwerbehindertenausweis oder Bescheid über die Gleichstellung',
        note: 'Wenn vorhanden; für ein erstes Gespräch nicht zwingend.',
      },
      { name: 'Arbeitsvertrag oder aktuelle Unterlagen zum Arbeitsplatz', note: 'Falls Sie bereits beschäftigt sind.' },
      { name: 'Ärztliche Berichte oder Gutachten', note: 'Freiwillig, wenn sie für die Beratung hilfreich sind.' },
    ],
    costs: 'Die Beratung und Begleitung durch den Integrationsfachdienst ist für Sie und Ihren Arbeitgeber kostenfrei.',
    deadlines:
      'Es gibt keine Fristen. Melden Sie sich am besten frühzeitig, wenn sich Schwierigkeiten am Arbeitsplatz abzeichnen.',
    processingTime: 'Ein erstes Gespräch ist in der Regel innerhalb von zwei Wochen möglich.',
    procedure: [
      '- Sie nehmen Kontakt mit dem IFD in Ihrer Region auf, telefonisch, per E-Mail oder über das Inklusionsamt.',
      '- In einem ersten Gespräch schildern Sie Ihre Situation; auf Wunsch kann eine Vertrauensperson dabei sein.',
      '- Gemeinsam vereinbaren Sie Ziele und die nächsten Schritte.',
      '- Der IFD begleitet Sie im Betrieb und bezieht mit Ihrem Einverständnis Arbeitgeber, Betriebsrat und Schwerbehindertenvertretung ein.',
      '- Wenn nötig, hilft der IFD bei Anträgen auf weitere Leistungen des Inklusionsamts.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 192 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__192.html' },
      { title: '§ 193 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__193.html' },
      { title: '§ 185 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__185.html' },
    ],
    forms: [
      {
        title: 'Kontaktanfrage an den Integrationsfachdienst',
        url: 'https://demo.lotse.example/online/ifd-kontaktanfrage',
        kind: 'online',
      },
    ],
    topics: ['arbeitsplatz-sichern', 'arbeit-finden', 'beratung'],
    relatedServices: ['begleitende-hilfe-arbeitsleben', 'arbeitsassistenz', 'budget-fuer-arbeit'],
    approval: {
      approvedBy: 'LVR-Inklusionsamt, Fachbereich Integrationsfachdienste',
      approvedAt: '2026-03-16',
    },
  },
  {
    slug: 'begleitende-hilfe-arbeitsleben',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Begleitende Hilfe im Arbeitsleben',
    nameEasyLanguage: 'Hilfe bei der Arbeit',
    teaser:
      'Das LVR-Inklusionsamt unterstützt schwerbehinderte Beschäftigte und ihre Arbeitgeber mit Beratung und Geldleistungen, damit ein Arbeitsplatz dauerhaft gesichert werden kann.',
    description: [
      'Die Begleitende Hilfe im Arbeitsleben ist eine der Hauptaufgaben des LVR-Inklusionsamts. Sie soll dafür sorgen, dass schwerbehinderte Menschen auf einem Arbeitsplatz arbeiten können, der zu ihren Fähigkeiten passt, und dass sie diesen Arbeitsplatz behalten.',
      '',
      'Dazu gehören Beratung und Geldleistungen. Beschäftigte können zum Beispiel Zuschüsse für technische Arbeitshilfen, für eine Arbeitsassistenz, für berufliche Fortbildungen oder für eine behinderungsgerechte Wohnung erhalten. Auch Hilfen zur Gründung einer selbstständigen Existenz sind möglich. Arbeitgeber können Zuschüsse für die Einrichtung eines Arbeitsplatzes oder bei außergewöhnlichen Belastungen bekommen.',
      '',
      'Die Leistungen werden aus der Ausgleichsabgabe bezahlt. Diese Abgabe zahlen Arbeitgeber, die nicht genügend schwerbehinderte Menschen beschäftigen. Ist ein Rehabilitationsträger wie die Agentur für Arbeit oder die Rentenversicherung zuständig, geht dessen Leistung vor.',
    ].join('\n'),
    audience:
      'Schwerbehinderte und gleichgestellte Beschäftigte, schwerbehinderte Selbstständige sowie Arbeitgeber, die schwerbehinderte Menschen beschäftigen.',
    requirements: [
      'Leistungen gibt es nur auf Antrag und nur, soweit kein anderer Träger vorrangig zuständig ist.',
      '',
      '- Es liegt ein Grad der Behinderung von mindestens 50 oder eine Gleichstellung durch die Agentur für Arbeit vor.',
      '- Sie arbeiten auf dem allgemeinen Arbeitsmarkt, in der Regel mindestens 18 Stunden pro Woche.',
      '- Die Hilfe ist wegen der Behinderung notwendig, um den Arbeitsplatz zu erhalten oder zu erlangen.',
      '- Sie stellen den Antrag, bevor eine Maßnahme beginnt oder etwas gekauft wird.',
    ].join('\n'),
    documents: [
      { name: 'Antrag auf Leistungen der Begleitenden Hilfe' },
      { name: 'Schwerbehindertenausweis, Feststellungsbescheid oder Gleichstellungsbescheid' },
      { name: 'Arbeitsvertrag und Beschreibung des Arbeitsplatzes' },
      { name: 'Kostenvoranschläge oder Angebote', note: 'Wenn Sie einen Zuschuss für eine Anschaffung beantragen.' },
    ],
    costs: 'Die Beratung und das Antragsverfahren sind kostenfrei.',
    deadlines:
      'Stellen Sie den Antrag, bevor Sie etwas kaufen oder eine Maßnahme beginnt. Nachträglich können Kosten in der Regel nicht übernommen werden.',
    processingTime:
      'In der Regel vier bis acht Wochen nach Eingang der vollständigen Unterlagen, bei einer Prüfung vor Ort auch länger.',
    procedure: [
      '- Sie lassen sich vom Inklusionsamt, vom Integrationsfachdienst oder von der Schwerbehindertenvertretung beraten.',
      '- Sie oder Ihr Arbeitgeber stellen den Antrag beim LVR-Inklusionsamt oder bei der Fachstelle für behinderte Menschen im Arbeitsleben Ihrer Stadt oder Ihres Kreises.',
      '- Das Inklusionsamt prüft, ob ein anderer Träger vorrangig zuständig ist, und klärt den Bedarf, wenn nötig bei einem Besuch im Betrieb.',
      '- Sie erhalten einen schriftlichen Bescheid.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 185 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__185.html' },
      {
        title: '§§ 17 bis 29 Schwerbehinderten-Ausgleichsabgabeverordnung (SchwbAV)',
        url: 'https://www.gesetze-im-internet.de/schwbav/__17.html',
      },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Begleitenden Hilfe im Arbeitsleben (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-begleitende-hilfe.pdf',
        kind: 'form',
      },
    ],
    topics: ['arbeitsplatz-sichern', 'geld-und-leistungen'],
    relatedServices: ['technische-arbeitshilfen', 'arbeitsassistenz', 'zuschuesse-arbeitgeber'],
    approval: {
      approvedBy: 'LVR-Inklusionsamt, Fachbereich Begleitende Hilfen',
      approvedAt: '2026-04-08',
    },
  },
  {
    slug: 'besonderer-kuendigungsschutz',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Besonderer Kündigungsschutz für schwerbehinderte Menschen',
    nameEasyLanguage: 'Schutz vor einer Kündigung',
    teaser:
      'Ein Arbeitgeber darf einem schwerbehinderten oder gleichgestellten Menschen nur kündigen, wenn das Inklusionsamt vorher zustimmt. Hier erfahren Sie, wie das Verfahren abläuft.',
    description: [
      'Schwerbehinderte und gleichgestellte Beschäftigte haben einen besonderen Kündigungsschutz. Bevor ein Arbeitgeber kündigt, muss er die Zustimmung des Inklusionsamts beantragen. Eine Kündigung ohne diese Zustimmung ist unwirksam. Das gilt für ordentliche und außerordentliche Kündigungen und auch für Änderungskündigungen.',
      '',
      'Im Verfahren hört das Inklusionsamt den schwerbehinderten Menschen, den Betriebs- oder Personalrat und die Schwerbehindertenvertretung an. Es prüft, ob die Kündigung mit der Behinderung zusammenhängt und ob der Arbeitsplatz zum Beispiel durch technische Hilfen, eine Umsetzung oder Unterstützung des Integrationsfachdienstes erhalten werden kann. Oft wird in einem gemeinsamen Gespräch eine Lösung gefunden.',
      '',
      'Der besondere Kündigungsschutz ist kein absolutes Kündigungsverbot. Das Inklusionsamt wägt die Interessen beider Seiten ab. Die Zustimmung ersetzt nicht die Prüfung durch das Arbeitsgericht.',
    ].join('\n'),
    audience:
      'Schwerbehinderte und gleichgestellte Beschäftigte sowie Arbeitgeber, die eine Kündigung beabsichtigen, und betriebliche Interessenvertretungen.',
    requirements: [
      'Der besondere Kündigungsschutz greift, wenn bei Zugang der Kündigung die folgenden Voraussetzungen erfüllt sind:',
      '',
      '- Die Schwerbehinderung ist festgestellt oder die Gleichstellung ist erfolgt, oder der Antrag wurde mindestens drei Wochen vor der Kündigung gestellt.',
      '- Das Arbeitsverhältnis besteht ohne Unterbrechung länger als sechs Monate.',
      '- Es handelt sich um eine Kündigung durch den Arbeitgeber; für Aufhebungsverträge und Eigenkündigungen gilt der Schutz nicht.',
    ].join('\n'),
    documents: [
      { name: 'Antrag des Arbeitgebers auf Zustimmung zur Kündigung', note: 'Mit Angabe der Kündigungsgründe.' },
      { name: 'Stellungnahmen des Betriebs- oder Personalrats und der Schwerbehindertenvertretung' },
      {
        name: 'Stellungnahme des schwerbehinderten Menschen',
        note: 'Sie können schriftlich oder im Gespräch Stellung nehmen.',
      },
    ],
    costs: 'Das Verfahren beim Inklusionsamt ist gebührenfrei.',
    deadlines: [
      'Bei einer außerordentlichen Kündigung muss der Arbeitgeber die Zustimmung innerhalb von zwei Wochen beantragen, nachdem er von den Gründen erfahren hat. Das Inklusionsamt entscheidet dann innerhalb von zwei Wochen; sonst gilt die Zustimmung als erteilt.',
      '',
      'Wusste der Arbeitgeber nichts von Ihrer Schwerbehinderung, sollten Sie ihn innerhalb von drei Wochen nach Zugang der Kündigung darüber informieren. Eine Kündigungsschutzklage müssen Sie innerhalb von drei Wochen beim Arbeitsgericht erheben.',
    ].join('\n'),
    processingTime:
      'Bei einer ordentlichen Kündigung soll das Inklusionsamt innerhalb eines Monats entscheiden, bei einer außerordentlichen Kündigung innerhalb von zwei Wochen.',
    procedure: [
      '- Der Arbeitgeber beantragt die Zustimmung schriftlich oder elektronisch beim Inklusionsamt, das für den Sitz des Betriebs zuständig ist.',
      '- Das Inklusionsamt holt die Stellungnahmen ein und hört den schwerbehinderten Menschen an.',
      '- Häufig findet eine Kündigungsschutzverhandlung mit allen Beteiligten statt, in der nach Alternativen gesucht wird.',
      '- Das Inklusionsamt entscheidet und stellt den Bescheid beiden Seiten zu.',
      '- Nach einer Zustimmung kann der Arbeitgeber eine ordentliche Kündigung nur innerhalb eines Monats nach Zustellung erklären.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 168 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__168.html' },
      { title: '§§ 169 bis 173 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__170.html' },
      { title: '§ 174 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__174.html' },
      { title: '§ 4 Kündigungsschutzgesetz', url: 'https://www.gesetze-im-internet.de/kschg/__4.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Zustimmung zur Kündigung (Online-Antrag für Arbeitgeber)',
        url: 'https://demo.lotse.example/online/zustimmung-kuendigung',
        kind: 'online',
      },
    ],
    topics: ['arbeitsplatz-sichern', 'beratung'],
    relatedServices: ['integrationsfachdienst', 'begleitende-hilfe-arbeitsleben'],
    approval: {
      approvedBy: 'LVR-Inklusionsamt, Fachbereich Kündigungsschutz',
      approvedAt: '2026-02-24',
    },
  },
  {
    slug: 'technische-arbeitshilfen',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Technische Arbeitshilfen',
    nameEasyLanguage: 'Geräte für Ihre Arbeit',
    teaser:
      'Vergrößerungssoftware, höhenverstellbarer Arbeitstisch oder Hebehilfe: Das Inklusionsamt kann die Kosten für technische Hilfen übernehmen, die Sie wegen Ihrer Behinderung am Arbeitsplatz brauchen.',
    description: [
      'Technische Arbeitshilfen gleichen Einschränkungen aus, die durch eine Behinderung entstehen. Beispiele sind eine Braillezeile oder Vergrößerungssoftware für sehbehinderte Menschen, eine FM-Anlage für hörbehinderte Menschen, ein ergonomischer Arbeitsstuhl, ein Steh-Sitz-Arbeitsplatz oder Hebe- und Transporthilfen.',
      '',
      'Das LVR-Inklusionsamt kann die Kosten für die Anschaffung, die Wartung und die Reparatur übernehmen. Auch eine Schulung im Umgang mit dem Hilfsmittel und eine spätere Ersatzbeschaffung können gefördert werden. Der Technische Beratungsdienst des Inklusionsamts berät Sie und Ihren Arbeitgeber vor Ort, welche Lösung geeignet ist.',
      '',
      'Ist ein Rehabilitationsträger zuständig, etwa beim Einstieg in eine neue Arbeit, übernimmt dieser die Kosten vorrangig. Das Inklusionsamt leitet Ihren Antrag dann weiter.',
    ].join('\n'),
    audience:
      'Schwerbehinderte und gleichgestellte Beschäftigte und Selbstständige sowie ihre Arbeitgeber, wenn eine Hilfe für einen bestimmten Arbeitsplatz gebraucht wird.',
    requirements: [
      'Die Hilfe muss wegen der Behinderung für die Arbeit notwendig sein. Gegenstände, die alle Beschäftigten brauchen, werden nicht gefördert.',
      '',
      '- Sie sind schwerbehindert oder gleichgestellt.',
      '- Sie arbeiten auf dem allgemeinen Arbeitsmarkt, in der Regel mindestens 18 Stunden pro Woche.',
      '- Die Arbeitshilfe ist geeignet und notwendig, um Ihre Arbeit auszuüben.',
      '- Der Antrag wird gestellt, bevor die Hilfe bestellt oder gekauft wird.',
    ].join('\n'),
    documents: [
      { name: 'Antrag auf Förderung einer technischen Arbeitshilfe' },
      { name: 'Nachweis der Schwerbehinderung oder Gleichstellung' },
      { name: 'Kostenvoranschlag oder Angebot', note: 'Bei größeren Anschaffungen bitte zwei Angebote.' },
      { name: 'Ärztliche Stellungnahme', note: 'Wenn das Inklusionsamt sie anfordert.' },
    ],
    costs: 'Für Sie entstehen durch den Antrag keine Kosten. Der Zuschuss kann die Kosten ganz oder teilweise decken.',
    deadlines:
      'Stellen Sie den Antrag vor dem Kauf oder der Bestellung. Für bereits gekaufte Hilfsmittel ist eine Förderung in der Regel nicht möglich.',
    processingTime: 'In der Regel vier bis sechs Wochen; ist eine Beratung vor Ort nötig, kann es länger dauern.',
    procedure: [
      '- Sie oder Ihr Arbeitgeber stellen den Antrag beim LVR-Inklusionsamt oder bei der örtlichen Fachstelle.',
      '- Der Technische Beratungsdienst sieht sich bei Bedarf den Arbeitsplatz an und empfiehlt eine Lösung.',
      '- Das Inklusionsamt entscheidet über die Förderung und schickt Ihnen einen Bescheid.',
      '- Nach dem Kauf reichen Sie die Rechnung ein; der Zuschuss wird ausgezahlt.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 185 Abs. 3 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__185.html' },
      { title: '§ 19 SchwbAV', url: 'https://www.gesetze-im-internet.de/schwbav/__19.html' },
      { title: '§ 49 Abs. 8 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__49.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Förderung technischer Arbeitshilfen (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-technische-arbeitshilfen.pdf',
        kind: 'form',
      },
    ],
    topics: ['arbeitsplatz-sichern', 'geld-und-leistungen'],
    relatedServices: ['begleitende-hilfe-arbeitsleben', 'zuschuesse-arbeitgeber'],
    approval: {
      approvedBy: 'LVR-Inklusionsamt, Technischer Beratungsdienst',
      approvedAt: '2026-05-11',
    },
  },
  {
    slug: 'arbeitsassistenz',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Arbeitsassistenz',
    nameEasyLanguage: 'Eine Assistenz für Ihre Arbeit',
    teaser:
      'Wenn Sie wegen Ihrer Behinderung regelmäßig Unterstützung bei der Arbeit brauchen, übernimmt das Inklusionsamt die Kosten für eine Arbeitsassistenz, zum Beispiel eine Vorlesekraft oder eine Gebärdensprachdolmetschung.',
    description: [
      'Eine Arbeitsassistenz ist eine Person, die Sie bei Ihrer Arbeit regelmäßig und dauerhaft unterstützt. Sie übernimmt Hilfstätigkeiten, die Sie wegen Ihrer Behinderung nicht selbst erledigen können. Die eigentlichen Aufgaben Ihrer Stelle erledigen Sie weiterhin selbst.',
      '',
      'Typische Beispiele sind eine Vorlesekraft für blinde Menschen, eine Assistenz, die Akten holt oder Geräte bedient, oder Gebärdensprachdolmetschung für gehörlose Menschen in Besprechungen. Sie können die Assistenzkraft selbst anstellen (Arbeitgebermodell) oder einen Assistenzdienst beauftragen (Dienstleistungsmodell).',
      '',
      'Wer Arbeitsassistenz benötigt, hat einen Rechtsanspruch auf Übernahme der notwendigen Kosten. Das LVR-Inklusionsamt zahlt dafür in der Regel einen monatlichen Betrag, dessen Höhe sich nach dem täglichen Unterstützungsbedarf richtet.',
    ].join('\n'),
    audience:
      'Schwerbehinderte und gleichgestellte Menschen, die auf dem allgemeinen Arbeitsmarkt angestellt oder selbstständig tätig sind und regelmäßig personelle Unterstützung brauchen.',
    requirements: [
      'Die Arbeitsassistenz muss notwendig sein, damit Sie Ihre Arbeit ausüben können. Sie ergänzt andere Hilfen wie technische Arbeitshilfen, ersetzt sie aber nicht.',
      '',
      '- Sie sind schwerbehindert oder gleichgestellt.',
      '- Sie haben einen Arbeitsplatz auf dem allgemeinen Arbeitsmarkt oder sind selbstständig tätig.',
      '- Sie können die wesentlichen Aufgaben Ihrer Tätigkeit selbst erfüllen.',
      '- Sie organisieren die Assistenz selbst oder mit Hilfe eines Dienstleisters.',
    ].join('\n'),
    documents: [
      { name: 'Antrag auf Übernahme der Kosten einer Arbeitsassistenz' },
      { name: 'Nachweis der Schwerbehinderung oder Gleichstellung' },
      {
        name: 'Beschreibung des Arbeitsplatzes und des Unterstützungsbedarfs',
        note: 'Welche Tätigkeiten übernimmt die Assistenz und wie viele Stunden am Tag?',
      },
      { name: 'Arbeitsvertrag oder Nachweis der selbstständigen Tätigkeit' },
    ],
    costs:
      'Für Sie entstehen keine Kosten. Das Inklusionsamt übernimmt die notwendigen Kosten im Rahmen der bewilligten Leistung.',
    deadlines:
      'Stellen Sie den Antrag möglichst vor Beginn der Assistenz. Die Bewilligung ist befristet; stellen Sie den Folgeantrag rechtzeitig vor ihrem Ablauf.',
    processingTime: 'In der Regel sechs bis acht Wochen nach Eingang der vollständigen Unterlagen.',
    procedure: [
      '- Sie lassen sich beraten, zum Beispiel vom Integrationsfachdienst oder vom Inklusionsamt.',
      '- Sie stellen den Antrag beim LVR-Inklusionsamt; bei einem neuen Arbeitsplatz kann zunächst ein Rehabilitationsträger zuständig sein.',
      '- Das Inklusionsamt klärt mit Ihnen den Bedarf, bei Bedarf auch am Arbeitsplatz.',
      '- Sie erhalten einen Bescheid, meist für bis zu drei Jahre.',
      '- Sie weisen die Verwendung der Mittel regelmäßig nach.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 185 Abs. 5 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__185.html' },
      { title: '§ 17 Abs. 1a SchwbAV', url: 'https://www.gesetze-im-internet.de/schwbav/__17.html' },
      { title: '§ 49 Abs. 8 Satz 1 Nr. 3 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__49.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Arbeitsassistenz (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-arbeitsassistenz.pdf',
        kind: 'form',
      },
    ],
    topics: ['arbeitsplatz-sichern', 'geld-und-leistungen'],
    relatedServices: ['begleitende-hilfe-arbeitsleben', 'technische-arbeitshilfen', 'gehoerlosenhilfe'],
    approval: {
      approvedBy: 'LVR-Inklusionsamt, Fachbereich Begleitende Hilfen',
      approvedAt: '2026-04-21',
    },
  },
  {
    slug: 'inklusionsbetriebe',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Förderung von Inklusionsbetrieben',
    nameEasyLanguage: 'Geld für Inklusions·betriebe',
    teaser:
      'Inklusionsbetriebe sind Unternehmen des allgemeinen Arbeitsmarkts, in denen Menschen mit und ohne Behinderung zusammenarbeiten. Das Inklusionsamt berät bei der Gründung und fördert Arbeitsplätze und Ausstattung.',
    description: [
      'Inklusionsbetriebe sind rechtlich und wirtschaftlich selbstständige Unternehmen oder eigene Abteilungen eines Unternehmens. Sie beschäftigen schwerbehinderte Menschen, die es auf dem Arbeitsmarkt besonders schwer haben, zu regulären Bedingungen mit Tarif- oder ortsüblichem Lohn. Im Rheinland gibt es Inklusionsbetriebe zum Beispiel in der Gastronomie, in Hotels, in der Garten- und Landschaftspflege und im Handel.',
      '',
      'Mindestens 30 Prozent der Beschäftigten eines Inklusionsbetriebs sollen zu dieser Zielgruppe gehören; in der Regel sollen es nicht mehr als 50 Prozent sein. Dazu zählen auch Menschen mit einer schweren psychischen Erkrankung.',
      '',
      'Das LVR-Inklusionsamt kann Zuschüsse für den Aufbau, die Erweiterung, die Modernisierung und die Ausstattung eines Inklusionsbetriebs gewähren. Außerdem gibt es Leistungen für die betriebswirtschaftliche Beratung und einen Ausgleich für den besonderen Aufwand und für Minderleistungen der Beschäftigten.',
    ].join('\n'),
    audience:
      'Unternehmen, gemeinnützige Organisationen und Gründerinnen und Gründer, die einen Inklusionsbetrieb oder eine Inklusionsabteilung aufbauen oder erweitern möchten.',
    requirements: [
      'Die Förderung setzt ein tragfähiges Unternehmenskonzept voraus. Die neuen Arbeitsplätze müssen dauerhaft angelegt sein.',
      '',
      '- Mindestens 30 Prozent der Beschäftigten gehören zur Zielgruppe nach § 215 SGB IX.',
      '- Die Arbeitsplätze sind sozialversicherungspflichtig und werden nach Tarif oder ortsüblich bezahlt.',
      '- Das Unternehmen arbeitet wirtschaftlich und am allgemeinen Arbeitsmarkt.',
      '- Die Förderung wird vor Beginn des Vorhabens beantragt.',
    ].join('\n'),
    documents: [
      { name: 'Förderantrag mit Beschreibung des Vorhabens' },
      { name: 'Unternehmenskonzept mit Investitions-, Finanzierungs- und Ertragsplanung' },
      { name: 'Stellenplan mit Angaben zu den geplanten Arbeitsplätzen für die Zielgruppe' },
      { name: 'Gesellschaftsvertrag oder Satzung und Handelsregisterauszug', note: 'Wenn vorhanden.' },
    ],
    costs: 'Die Beratung durch das Inklusionsamt ist kostenfrei.',
    deadlines:
      'Stellen Sie den Antrag vor Beginn des Vorhabens. Für bereits begonnene Investitionen ist eine Förderung in der Regel ausgeschlossen.',
    processingTime:
      'Je nach Umfang des Vorhabens zwei bis vier Monate, da das Konzept fachlich und betriebswirtschaftlich geprüft wird.',
    procedure: [
      '- Sie vereinbaren ein Beratungsgespräch mit dem Fachbereich Inklusionsbetriebe des LVR-Inklusionsamts.',
      '- Sie erarbeiten ein Unternehmenskonzept; auf Wunsch wird eine betriebswirtschaftliche Beratung gefördert.',
      '- Sie reichen den Förderantrag mit allen Unterlagen ein.',
      '- Das Inklusionsamt prüft das Konzept und entscheidet über die Förderung.',
      '- Nach der Bewilligung begleitet das Inklusionsamt den Betrieb und zahlt laufende Leistungen aus.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 215 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__215.html' },
      { title: '§ 216 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__216.html' },
      { title: '§ 217 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__217.html' },
    ],
    forms: [
      {
        title: 'Förderantrag Inklusionsbetrieb (PDF)',
        url: 'https://demo.lotse.example/formulare/foerderantrag-inklusionsbetrieb.pdf',
        kind: 'form',
      },
    ],
    topics: ['arbeit-finden', 'arbeit-und-beruf'],
    relatedServices: ['zuschuesse-arbeitgeber', 'budget-fuer-arbeit', 'werkstatt-fuer-menschen-mit-behinderung'],
    approval: {
      approvedBy: 'LVR-Inklusionsamt, Fachbereich Inklusionsbetriebe',
      approvedAt: '2026-06-03',
    },
  },
  {
    slug: 'zuschuesse-arbeitgeber',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Zuschüsse für Arbeitgeber',
    nameEasyLanguage: 'Geld für Arbeit·geber',
    teaser:
      'Arbeitgeber, die schwerbehinderte Menschen ausbilden oder beschäftigen, können vom Inklusionsamt Zuschüsse erhalten, etwa für die Einrichtung eines Arbeitsplatzes oder bei außergewöhnlichen Belastungen.',
    description: [
      'Das LVR-Inklusionsamt unterstützt Arbeitgeber, damit schwerbehinderte Menschen eingestellt und dauerhaft beschäftigt werden können. Die Mittel stammen aus der Ausgleichsabgabe.',
      '',
      'Gefördert werden kann die behinderungsgerechte Einrichtung von Arbeits- und Ausbildungsplätzen, zum Beispiel ein barrierefreier Zugang oder eine angepasste Maschine. Entstehen dem Arbeitgeber dauerhaft außergewöhnliche Belastungen, etwa weil die Arbeitsleistung wegen der Behinderung deutlich geringer ist oder eine Kollegin oder ein Kollege regelmäßig unterstützt, ist ein laufender Zuschuss möglich. Außerdem gibt es Prämien und Zuschüsse für die Ausbildung schwerbehinderter Jugendlicher und für die Einführung eines Betrieblichen Eingliederungsmanagements.',
      '',
      'Bei Neueinstellungen sind oft zunächst die Agentur für Arbeit oder das Jobcenter mit Eingliederungszuschüssen zuständig. Das Inklusionsamt berät Sie, welche Förderung in Ihrem Fall passt.',
    ].join('\n'),
    audience:
      'Private und öffentliche Arbeitgeber, die schwerbehinderte oder gleichgestellte Menschen beschäftigen, einstellen oder ausbilden.',
    requirements: [
      'Die Förderung ist eine Ermessensleistung. Vorrangige Leistungen anderer Träger werden angerechnet.',
      '',
      '- Sie beschäftigen einen schwerbehinderten oder gleichgestellten Menschen auf einem Arbeitsplatz mit in der Regel mindestens 18 Wochenstunden.',
      '- Der Aufwand oder die Belastung entsteht gerade wegen der Behinderung.',
      '- Investitionen werden vor ihrem Beginn beantragt.',
    ].join('\n'),
    documents: [
      { name: 'Antrag des Arbeitgebers auf Leistungen nach der SchwbAV' },
      { name: 'Nachweis der Schwerbehinderung oder Gleichstellung der beschäftigten Person' },
      { name: 'Arbeitsvertrag und Stellenbeschreibung' },
      {
        name: 'Angebote oder Kostenvoranschläge',
        note: 'Bei einer behinderungsgerechten Einrichtung des Arbeitsplatzes.',
      },
    ],
    costs: 'Die Beratung und das Antragsverfahren sind kostenfrei.',
    deadlines:
      'Stellen Sie Anträge für Investitionen, bevor Sie Aufträge erteilen. Laufende Zuschüsse werden befristet bewilligt und müssen rechtzeitig neu beantragt werden.',
    processingTime: 'In der Regel sechs bis zehn Wochen, bei einer Prüfung im Betrieb auch länger.',
    procedure: [
      '- Sie lassen sich vom Inklusionsamt, vom Integrationsfachdienst oder vom Technischen Beratungsdienst beraten.',
      '- Sie stellen den Antrag beim LVR-Inklusionsamt.',
      '- Das Inklusionsamt prüft die Situation im Betrieb, meist mit einem Besuch vor Ort und unter Beteiligung der Schwerbehindertenvertretung.',
      '- Sie erhalten einen Bescheid über Art, Höhe und Dauer der Förderung.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 185 Abs. 3 Nr. 2 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__185.html' },
      { title: '§ 26 SchwbAV', url: 'https://www.gesetze-im-internet.de/schwbav/__26.html' },
      { title: '§ 27 SchwbAV', url: 'https://www.gesetze-im-internet.de/schwbav/__27.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen für Arbeitgeber (Online-Antrag)',
        url: 'https://demo.lotse.example/online/antrag-arbeitgeberleistungen',
        kind: 'online',
      },
    ],
    topics: ['arbeitsplatz-sichern', 'arbeit-finden', 'geld-und-leistungen'],
    relatedServices: ['begleitende-hilfe-arbeitsleben', 'technische-arbeitshilfen', 'budget-fuer-ausbildung'],
    approval: {
      approvedBy: 'LVR-Inklusionsamt, Fachbereich Leistungen an Arbeitgeber',
      approvedAt: '2026-05-27',
    },
  },
  {
    slug: 'soziale-entschaedigung',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Leistungen der Sozialen Entschädigung',
    nameEasyLanguage: 'Geld und Hilfe nach Gewalt',
    teaser:
      'Wer durch eine Gewalttat oder ein anderes schädigendes Ereignis gesundheitlich geschädigt wurde, kann Leistungen der Sozialen Entschädigung erhalten – von schneller Hilfe bis zu monatlichen Zahlungen.',
    description: [
      'Die Soziale Entschädigung hilft Menschen, die durch ein Ereignis gesundheitlich geschädigt wurden, für das die staatliche Gemeinschaft eine besondere Verantwortung trägt. Dazu gehören vor allem Opfer von Gewalttaten, auch von psychischer Gewalt wie schwerem Stalking oder Menschenhandel. Auch Menschen mit Schäden durch eine Schutzimpfung und Betroffene der beiden Weltkriege sind berechtigt. Rechtsgrundlage ist seit 2024 das Vierzehnte Buch Sozialgesetzbuch (SGB XIV). In Nordrhein-Westfalen sind die Landschaftsverbände zuständig.',
      '',
      'Die Leistungen reichen von schnellen Hilfen wie einem Fallmanagement und der Behandlung in einer Traumaambulanz über Krankenbehandlung und Leistungen zur Teilhabe bis zu monatlichen Entschädigungszahlungen. Wer durch die Schädigung Einkommen verliert, kann einen Ausgleich erhalten. Auch Angehörige, Hinterbliebene und nahestehende Personen können Ansprüche haben.',
      '',
      'Sie müssen den Täter nicht kennen, und eine Verurteilung ist keine Voraussetzung. Sie sollen aber, soweit es Ihnen zumutbar ist, bei der Aufklärung des Geschehens mitwirken.',
    ].join('\n'),
    audience:
      'Menschen, die durch eine Gewalttat, eine Schutzimpfung oder ein anderes im SGB XIV genanntes Ereignis gesundheitlich geschädigt wurden, sowie ihre Angehörigen und Hinterbliebenen.',
    requirements: [
      'Es muss ein Zusammenhang zwischen dem schädigenden Ereignis und den gesundheitlichen Folgen bestehen. Dieser wird im Verfahren festgestellt.',
      '',
      '- Sie wurden Opfer einer Gewalttat in Deutschland oder eines anderen schädigenden Ereignisses nach dem SGB XIV.',
      '- Sie haben dadurch eine gesundheitliche Schädigung erlitten, körperlich oder seelisch.',
      '- Der LVR ist zuständig, wenn Sie Ihren Wohnsitz oder gewöhnlichen Aufenthalt im Rheinland haben.',
      '- Es liegt kein Ausschlussgrund vor, etwa eine eigene Beteiligung an der Tat.',
    ].join('\n'),
    documents: [
      { name: 'Antrag auf Leistungen der Sozialen Entschädigung' },
      { name: 'Angaben zur Tat', note: 'Zum Beispiel das Aktenzeichen einer Strafanzeige, wenn vorhanden.' },
      { name: 'Ärztliche oder psychotherapeutische Befunde und Berichte' },
      {
        name: 'Schweigepflichtentbindung',
        note: 'Damit der LVR Befunde bei Ärztinnen, Ärzten und Kliniken anfordern kann.',
      },
    ],
    costs: 'Das Antragsverfahren ist kostenfrei.',
    deadlines:
      'Leistungen werden grundsätzlich ab dem Monat der Antragstellung erbracht. Stellen Sie den Antrag innerhalb von zwölf Monaten nach der Tat, werden Leistungen auch rückwirkend ab dem Monat der Tat gezahlt.',
    processingTime:
      'Schnelle Hilfen sind kurzfristig möglich. Die Entscheidung über weitere Leistungen dauert wegen der Ermittlungen und Gutachten oft mehrere Monate.',
    procedure: [
      '- Sie stellen einen formlosen oder schriftlichen Antrag beim LVR; auch andere Sozialleistungsträger nehmen den Antrag entgegen.',
      '- Auf Wunsch erhalten Sie eine Fallmanagerin oder einen Fallmanager, die oder der Sie durch das Verfahren begleitet.',
      '- Der LVR klärt den Sachverhalt, zieht zum Beispiel Ermittlungsakten bei und holt medizinische Gutachten ein.',
      '- Sie erhalten einen Bescheid über die anerkannten Schädigungsfolgen und die Leistungen.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 13 SGB XIV', url: 'https://www.gesetze-im-internet.de/sgb_14/__13.html' },
      { title: '§ 14 SGB XIV', url: 'https://www.gesetze-im-internet.de/sgb_14/__14.html' },
      { title: '§ 10 SGB XIV', url: 'https://www.gesetze-im-internet.de/sgb_14/__10.html' },
      { title: '§ 30 SGB XIV (Fallmanagement)', url: 'https://www.gesetze-im-internet.de/sgb_14/__30.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Sozialen Entschädigung (Online-Antrag)',
        url: 'https://demo.lotse.example/online/antrag-soziale-entschaedigung',
        kind: 'online',
      },
    ],
    topics: ['gewalt-und-entschaedigung', 'geld-und-leistungen'],
    relatedServices: ['traumaambulanzen', 'psychiatrische-krisenhilfe'],
    approval: {
      approvedBy: 'LVR-Fachbereich Soziale Entschädigung',
      approvedAt: '2026-01-29',
    },
  },
  {
    slug: 'traumaambulanzen',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Traumaambulanzen – schnelle Hilfe nach Gewalt',
    nameEasyLanguage: 'Schnelle Hilfe nach Gewalt in der Trauma·ambulanz',
    teaser:
      'Nach einer Gewalttat bieten Traumaambulanzen schnell und unbürokratisch psychotherapeutische Hilfe an – für Erwachsene, Kinder und Jugendliche. Die ersten Termine sind ohne vorherigen Antrag möglich.',
    description: [
      'Eine Gewalttat kann starke seelische Folgen haben, zum Beispiel Angst, Schlafstörungen, belastende Erinnerungen oder Rückzug. In einer Traumaambulanz erhalten Sie schnell psychotherapeutische Unterstützung, damit sich solche Beschwerden nicht verfestigen. Auch Angehörige und Menschen, die eine Gewalttat miterlebt haben, können Hilfe bekommen.',
      '',
      'Der LVR hat mit Kliniken im ganzen Rheinland Vereinbarungen geschlossen. Es gibt Traumaambulanzen für Erwachsene und spezielle Angebote für Kinder und Jugendliche. Erwachsene können bis zu 15 Sitzungen erhalten, Kinder und Jugendliche bis zu 18 Sitzungen. Die Kosten trägt der LVR; notwendige Fahrtkosten werden erstattet.',
      '',
      'Für die ersten Sitzungen brauchen Sie keinen Antrag und keine Strafanzeige. Damit die Behandlung fortgesetzt werden kann, wird ein Antrag auf Leistungen der Sozialen Entschädigung gestellt. Das Team der Traumaambulanz hilft Ihnen dabei.',
    ].join('\n'),
    audience:
      'Menschen jeden Alters, die Opfer einer Gewalttat geworden sind, sowie Angehörige, Hinterbliebene und Zeuginnen und Zeugen einer Tat, die seelisch belastet sind.',
    requirements: [
      'Die Hilfe ist als frühe Unterstützung gedacht. Sie soll daher zeitnah nach der Tat beginnen.',
      '',
      '- Sie haben eine Gewalttat erlebt oder miterlebt oder eine nahestehende Person wurde Opfer.',
      '- Sie sind dadurch seelisch belastet.',
      '- Die Tat liegt in der Regel nicht länger als zwölf Monate zurück, oder die Beschwerden sind in diesem Zeitraum neu aufgetreten oder deutlich stärker geworden.',
    ].join('\n'),
    documents: [
      { name: 'Krankenversichertenkarte oder Personalausweis', note: 'Zum ersten Termin.' },
      {
        name: 'Antrag auf Leistungen der Sozialen Entschädigung',
        note: 'Erst für die Fortsetzung der Behandlung; das Team der Traumaambulanz unterstützt Sie beim Ausfüllen.',
      },
    ],
    costs: 'Die Behandlung ist für Sie kostenfrei. Notwendige Fahrtkosten werden erstattet.',
    deadlines:
      'Melden Sie sich möglichst bald nach der Tat. In der Regel muss die Hilfe innerhalb von zwölf Monaten nach der Tat oder nach dem Auftreten der Beschwerden beginnen.',
    processingTime: 'Ein erster Termin wird in der Regel innerhalb weniger Tage angeboten.',
    procedure: [
      '- Sie rufen eine Traumaambulanz in Ihrer Nähe an oder lassen sich von einer Beratungsstelle, der Polizei oder Ihrer Ärztin oder Ihrem Arzt vermitteln.',
      '- Sie erhalten kurzfristig ein erstes Gespräch.',
      '- Die Fachkräfte klären mit Ihnen, welche Unterstützung Sie brauchen, und beginnen mit der Behandlung.',
      '- Für weitere Sitzungen wird ein Antrag auf Soziale Entschädigung gestellt.',
      '- Ist danach noch Behandlung nötig, hilft die Traumaambulanz bei der Suche nach einer weiterführenden Therapie.',
    ].join('\n'),
    legalBasis: [
      { title: '§§ 31 bis 37 SGB XIV', url: 'https://www.gesetze-im-internet.de/sgb_14/__31.html' },
      { title: '§ 14 SGB XIV', url: 'https://www.gesetze-im-internet.de/sgb_14/__14.html' },
    ],
    forms: [
      {
        title: 'Traumaambulanz in Ihrer Nähe finden',
        url: 'https://demo.lotse.example/online/traumaambulanz-suche',
        kind: 'online',
      },
    ],
    topics: ['gewalt-und-entschaedigung', 'seelische-gesundheit'],
    relatedServices: ['soziale-entschaedigung', 'psychiatrische-krisenhilfe'],
    approval: {
      approvedBy: 'LVR-Fachbereich Soziale Entschädigung, Koordination Traumaambulanzen',
      approvedAt: '2026-02-12',
    },
  },
  {
    slug: 'lvr-foerderschulen',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Aufnahme an einer LVR-Förderschule',
    nameEasyLanguage: 'Eine Förder·schule finden',
    teaser:
      'Der LVR ist Träger von Förderschulen für Kinder und Jugendliche mit den Förderschwerpunkten Hören und Kommunikation, Sehen, körperliche und motorische Entwicklung sowie Sprache. Hier erfahren Sie, wie die Aufnahme abläuft.',
    description: [
      'Der LVR betreibt im Rheinland Förderschulen für Kinder und Jugendliche, die in besonderem Maß Unterstützung beim Lernen brauchen. Die Schulen haben die Förderschwerpunkte Hören und Kommunikation, Sehen, körperliche und motorische Entwicklung sowie Sprache. Kleine Klassen, speziell ausgebildete Lehrkräfte, Therapie im Schulalltag und eine barrierefreie Ausstattung gehören dazu. Viele LVR-Schulen bieten einen Ganztag an, einige auch ein Internat.',
      '',
      'In Nordrhein-Westfalen entscheiden die Eltern, ob ihr Kind eine allgemeine Schule im Gemeinsamen Lernen oder eine Förderschule besucht. Voraussetzung für die Aufnahme an einer Förderschule ist, dass die Schulaufsicht einen Bedarf an sonderpädagogischer Unterstützung festgestellt hat.',
      '',
      'Für Schülerinnen und Schüler, die den Schulweg nicht allein bewältigen können, organisiert der LVR als Schulträger die Beförderung zur Schule. Die Beratungsstellen der LVR-Schulen beraten Eltern auch dann, wenn ihr Kind eine allgemeine Schule besucht.',
    ].join('\n'),
    audience:
      'Eltern von Kindern und Jugendlichen mit einer Hör-, Seh-, Sprach- oder Körperbehinderung sowie volljährige Schülerinnen und Schüler.',
    requirements: [
      'Die Aufnahme setzt eine Entscheidung der Schulaufsicht im Verfahren zur Feststellung des Bedarfs an sonderpädagogischer Unterstützung (AO-SF) voraus.',
      '',
      '- Der Bedarf an sonderpädagogischer Unterstützung ist festgestellt.',
      '- Der festgestellte Förderschwerpunkt passt zum Angebot der gewählten LVR-Schule.',
      '- Die Eltern haben sich für den Förderort Förderschule entschieden.',
      '- Die Schule hat einen freien Platz; sonst benennt die Schulaufsicht eine andere geeignete Schule.',
    ].join('\n'),
    documents: [
      { name: 'Bescheid der Schulaufsicht über den Bedarf an sonderpädagogischer Unterstützung' },
      { name: 'Anmeldeformular der Schule' },
      { name: 'Geburtsurkunde oder Ausweis des Kindes' },
      { name: 'Letztes Zeugnis und vorhandene ärztliche oder therapeutische Berichte', note: 'Wenn vorhanden.' },
    ],
    costs:
      'Der Besuch einer LVR-Förderschule ist kostenfrei. Die Schülerbeförderung ist für Sie kostenfrei; für Ganztag, Verpflegung oder Internat können Elternbeiträge anfallen.',
    deadlines:
      'Beginnen Sie das Feststellungsverfahren möglichst früh. Für eine Einschulung im Sommer sollten Sie den Antrag im Herbst des Vorjahres stellen; die Anmeldetermine der Schulen liegen meist im Herbst.',
    processingTime:
      'Das Verfahren zur Feststellung des Unterstützungsbedarfs dauert in der Regel drei bis sechs Monate. Die Aufnahme erfolgt meist zum Beginn eines Schuljahres, bei einem Wechsel auch im laufenden Schuljahr.',
    procedure: [
      '- Sie lassen sich von der Beratungsstelle einer LVR-Schule oder der Schulaufsicht beraten und besuchen auf Wunsch die Schule.',
      '- Sie stellen beim Schulamt oder über die bisherige Schule einen Antrag auf Feststellung des Bedarfs an sonderpädagogischer Unterstützung.',
      '- Eine sonderpädagogische Lehrkraft und eine Lehrkraft der allgemeinen Schule erstellen ein Gutachten; Sie werden dazu angehört.',
      '- Die Schulaufsicht entscheidet über den Bedarf und den Förderschwerpunkt und nennt mögliche Schulen.',
      '- Sie melden Ihr Kind an der gewählten LVR-Förderschule an; die Beförderung wird mit der Schule geklärt.',
    ].join('\n'),
    legalBasis: [
      { title: '§ 19 Schulgesetz NRW (Sonderpädagogische Förderung)' },
      { title: '§ 20 Schulgesetz NRW (Orte der sonderpädagogischen Förderung)' },
      { title: 'Ausbildungsordnung sonderpädagogische Förderung (AO-SF)' },
    ],
    forms: [
      {
        title: 'Anmeldung an einer LVR-Förderschule (PDF)',
        url: 'https://demo.lotse.example/formulare/anmeldung-lvr-foerderschule.pdf',
        kind: 'form',
      },
    ],
    topics: ['schule-und-bildung'],
    relatedServices: ['schulbegleitung', 'peer-bildungsberatung', 'mobilitaetshilfen'],
    approval: {
      approvedBy: 'LVR-Fachbereich Schulen',
      approvedAt: '2026-07-14',
    },
  },
  {
    slug: 'peer-bildungsberatung',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Peer-Bildungsberatung',
    nameEasyLanguage: 'Beratung zur Bildung durch Menschen mit Behinderung',
    teaser:
      'Menschen mit Behinderung beraten Menschen mit Behinderung: In der Peer-Bildungsberatung sprechen Sie mit jemandem, der Schule, Ausbildung oder Studium mit einer Behinderung selbst erlebt hat.',
    description: [
      'Peer bedeutet „Gleichgestellte“ oder „Gleichbetroffene“. In der Peer-Bildungsberatung arbeiten Beraterinnen und Berater, die selbst eine Behinderung haben und ihren eigenen Bildungsweg gegangen sind. Sie kennen Hürden aus eigener Erfahrung und können Mut machen.',
      '',
      'Sie können sich zu allen Fragen rund um Bildung beraten lassen: Welche Schule passt zu mir? Wie beantrage ich einen Nachteilsausgleich in Prüfungen? Wie finde ich eine Ausbildung oder komme an die Hochschule? Welche Unterstützung gibt es im Studium oder in einer Weiterbildung? Die Beraterinnen und Berater zeigen Wege auf und nennen weitere Stellen, die Ihnen helfen können.',
      '',
      'Die Beratung ist vertraulich und unabhängig von Entscheidungen über Leistungen. Sie findet persönlich, am Telefon oder per Video statt, auf Wunsch auch in Leichter Sprache. Eltern und Lehrkräfte können ebenfalls beraten werden.',
    ].join('\n'),
    audience:
      'Junge Menschen und Erwachsene mit Behinderung, die Fragen zu Schule, Ausbildung, Studium oder Weiterbildung haben, sowie ihre Eltern und Vertrauenspersonen.',
    requirements: [
      'Für die Beratung brauchen Sie keinen Antrag und keinen Nachweis einer Behinderung.',
      '',
      '- Sie haben eine Behinderung oder eine chronische Erkrankung, oder Sie fragen für Ihr Kind oder eine andere Person.',
      '- Sie haben eine Frage zu Ihrem Bildungsweg.',
      '- Sie vereinbaren vorher einen Termin.',
    ].join('\n'),
    documents: [
      { name: 'Für die Beratung sind keine Unterlagen erforderlich' },
      {
        name: 'Zeugnisse, Bescheide oder Schreiben, zu denen Sie Fragen haben',
        note: 'Freiwillig; bringen Sie sie gern zum Gespräch mit.',
      },
    ],
    costs: 'Die Beratung ist kostenfrei.',
    deadlines:
      'Es gibt keine Fristen. Vor wichtigen Entscheidungen, etwa der Schulanmeldung oder einer Bewerbung, lohnt es sich, früh einen Termin zu vereinbaren.',
    processingTime: 'Ein Termin ist in der Regel innerhalb von zwei Wochen möglich.',
    procedure: [
      '- Sie melden sich telefonisch, per E-Mail oder über das Online-Formular.',
      '- Sie vereinbaren einen Termin und sagen, ob Sie Unterstützung brauchen, etwa Gebärdensprachdolmetschung oder Leichte Sprache.',
      '- Im Gespräch schildern Sie Ihre Fragen und Ziele; eine Vertrauensperson darf dabei sein.',
      '- Sie erhalten Informationen, Hinweise auf weitere Hilfen und bei Bedarf einen Folgetermin.',
    ].join('\n'),
    legalBasis: [
      {
        title: '§ 32 SGB IX (Beratung von Betroffenen für Betroffene)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__32.html',
      },
      { title: 'Artikel 24 UN-Behindertenrechtskonvention (Bildung)' },
    ],
    forms: [
      {
        title: 'Terminanfrage Peer-Bildungsberatung',
        url: 'https://demo.lotse.example/online/terminanfrage-peer-bildungsberatung',
        kind: 'online',
      },
    ],
    topics: ['schule-und-bildung', 'beratung'],
    relatedServices: ['lvr-foerderschulen', 'budget-fuer-ausbildung', 'schulbegleitung'],
    approval: {
      approvedBy: 'LVR-Fachbereich Schulen, Koordination Peer-Beratung',
      approvedAt: '2026-08-19',
    },
  },
  {
    slug: 'blindengeld',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Blindengeld',
    nameEasyLanguage: 'Das Blinden·geld',
    teaser:
      'Blinde Menschen in Nordrhein-Westfalen erhalten monatlich Blindengeld, unabhängig von Einkommen und Vermögen. Hochgradig sehbehinderte Menschen ab 16 Jahren können eine eigene Hilfe bekommen.',
    description: [
      'Das Blindengeld gleicht Mehraufwendungen aus, die durch die Blindheit entstehen, etwa für Hilfsmittel, Begleitung oder Hilfe im Haushalt. Sie erhalten es jeden Monat, ohne dass Ihr Einkommen oder Vermögen geprüft wird, und müssen nicht nachweisen, wofür Sie das Geld ausgeben.',
      '',
      'Die Höhe hängt vom Alter ab: Kinder und Jugendliche, Erwachsene bis 60 Jahre und Menschen ab 60 Jahren erhalten unterschiedliche Beträge. Die Beträge werden regelmäßig mit den Renten angepasst. Bekommen Sie Leistungen der Pflegeversicherung oder leben Sie in einer Einrichtung, wird das Blindengeld teilweise angerechnet oder gekürzt. Menschen ab 60 Jahren mit geringem Einkommen können zusätzlich Blindenhilfe nach dem SGB XII beantragen.',
      '',
      'Hochgradig sehbehinderte Menschen ab 16 Jahren erhalten auf Antrag eine monatliche Hilfe von 77 Euro, ebenfalls ohne Prüfung von Einkommen und Vermögen.',
    ].join('\n'),
    audience:
      'Blinde Menschen jeden Alters und hochgradig sehbehinderte Menschen ab 16 Jahren mit gewöhnlichem Aufenthalt im Rheinland.',
    requirements: [
      'Als blind gilt, wessen Sehschärfe auf dem besseren Auge nicht mehr als zwei Prozent beträgt oder wer eine gleich schwere Störung des Sehvermögens hat. Hochgradig sehbehindert ist, wer auf dem besseren Auge mit Brille nicht mehr als fünf Prozent sieht oder eine vergleichbare Einschränkung hat.',
      '',
      '- Sie sind blind oder hochgradig sehbehindert.',
      '- Sie haben Ihren gewöhnlichen Aufenthalt in Nordrhein-Westfalen.',
      '- Sie erhalten keine gleichartigen Leistungen nach anderen Gesetzen, zum Beispiel aus der Unfallversicherung oder der Sozialen Entschädigung.',
    ].join('\n'),
    documents: [
      { name: 'Antrag auf Blindengeld oder Hilfe für hochgradig Sehbehinderte' },
      {
        name: 'Augenärztliche Bescheinigung',
        note: 'Nicht nötig, wenn im Schwerbehindertenausweis das Merkzeichen „Bl“ eingetragen ist.',
      },
      { name: 'Bescheid über die Feststellung der Schwerbehinderung', note: 'Wenn vorhanden.' },
      { name: 'Bescheid der Pflegekasse', note: 'Wenn Sie Pflegeleistungen erhalten.' },
    ],
    costs: 'Der Antrag ist kostenfrei. Für die augenärztliche Bescheinigung kann die Praxis eine Gebühr verlangen.',
    deadlines:
      'Das Blindengeld wird frühestens ab dem Monat gezahlt, in dem der Antrag eingeht. Stellen Sie den Antrag deshalb möglichst bald.',
    processingTime: 'In der Regel sechs bis acht Wochen nach Eingang der vollständigen Unterlagen.',
    procedure: [
      '- Sie stellen den Antrag beim LVR oder beim Sozialamt Ihrer Stadt oder Ihres Kreises, das ihn weiterleitet.',
      '- Der LVR prüft die Unterlagen und fordert bei Bedarf eine augenärztliche Untersuchung an.',
      '- Sie erhalten einen Bescheid; das Geld wird monatlich auf Ihr Konto überwiesen.',
      '- Änderungen, etwa ein Umzug, ein Pflegegrad oder die Aufnahme in eine Einrichtung, teilen Sie dem LVR mit.',
    ].join('\n'),
    legalBasis: [
      { title: 'Gesetz über die Hilfen für Blinde und Gehörlose (GHBG NRW)' },
      { title: '§ 72 SGB XII (Blindenhilfe)', url: 'https://www.gesetze-im-internet.de/sgb_12/__72.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Blindengeld und Hilfe für hochgradig Sehbehinderte (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-blindengeld.pdf',
        kind: 'form',
      },
    ],
    topics: ['geld-und-leistungen'],
    relatedServices: ['gehoerlosenhilfe', 'mobilitaetshilfen', 'technische-arbeitshilfen'],
    approval: {
      approvedBy: 'LVR-Fachbereich Blinden- und Gehörlosenhilfe',
      approvedAt: '2026-09-01',
    },
  },
  {
    slug: 'gehoerlosenhilfe',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Gehörlosenhilfe',
    nameEasyLanguage: 'Geld für gehörlose Menschen',
    teaser:
      'Gehörlose Menschen in Nordrhein-Westfalen, deren Taubheit angeboren ist oder vor dem 18. Geburtstag eingetreten ist, erhalten monatlich 77 Euro Gehörlosenhilfe – unabhängig von Einkommen und Vermögen.',
    description: [
      'Die Gehörlosenhilfe ist eine monatliche Geldleistung nach dem Landesgesetz über die Hilfen für Blinde und Gehörlose. Sie soll Mehraufwendungen ausgleichen, die durch die Gehörlosigkeit entstehen, zum Beispiel für Kommunikation, Lichtsignalanlagen oder Dolmetschkosten im Alltag.',
      '',
      'Die Hilfe beträgt 77 Euro im Monat. Einkommen und Vermögen werden nicht geprüft. Die Gehörlosenhilfe gilt nicht als Einkommen und wird deshalb nicht auf andere Sozialleistungen wie Wohngeld oder Bürgergeld angerechnet.',
      '',
      'Darüber hinaus unterstützt das LVR-Inklusionsamt gehörlose und schwerhörige Beschäftigte im Arbeitsleben, etwa mit Gebärdensprachdolmetschung oder technischen Hilfen. Fachberaterinnen und Fachberater für hörbehinderte Menschen beraten Sie in Deutscher Gebärdensprache.',
    ].join('\n'),
    audience:
      'Gehörlose Menschen jeden Alters mit angeborener oder vor dem 18. Lebensjahr erworbener Gehörlosigkeit und gewöhnlichem Aufenthalt im Rheinland.',
    requirements: [
      'Maßgeblich ist das Sprachgehör ohne Hörhilfen. Wer erst als Erwachsene oder Erwachsener gehörlos geworden ist, erhält die Gehörlosenhilfe nicht.',
      '',
      '- Sie sind beidseitig taub oder haben eine an Taubheit grenzende Schwerhörigkeit.',
      '- Die Hörschädigung ist angeboren oder vor Vollendung des 18. Lebensjahres eingetreten.',
      '- Sie haben Ihren gewöhnlichen Aufenthalt in Nordrhein-Westfalen.',
      '- Sie erhalten keine gleichartigen Leistungen nach anderen Vorschriften.',
    ].join('\n'),
    documents: [
      { name: 'Antrag auf Gehörlosenhilfe' },
      {
        name: 'Bescheid über die Feststellung der Schwerbehinderung',
        note: 'Zum Beispiel mit dem Merkzeichen „Gl“; alternativ eine fachärztliche Bescheinigung (Hals-Nasen-Ohren-Heilkunde).',
      },
      { name: 'Nachweis über den Beginn der Hörschädigung', note: 'Wenn er sich nicht aus anderen Unterlagen ergibt.' },
    ],
    costs: 'Der Antrag ist kostenfrei.',
    deadlines:
      'Die Hilfe wird frühestens ab dem Monat gezahlt, in dem der Antrag eingeht. Eine rückwirkende Zahlung für frühere Monate ist nicht möglich.',
    processingTime: 'In der Regel vier bis acht Wochen nach Eingang der vollständigen Unterlagen.',
    procedure: [
      '- Sie stellen den Antrag beim LVR oder beim Sozialamt Ihrer Stadt oder Ihres Kreises.',
      '- Der LVR prüft die Unterlagen, bei Bedarf anhand der Akten zur Schwerbehinderung; dafür bitten wir um Ihr Einverständnis.',
      '- Sie erhalten einen Bescheid; die Hilfe wird monatlich überwiesen.',
      '- Für Beratung können Sie Gebärdensprach- oder Schriftdolmetschung anfragen; die Kosten trägt der LVR.',
    ].join('\n'),
    legalBasis: [{ title: 'Gesetz über die Hilfen für Blinde und Gehörlose (GHBG NRW)' }],
    forms: [
      {
        title: 'Antrag auf Gehörlosenhilfe (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-gehoerlosenhilfe.pdf',
        kind: 'form',
      },
    ],
    topics: ['geld-und-leistungen', 'freizeit-und-alltag'],
    relatedServices: ['blindengeld', 'arbeitsassistenz', 'integrationsfachdienst'],
    approval: {
      approvedBy: 'LVR-Fachbereich Blinden- und Gehörlosenhilfe',
      approvedAt: '2026-09-15',
    },
  },
]

import type { ServiceSeed } from '../types.ts'

export const servicesJugend: ServiceSeed[] = [
  {
    slug: 'servicestelle-kindeswohl',
    department: 'kinder-jugend-familie',
    name: 'Servicestelle Kindeswohl',
    nameEasyLanguage: 'Hilfe bei Sorgen um ein Kind',
    teaser:
      'Sie sorgen sich um das Wohl eines Kindes in einer Kita, einem Heim oder einer Wohngruppe? Die Servicestelle Kindeswohl nimmt Ihren Hinweis entgegen, berät Sie vertraulich und veranlasst die nötigen Schritte der Einrichtungsaufsicht.',
    description: `Das LVR-Landesjugendamt erteilt im Rheinland die Betriebserlaubnis für Kindertageseinrichtungen, Heime, Wohngruppen und andere Einrichtungen, in denen Kinder und Jugendliche betreut werden oder leben – auch für Einrichtungen, die sich an junge Menschen mit Behinderung richten. Es achtet darauf, dass das Wohl der Kinder dort gesichert ist. Die Servicestelle Kindeswohl ist Ihre Anlaufstelle, wenn Sie den Eindruck haben, dass ein Kind in einer solchen Einrichtung nicht ausreichend geschützt ist.

Sie können sich zum Beispiel melden, wenn Sie von grenzverletzendem Verhalten durch Beschäftigte erfahren, wenn die Aufsicht über die Kinder dauerhaft nicht gewährleistet ist, wenn Kinder herabwürdigend behandelt oder unzulässig bestraft werden oder wenn es zu Übergriffen unter Kindern kommt. Die Fachkräfte hören Ihnen zu, ordnen Ihre Beobachtungen ein und erklären Ihnen, was als Nächstes geschieht. Auf Wunsch wird Ihr Name vertraulich behandelt.

Geht es um eine mögliche Gefährdung eines Kindes in seiner Familie, ist das Jugendamt Ihrer Stadt oder Ihres Kreises zuständig. Die Servicestelle nennt Ihnen die richtige Stelle und hilft Ihnen, Kontakt aufzunehmen. Fachkräfte, die beruflich mit Kindern arbeiten, erfahren hier außerdem, wie sie eine insoweit erfahrene Fachkraft für den Kinderschutz zur Beratung hinzuziehen können.

Ist ein Kind in akuter Gefahr, warten Sie nicht ab: Rufen Sie die Polizei unter 110 oder den Notruf 112. Kinder und Jugendliche erreichen die „Nummer gegen Kummer“ kostenfrei unter 116 111.`,
    audience:
      'Eltern, Angehörige, Kinder und Jugendliche selbst, Beschäftigte von Einrichtungen sowie alle Menschen, die sich um das Wohl eines Kindes in einer Kita, einem Heim oder einer anderen betreuten Wohnform im Rheinland sorgen.',
    requirements: `Für einen Hinweis oder eine Beratung brauchen Sie keine besonderen Voraussetzungen. Sie müssen nicht beweisen, dass etwas passiert ist – begründete Zweifel reichen aus, um sich zu melden.

- Die Einrichtung liegt im Rheinland, also im Zuständigkeitsbereich des LVR-Landesjugendamts.
- Es handelt sich um eine Einrichtung mit Betriebserlaubnis, zum Beispiel eine Kita, ein Heim, eine Wohngruppe oder ein Internat.
- Bei Sorgen um ein Kind in seiner Familie wenden Sie sich an das örtliche Jugendamt; die Servicestelle unterstützt Sie dabei.`,
    documents: [
      { name: 'Name und Anschrift der Einrichtung', note: 'Soweit bekannt, auch die Gruppe oder den Wohnbereich.' },
      {
        name: 'Kurze Beschreibung Ihrer Beobachtungen',
        note: 'Was ist wann passiert, und wer war beteiligt? Notizen mit Datum sind hilfreich.',
      },
      {
        name: 'Vorhandene Unterlagen',
        note: 'Zum Beispiel Schriftwechsel mit der Einrichtung. Reichen Sie nur ein, was Ihnen ohnehin vorliegt.',
      },
    ],
    costs: 'Die Beratung und die Bearbeitung Ihres Hinweises sind kostenfrei.',
    deadlines:
      'Es gibt keine Fristen. Melden Sie sich bitte so früh wie möglich, damit Hinweise zeitnah geprüft werden können.',
    processingTime:
      'Hinweise werden in der Regel am selben oder am nächsten Werktag gesichtet. Bei Anzeichen für eine akute Gefährdung handelt das Landesjugendamt sofort.',
    procedure: `- Sie schildern Ihre Sorge telefonisch, per E-Mail oder über das Online-Formular. Das ist auch ohne Angabe Ihres Namens möglich.
- Haben Sie Kontaktdaten angegeben, meldet sich eine Fachkraft der Servicestelle bei Ihnen und klärt offene Fragen.
- Das Landesjugendamt prüft den Hinweis und nimmt Kontakt mit dem Träger der Einrichtung auf. Je nach Lage führt es Gespräche oder prüft vor Ort, auch unangemeldet.
- Falls nötig, fordert das Landesjugendamt Verbesserungen, erteilt Auflagen oder trifft weitere Maßnahmen zum Schutz der Kinder.
- Betrifft Ihr Hinweis die Situation eines Kindes in seiner Familie, wird das zuständige Jugendamt eingeschaltet.
- Sie erhalten eine Rückmeldung, soweit der Schutz der Daten aller Beteiligten dies zulässt.`,
    legalBasis: [
      {
        title: '§ 8a SGB VIII (Schutzauftrag bei Kindeswohlgefährdung)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__8a.html',
      },
      {
        title: '§ 45 SGB VIII (Erlaubnis für den Betrieb einer Einrichtung)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__45.html',
      },
      {
        title: '§ 46 SGB VIII (Prüfung vor Ort und nach Aktenlage)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__46.html',
      },
      {
        title: '§ 47 SGB VIII (Melde- und Dokumentationspflichten)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__47.html',
      },
      {
        title: '§ 4 KKG (Beratung und Übermittlung von Informationen durch Geheimnisträger bei Kindeswohlgefährdung)',
        url: 'https://www.gesetze-im-internet.de/kkg/__4.html',
      },
    ],
    forms: [
      {
        title: 'Hinweis zum Kindeswohl online geben',
        url: 'https://demo.lotse.example/online/hinweis-kindeswohl',
        kind: 'online',
      },
    ],
    topics: ['kinder-und-familie', 'beratung'],
    relatedServices: ['ombudschaft-jugendhilfe', 'fruehe-hilfen', 'traumaambulanzen'],
    approval: {
      approvedBy: 'LVR-Landesjugendamt, Aufsicht über Einrichtungen für Kinder und Jugendliche',
      approvedAt: '2026-03-17',
    },
  },
  {
    slug: 'interdisziplinaere-fruehfoerderung',
    department: 'kinder-jugend-familie',
    name: 'Interdisziplinäre Frühförderung',
    nameEasyLanguage: 'Frühe Förderung für Ihr Kind',
    teaser:
      'Entwickelt sich Ihr Kind langsamer als andere Kinder oder hat es eine Behinderung? Die Interdisziplinäre Frühförderung verbindet Therapie und heilpädagogische Förderung bis zur Einschulung – für Sie als Eltern kostenfrei.',
    description: `Die Interdisziplinäre Frühförderung ist ein Angebot für Kinder von der Geburt bis zur Einschulung, die eine Behinderung haben, von einer Behinderung bedroht sind oder deren Entwicklung deutlich verzögert ist. Fachleute aus Medizin, Therapie, Psychologie und Heilpädagogik arbeiten dabei in einem Team zusammen. Ziel ist es, Ihr Kind möglichst früh und ganzheitlich zu fördern und Sie als Familie im Alltag zu stärken.

Die Förderung wird als sogenannte Komplexleistung erbracht: Heilpädagogische Förderung und medizinisch-therapeutische Leistungen wie Physiotherapie, Ergotherapie oder Logopädie werden aufeinander abgestimmt und aus einer Hand angeboten. Die Kosten teilen sich Ihre Krankenkasse und der LVR als Träger der Eingliederungshilfe. Um die Abrechnung müssen Sie sich nicht kümmern.

Die Förderung findet in einer Interdisziplinären Frühförderstelle, bei Ihnen zu Hause oder in der Kita Ihres Kindes statt. Sie als Eltern werden eng einbezogen: Sie erfahren, wie Sie Ihr Kind im Alltag unterstützen können, und erhalten Beratung zu weiteren Hilfen. Frühförderstellen bieten außerdem eine offene Beratung an, in der Sie sich auch ohne Überweisung ein erstes Mal beraten lassen können, wenn Sie sich Sorgen um die Entwicklung Ihres Kindes machen.`,
    audience:
      'Eltern von Kindern von der Geburt bis zur Einschulung, die eine Behinderung haben, von einer Behinderung bedroht sind oder sich deutlich langsamer entwickeln als Gleichaltrige.',
    requirements: `Die Frühförderung setzt voraus, dass bei Ihrem Kind ein Förder- und Behandlungsbedarf festgestellt wird. Das geschieht in einer Eingangsdiagnostik durch eine Interdisziplinäre Frühförderstelle oder ein Sozialpädiatrisches Zentrum.

- Ihr Kind ist noch nicht eingeschult.
- Ihr Kind hat eine Behinderung oder ist von einer Behinderung bedroht, zum Beispiel wegen einer deutlichen Entwicklungsverzögerung.
- Ihr Kind braucht sowohl heilpädagogische als auch medizinisch-therapeutische Leistungen.
- Ihr Kind hat seinen gewöhnlichen Aufenthalt im Rheinland.`,
    documents: [
      { name: 'Ärztliche Verordnung oder Überweisung', note: 'In der Regel von Ihrer Kinder- und Jugendarztpraxis.' },
      {
        name: 'Vorhandene Befunde und Arztbriefe',
        note: 'Zum Beispiel aus der Geburtsklinik, einem Sozialpädiatrischen Zentrum oder von bisherigen Therapien.',
      },
      { name: 'Gelbes Kinderuntersuchungsheft', note: 'Bitte zur Eingangsdiagnostik mitbringen.' },
      { name: 'Elektronische Gesundheitskarte Ihres Kindes' },
    ],
    costs: 'Für Sie als Eltern ist die Frühförderung kostenfrei. Ihr Einkommen und Vermögen werden nicht herangezogen.',
    deadlines:
      'Es gibt keine Antragsfrist. Die Frühförderung ist jedoch nur bis zur Einschulung möglich; wenden Sie sich daher möglichst früh an eine Frühförderstelle.',
    processingTime:
      'Liegt der Förder- und Behandlungsplan vor, sollen die Kostenträger innerhalb von zwei Wochen entscheiden. Auf einen Termin für die Eingangsdiagnostik müssen Sie je nach Frühförderstelle einige Wochen warten.',
    procedure: `- Sie nehmen Kontakt zu einer Interdisziplinären Frühförderstelle in Ihrer Nähe auf. Ein erstes Beratungsgespräch ist auch ohne Überweisung möglich.
- Ihre Kinder- und Jugendarztpraxis stellt eine Verordnung oder Überweisung für die Eingangsdiagnostik aus.
- Das Team der Frühförderstelle untersucht Ihr Kind ärztlich, therapeutisch und heilpädagogisch und bespricht die Ergebnisse mit Ihnen.
- Gemeinsam mit Ihnen wird ein Förder- und Behandlungsplan erstellt. Mit Ihrer Unterschrift beantragen Sie die Leistung; Sie erhalten eine Ausfertigung des Plans.
- Die Frühförderstelle legt den Plan dem LVR und Ihrer Krankenkasse zur Entscheidung vor.
- Nach der Bewilligung beginnt die Förderung. Der Plan wird regelmäßig überprüft und spätestens nach zwölf Monaten angepasst.`,
    legalBasis: [
      {
        title: '§ 46 SGB IX (Früherkennung und Frühförderung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__46.html',
      },
      {
        title: '§ 79 SGB IX (Heilpädagogische Leistungen)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__79.html',
      },
      { title: 'Frühförderungsverordnung (FrühV)', url: 'https://www.gesetze-im-internet.de/fr_hv/' },
      { title: 'Landesrahmenvereinbarung zur Umsetzung der Frühförderungsverordnung in Nordrhein-Westfalen' },
    ],
    forms: [
      {
        title: 'Elterninformation Interdisziplinäre Frühförderung (PDF)',
        url: 'https://demo.lotse.example/formulare/elterninformation-fruehfoerderung.pdf',
        kind: 'form',
      },
    ],
    topics: ['fruehe-foerderung', 'kinder-und-familie'],
    relatedServices: ['inklusive-kindertagesbetreuung', 'fruehe-hilfen', 'beratung-106-sgb-ix'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachbereich Kinder und Familie', approvedAt: '2026-02-24' },
  },
  {
    slug: 'inklusive-kindertagesbetreuung',
    department: 'kinder-jugend-familie',
    name: 'Förderung von Kindern mit Behinderung in der Kita',
    nameEasyLanguage: 'Hilfe für Ihr Kind in der Kita',
    teaser:
      'Kinder mit und ohne Behinderung sollen gemeinsam in die Kita gehen können. Der LVR finanziert zusätzliche heilpädagogische Unterstützung, damit Ihr Kind in der Kita gut gefördert wird und ganz selbstverständlich dazugehört.',
    description: `Jedes Kind hat ab seinem ersten Geburtstag einen Rechtsanspruch auf Förderung in einer Kita oder in der Kindertagespflege – das gilt selbstverständlich auch für Kinder mit Behinderung. In Nordrhein-Westfalen werden Kinder mit und ohne Behinderung möglichst gemeinsam in einer Kita in der Nähe ihres Wohnorts betreut. Damit das gelingt, erhalten Kitas für Kinder mit einer (drohenden) Behinderung zusätzliche Mittel.

Die Grundversorgung besteht aus zwei Teilen: Über das Kinderbildungsgesetz (KiBiz) erhält die Kita für Ihr Kind eine erhöhte Kindpauschale. Zusätzlich finanziert der LVR als Träger der Eingliederungshilfe die sogenannte Basisleistung I. Damit setzt die Kita entweder zusätzliche Fachkraftstunden ein oder verkleinert die Gruppe. So bleibt mehr Zeit für gezielte heilpädagogische Förderung im Gruppenalltag, von der alle Kinder profitieren.

Reicht diese Grundversorgung im Einzelfall nachweislich nicht aus, etwa weil Ihr Kind zeitweise eine eigene Begleitung braucht, können zusätzlich individuelle heilpädagogische Leistungen beantragt werden. Das Fallmanagement des LVR klärt dann gemeinsam mit Ihnen und der Kita, welche Unterstützung erforderlich ist.`,
    audience:
      'Eltern von Kindern mit einer Behinderung oder drohenden Behinderung, die eine Kita im Rheinland besuchen oder dort aufgenommen werden sollen, sowie Träger und Leitungen von Kindertageseinrichtungen.',
    requirements: `Die Leistung richtet sich an Kinder, deren Teilhabe wegen einer Behinderung wesentlich eingeschränkt ist oder die davon bedroht sind. Ob das zutrifft, stellt der LVR anhand der ärztlichen Unterlagen und einer Bedarfsermittlung fest.

- Ihr Kind ist noch nicht eingeschult. Wird es vom Schulbesuch zurückgestellt, kann die Leistung verlängert werden.
- Ihr Kind besucht eine Kita im Rheinland oder hat dort einen Betreuungsvertrag.
- Eine ärztliche Stellungnahme bestätigt die (drohende) Behinderung.
- Sie als Sorgeberechtigte sind mit der Antragstellung und dem Austausch der nötigen Informationen einverstanden.`,
    documents: [
      { name: 'Antragsvordruck', note: 'Wird in der Regel vom Träger der Kita ausgefüllt.' },
      { name: 'Einverständniserklärung der Sorgeberechtigten' },
      {
        name: 'Ärztliche Stellungnahme',
        note: 'Zum Beispiel von der Kinder- und Jugendarztpraxis oder einem Sozialpädiatrischen Zentrum; möglichst aktuell.',
      },
      { name: 'Teilhabe- und Förderplan', note: 'Die Kita erstellt ihn gemeinsam mit Ihnen.' },
      { name: 'Stellungnahme des örtlichen Jugendamts' },
    ],
    costs:
      'Für die zusätzliche Förderung entstehen Ihnen keine Kosten; Ihr Einkommen wird dafür nicht herangezogen. Einen Elternbeitrag für den Kitaplatz selbst legt Ihre Stadt oder Ihr Kreis nach eigener Satzung fest.',
    deadlines:
      'Der Antrag kann jederzeit gestellt werden. Leistungen werden frühestens ab dem Monat erbracht, in dem der Antrag gestellt wird. Stellen Sie ihn daher möglichst vor oder bei der Aufnahme in die Kita.',
    processingTime: 'In der Regel vier bis acht Wochen, sobald alle Unterlagen vollständig vorliegen.',
    procedure: `- Sie sprechen mit der Kita-Leitung über den Förderbedarf Ihres Kindes. Die Kita berät Sie und stimmt sich mit dem Jugendamt ab.
- Sie unterschreiben die Einverständniserklärung und besorgen eine aktuelle ärztliche Stellungnahme.
- Die Kita erstellt mit Ihnen einen Teilhabe- und Förderplan und reicht den Antrag zusammen mit der Stellungnahme des Jugendamts beim LVR ein. Sie können den Antrag auch selbst stellen.
- Der LVR ermittelt den Bedarf und entscheidet über die Basisleistung I und gegebenenfalls über individuelle Leistungen.
- Sie und die Kita erhalten einen Bescheid. Die Förderung wird regelmäßig überprüft und der Förderplan fortgeschrieben.`,
    legalBasis: [
      {
        title: '§ 79 SGB IX (Heilpädagogische Leistungen)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__79.html',
      },
      {
        title: '§ 99 SGB IX (Leistungsberechtigter Personenkreis)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__99.html',
      },
      { title: '§ 108 SGB IX (Antragserfordernis)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__108.html' },
      {
        title: '§ 22a SGB VIII (Förderung in Tageseinrichtungen)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__22a.html',
      },
      { title: 'Kinderbildungsgesetz Nordrhein-Westfalen (KiBiz)' },
      { title: 'Landesrahmenvertrag Nordrhein-Westfalen nach § 131 SGB IX' },
    ],
    forms: [
      {
        title: 'Antrag auf Basisleistung I in der Kita (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-basisleistung-kita.pdf',
        kind: 'form',
      },
      {
        title: 'Antrag online stellen',
        url: 'https://demo.lotse.example/online/antrag-kita-inklusion',
        kind: 'online',
      },
    ],
    topics: ['fruehe-foerderung', 'kinder-und-familie'],
    relatedServices: [
      'interdisziplinaere-fruehfoerderung',
      'heilpaedagogische-leistungen-kindertagespflege',
      'beratung-106-sgb-ix',
    ],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachbereich Kinder und Familie', approvedAt: '2026-04-09' },
  },
  {
    slug: 'heilpaedagogische-leistungen-kindertagespflege',
    department: 'kinder-jugend-familie',
    name: 'Heilpädagogische Leistungen in der Kindertagespflege',
    nameEasyLanguage: 'Hilfe für Ihr Kind bei der Tages·mutter',
    teaser:
      'Auch bei einer Tagesmutter oder einem Tagesvater kann Ihr Kind mit Behinderung gut gefördert werden. Der LVR unterstützt die Kindertagespflege mit Qualifizierung, kleineren Gruppen oder einer zusätzlichen Fachkraft.',
    description: `Gerade für Kinder unter drei Jahren ist die Kindertagespflege eine gute Alternative zur Kita: Eine feste Bezugsperson betreut höchstens fünf Kinder gleichzeitig in familiärer Umgebung. Für ein Kind mit einer (drohenden) Behinderung kann das ein besonders passender Rahmen sein.

Damit die Tagespflegeperson Ihr Kind heilpädagogisch fördern kann, übernimmt der LVR als Träger der Eingliederungshilfe zusätzliche Leistungen. Je nach Bedarf sind das die Kosten einer Qualifizierung für die Betreuung von Kindern mit Behinderung, ein Ausgleich dafür, dass die Tagespflegeperson einen Platz weniger belegt, oder die Unterstützung durch eine zusätzliche Fachkraft, die zum Förderbedarf Ihres Kindes passt. Diese Bausteine lassen sich auch miteinander kombinieren.

Die heilpädagogische Förderung ist in den Alltag eingebettet: beim Spielen, Essen, Ausruhen und Draußensein. Die Tagespflegeperson beobachtet die Entwicklung Ihres Kindes, tauscht sich regelmäßig mit Ihnen aus und begleitet später den Übergang in die Kita. Die reguläre Förderung der Kindertagespflege durch das Jugendamt bleibt davon unberührt.`,
    audience:
      'Eltern von Kindern mit einer (drohenden) Behinderung, die in Kindertagespflege betreut werden oder betreut werden sollen, sowie Kindertagespflegepersonen und Fachberatungen der Jugendämter im Rheinland.',
    requirements: `Die Leistungen bauen auf der regulären Kindertagespflege auf, die das Jugendamt vermittelt und finanziert. Der LVR prüft zusätzlich den behinderungsbedingten Bedarf Ihres Kindes.

- Ihr Kind ist noch nicht eingeschult und hat eine wesentliche Behinderung oder ist davon bedroht.
- Die Tagespflegeperson hat eine gültige Erlaubnis zur Kindertagespflege.
- Das Jugendamt hat die Betreuung in Kindertagespflege bewilligt oder vermittelt.
- Die Tagespflegeperson ist bereit, an einer Qualifizierung teilzunehmen, falls ihr noch keine passende Qualifikation vorliegt.`,
    documents: [
      { name: 'Antrag auf heilpädagogische Leistungen in der Kindertagespflege' },
      { name: 'Ärztliche Stellungnahme zur Behinderung Ihres Kindes' },
      {
        name: 'Nachweis über die Betreuung in Kindertagespflege',
        note: 'Zum Beispiel der Bescheid des Jugendamts oder der Betreuungsvertrag.',
      },
      { name: 'Nachweise über die Qualifikation der Tagespflegeperson', note: 'Soweit bereits vorhanden.' },
    ],
    costs:
      'Die heilpädagogischen Leistungen sind für Sie kostenfrei. Für die Kindertagespflege selbst kann das Jugendamt nach seiner Satzung einen Elternbeitrag erheben.',
    deadlines:
      'Es gibt keine feste Frist. Stellen Sie den Antrag möglichst vor Beginn der Betreuung, denn Leistungen werden frühestens ab dem Monat der Antragstellung erbracht.',
    processingTime: 'In der Regel vier bis acht Wochen nach Eingang der vollständigen Unterlagen.',
    procedure: `- Sie sprechen mit der Fachberatung Kindertagespflege Ihres Jugendamts und mit der Tagespflegeperson über den Bedarf Ihres Kindes.
- Sie stellen den Antrag beim LVR und fügen die ärztliche Stellungnahme und die Nachweise zur Kindertagespflege bei.
- Der LVR ermittelt gemeinsam mit Ihnen, der Tagespflegeperson und dem Jugendamt den individuellen Bedarf.
- Sie erhalten einen Bescheid, aus dem hervorgeht, welche Bausteine bewilligt sind.
- Die Tagespflegeperson dokumentiert die Förderung. Der Bedarf wird regelmäßig überprüft.`,
    legalBasis: [
      {
        title: '§ 79 SGB IX (Heilpädagogische Leistungen)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__79.html',
      },
      {
        title: '§ 113 SGB IX (Leistungen zur Sozialen Teilhabe)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html',
      },
      {
        title: '§ 23 SGB VIII (Förderung in Kindertagespflege)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__23.html',
      },
      {
        title: '§ 43 SGB VIII (Erlaubnis zur Kindertagespflege)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__43.html',
      },
      { title: 'Kinderbildungsgesetz Nordrhein-Westfalen (KiBiz)' },
    ],
    forms: [
      {
        title: 'Antrag auf heilpädagogische Leistungen in der Kindertagespflege (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-hpl-kindertagespflege.pdf',
        kind: 'form',
      },
    ],
    topics: ['fruehe-foerderung', 'kinder-und-familie'],
    relatedServices: ['inklusive-kindertagesbetreuung', 'interdisziplinaere-fruehfoerderung'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachbereich Kinder und Familie', approvedAt: '2026-05-06' },
  },
  {
    slug: 'schulbegleitung',
    department: 'kinder-jugend-familie',
    name: 'Schulbegleitung (Schulassistenz)',
    nameEasyLanguage: 'Hilfe in der Schule durch eine Schul·begleitung',
    teaser:
      'Eine Schulbegleitung unterstützt Ihr Kind mit Behinderung im Schulalltag, damit es am Unterricht teilnehmen kann. Hier erfahren Sie, wer im Rheinland zuständig ist und wie Sie die Hilfe beantragen.',
    description: `Eine Schulbegleitung – auch Schulassistenz, Integrationshilfe oder Inklusionsassistenz genannt – begleitet ein Kind mit Behinderung während des Schultags. Sie hilft zum Beispiel bei der Orientierung im Schulgebäude, bei der Kommunikation, bei pflegerischen Handgriffen, beim Strukturieren von Aufgaben oder in schwierigen sozialen Situationen. Den Unterricht selbst übernimmt sie nicht; dafür bleiben die Lehrkräfte verantwortlich.

Wer die Schulbegleitung bezahlt, hängt von der Art der Behinderung ab. Bei einer körperlichen oder geistigen Behinderung ist in Nordrhein-Westfalen der Kreis oder die kreisfreie Stadt als Träger der Eingliederungshilfe zuständig, in der Regel über das Sozialamt. Bei einer (drohenden) seelischen Behinderung, zum Beispiel infolge einer schweren Angststörung, ist das Jugendamt zuständig.

Das LVR-Landesjugendamt ist nicht selbst Kostenträger der Schulbegleitung. Es berät aber Familien, Schulen und Jugendämter, gibt Orientierung zu Zuständigkeiten und fachlichen Standards und hilft Ihnen, die richtige Stelle zu finden. Reichen Sie Ihren Antrag bei einer Stelle ein, die nicht zuständig ist, muss diese ihn innerhalb von zwei Wochen an die zuständige Stelle weiterleiten. Ihr Antrag geht also nicht verloren.

Seit 2024 gibt es bei den Jugendämtern außerdem Verfahrenslotsinnen und Verfahrenslotsen. Sie unterstützen Familien von Kindern mit Behinderung dabei, Leistungen der Eingliederungshilfe zu beantragen, und begleiten sie durch das Verfahren.`,
    audience:
      'Eltern von Schulkindern mit einer körperlichen, geistigen oder seelischen Behinderung sowie junge Menschen selbst, die ohne Unterstützung nicht oder nur eingeschränkt am Unterricht teilnehmen können.',
    requirements: `Eine Schulbegleitung wird bewilligt, wenn Ihr Kind wegen seiner Behinderung ohne diese Hilfe keine angemessene Schulbildung erhalten kann. Ein festgestellter Bedarf an sonderpädagogischer Unterstützung ist hilfreich, aber keine zwingende Voraussetzung.

- Ihr Kind besucht eine allgemeine Schule oder eine Förderschule.
- Es hat eine wesentliche Behinderung oder ist davon bedroht.
- Die Unterstützung ist nötig, damit Ihr Kind am Unterricht und am Schulleben teilnehmen kann.
- Die Aufgabe gehört nicht zum pädagogischen Kernbereich, den die Schule selbst leisten muss.`,
    documents: [
      { name: 'Antrag', note: 'Formlos oder mit dem Vordruck des Sozialamts oder Jugendamts.' },
      {
        name: 'Ärztliche oder fachärztliche Stellungnahme',
        note: 'Bei einer seelischen Behinderung von einer Fachärztin oder einem Facharzt für Kinder- und Jugendpsychiatrie oder einer Kinder- und Jugendlichenpsychotherapeutin bzw. einem Kinder- und Jugendlichenpsychotherapeuten.',
      },
      {
        name: 'Stellungnahme der Schule',
        note: 'Sie beschreibt, wobei Ihr Kind im Schulalltag Unterstützung braucht.',
      },
      { name: 'Bescheid über den Bedarf an sonderpädagogischer Unterstützung', note: 'Falls vorhanden.' },
    ],
    costs:
      'Für Sie fallen keine Kosten an. Bei Leistungen zur Teilhabe an Bildung werden Ihr Einkommen und Vermögen nicht herangezogen.',
    deadlines:
      'Es gibt keine gesetzliche Frist. Stellen Sie den Antrag möglichst drei bis sechs Monate vor der Einschulung oder dem Beginn des Schuljahres, damit die Hilfe rechtzeitig organisiert werden kann.',
    processingTime:
      'Ist kein Gutachten nötig, soll innerhalb von drei Wochen nach Eingang des Antrags entschieden werden. Wird ein Gutachten eingeholt, verlängert sich die Bearbeitung entsprechend.',
    procedure: `- Sie klären mit der Schule, wobei Ihr Kind Unterstützung braucht, und holen die nötigen Stellungnahmen ein.
- Sie stellen den Antrag beim Sozialamt Ihres Kreises oder Ihrer kreisfreien Stadt (bei körperlicher oder geistiger Behinderung) oder beim Jugendamt (bei seelischer Behinderung). Im Zweifel hilft Ihnen das LVR-Landesjugendamt bei der Zuordnung.
- Die zuständige Stelle ermittelt den Bedarf, oft in einem gemeinsamen Gespräch mit Ihnen, Ihrem Kind und der Schule.
- Sie erhalten einen Bescheid über Umfang und Dauer der Schulbegleitung, meist für ein Schuljahr.
- Ein Leistungsanbieter stellt die Schulbegleitung. Vor jedem neuen Schuljahr wird geprüft, ob und in welchem Umfang die Hilfe weiter nötig ist.`,
    legalBasis: [
      {
        title: '§ 112 SGB IX (Leistungen zur Teilhabe an Bildung)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__112.html',
      },
      {
        title: '§ 35a SGB VIII (Eingliederungshilfe für Kinder und Jugendliche mit seelischer Behinderung)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__35a.html',
      },
      {
        title: '§ 14 SGB IX (Leistender Rehabilitationsträger)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__14.html',
      },
      { title: '§ 10b SGB VIII (Verfahrenslotse)', url: 'https://www.gesetze-im-internet.de/sgb_8/__10b.html' },
      { title: '§ 1 Ausführungsgesetz zum SGB IX für das Land Nordrhein-Westfalen (AG-SGB IX NRW)' },
    ],
    forms: [
      {
        title: 'Beratungsanfrage an das LVR-Landesjugendamt',
        url: 'https://demo.lotse.example/online/beratungsanfrage-schulbegleitung',
        kind: 'online',
      },
    ],
    topics: ['schule-und-bildung', 'kinder-und-familie'],
    relatedServices: ['lvr-foerderschulen', 'peer-bildungsberatung', 'beratung-106-sgb-ix'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachbereich Jugend', approvedAt: '2026-06-02' },
  },
  {
    slug: 'pflegefamilien-kinder-mit-behinderung',
    department: 'kinder-jugend-familie',
    name: 'Pflegefamilien für Kinder mit Behinderung',
    nameEasyLanguage: 'Pflege·familien für Kinder mit Behinderung',
    teaser:
      'Wenn ein Kind mit Behinderung nicht bei seinen Eltern leben kann, bietet eine Pflegefamilie ein verlässliches Zuhause. Der LVR finanziert und begleitet diese Pflegeverhältnisse und sucht Familien, die sich diese Aufgabe vorstellen können.',
    description: `Manche Kinder mit Behinderung können nicht in ihrer eigenen Familie aufwachsen – etwa weil die Eltern schwer erkrankt sind oder weil die Betreuung zu Hause trotz aller Unterstützung nicht mehr gelingt. Eine Pflegefamilie bietet diesen Kindern ein Zuhause mit festen Bezugspersonen und ist oft eine gute Alternative zum Leben in einer Einrichtung.

Für Kinder und Jugendliche mit einer körperlichen oder geistigen Behinderung ist in Nordrhein-Westfalen der Landschaftsverband als Träger der Eingliederungshilfe zuständig, im Rheinland also der LVR. Er übernimmt die Kosten der Betreuung in der Pflegefamilie und arbeitet mit spezialisierten Fachdiensten zusammen, die Pflegefamilien auswählen, vorbereiten und dauerhaft begleiten. Bei einer seelischen Behinderung oder wenn vor allem erzieherische Hilfe nötig ist, ist das örtliche Jugendamt zuständig.

Pflegefamilien erhalten regelmäßige Geldleistungen für den Lebensunterhalt des Kindes und für ihre Betreuungsleistung sowie Beratung, Fortbildung und Entlastung. Die leiblichen Eltern bleiben wichtig: Wo es dem Kind guttut, werden Kontakte zur Herkunftsfamilie gemeinsam geplant und gepflegt.

Sie können sich vorstellen, ein Kind mit Behinderung bei sich aufzunehmen? Eine pädagogische Ausbildung ist nicht erforderlich. Wichtig sind Zeit, Geduld, Offenheit und die Freude daran, mit einem Kind mit besonderen Bedürfnissen zu leben.`,
    audience:
      'Eltern und Sorgeberechtigte von Kindern mit Behinderung, die eine Betreuung außerhalb der eigenen Familie brauchen, sowie Menschen im Rheinland, die als Pflegefamilie ein Kind mit Behinderung aufnehmen möchten.',
    requirements: `Für die Betreuung in einer Pflegefamilie muss beim Kind ein Bedarf an Eingliederungshilfe bestehen. Pflegepersonen brauchen für ein minderjähriges Kind eine Pflegeerlaubnis des Jugendamts.

- Das Kind hat eine wesentliche körperliche oder geistige Behinderung oder ist davon bedroht.
- Die Betreuung in einer Pflegefamilie entspricht dem Bedarf und dem Wohl des Kindes.
- Die Pflegepersonen sind persönlich geeignet; ihr erweitertes Führungszeugnis enthält keine einschlägigen Einträge.
- Die Pflegefamilie nimmt an der Vorbereitung teil und arbeitet mit dem begleitenden Fachdienst zusammen.`,
    documents: [
      {
        name: 'Antrag auf Leistungen der Eingliederungshilfe',
        note: 'Wird von den Sorgeberechtigten oder dem Vormund gestellt.',
      },
      { name: 'Ärztliche Unterlagen zur Behinderung des Kindes' },
      { name: 'Erweitertes Führungszeugnis', note: 'Für alle volljährigen Personen im Haushalt der Pflegefamilie.' },
      { name: 'Ärztliche Bescheinigung zur gesundheitlichen Eignung', note: 'Für die künftigen Pflegeeltern.' },
      {
        name: 'Lebensbericht der Bewerberinnen und Bewerber',
        note: 'Eine persönliche Darstellung Ihres Lebenswegs und Ihrer Beweggründe.',
      },
    ],
    costs:
      'Für die Pflegefamilie entstehen keine Kosten; sie erhält Geldleistungen für das Kind und ihre Betreuungsleistung. Ob sich die Eltern des Kindes an den Kosten beteiligen müssen, prüft der LVR im Einzelfall nach den Regeln der Eingliederungshilfe.',
    deadlines:
      'Es gibt keine Antragsfrist. Weil die Suche nach einer passenden Pflegefamilie Zeit braucht, sollten Sie sich frühzeitig beraten lassen.',
    processingTime:
      'Die Prüfung des Antrags dauert in der Regel einige Wochen. Die Vorbereitung und Eignungsprüfung von Pflegefamilien nimmt meist mehrere Monate in Anspruch.',
    procedure: `- Sie lassen sich beim LVR oder bei einem Fachdienst für Pflegekinder mit Behinderung beraten – als Eltern ebenso wie als interessierte Pflegefamilie.
- Die Sorgeberechtigten stellen den Antrag auf Eingliederungshilfe beim LVR. Der LVR ermittelt den Bedarf des Kindes im Gesamtplanverfahren.
- Interessierte Pflegefamilien durchlaufen Informationsgespräche, Hausbesuche und ein Vorbereitungsseminar. Das Jugendamt erteilt die Pflegeerlaubnis.
- Fachdienst, Pflegefamilie und Herkunftsfamilie lernen sich kennen. Das Kind wird behutsam und Schritt für Schritt mit der neuen Familie vertraut gemacht.
- Der LVR bewilligt die Leistung. Der Fachdienst begleitet die Pflegefamilie dauerhaft, und der Bedarf wird regelmäßig überprüft.`,
    legalBasis: [
      {
        title: '§ 80 SGB IX (Leistungen zur Betreuung in einer Pflegefamilie)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__80.html',
      },
      {
        title: '§ 44 SGB VIII (Erlaubnis zur Vollzeitpflege)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__44.html',
      },
      { title: '§ 33 SGB VIII (Vollzeitpflege)', url: 'https://www.gesetze-im-internet.de/sgb_8/__33.html' },
      { title: '§ 1 Ausführungsgesetz zum SGB IX für das Land Nordrhein-Westfalen (AG-SGB IX NRW)' },
    ],
    forms: [
      {
        title: 'Interesse als Pflegefamilie melden',
        url: 'https://demo.lotse.example/online/interesse-pflegefamilie',
        kind: 'online',
      },
    ],
    topics: ['kinder-und-familie', 'wohnen'],
    relatedServices: ['familienunterstuetzende-dienste', 'kurzzeitwohnen-kinder', 'beratung-106-sgb-ix'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachbereich Kinder und Familie', approvedAt: '2026-05-20' },
  },
  {
    slug: 'kurzzeitwohnen-kinder',
    department: 'kinder-jugend-familie',
    name: 'Kurzzeitwohnen für Kinder und Jugendliche mit Behinderung',
    nameEasyLanguage: 'Kurze Zeit woanders wohnen für Kinder mit Behinderung',
    teaser:
      'Kurzzeitwohnen bietet Kindern und Jugendlichen mit Behinderung für einige Tage oder Wochen ein Zuhause auf Zeit – zum Beispiel, wenn Sie als Eltern eine Pause brauchen, verreisen oder selbst krank werden.',
    description: `Eltern von Kindern mit Behinderung leisten oft Tag und Nacht Betreuung und Pflege. Damit Sie als Familie Kraft schöpfen können, gibt es Einrichtungen für Kurzzeitwohnen. Dort wird Ihr Kind für einige Tage oder Wochen von Fachkräften betreut und gepflegt – etwa während eines Urlaubs, einer Kur, einer eigenen Erkrankung oder einfach zur Entlastung.

Die Einrichtungen sind auf Kinder und Jugendliche mit körperlichen, geistigen oder mehrfachen Behinderungen eingestellt. Wenn es möglich ist, besucht Ihr Kind während des Aufenthalts weiter seine Schule oder Kita und verbringt die Freizeit gemeinsam mit anderen Kindern. Viele Familien nutzen das Angebot regelmäßig, sodass ihr Kind die Einrichtung und die Betreuenden gut kennt.

Die Kosten werden vor allem aus Leistungen der Pflegeversicherung bezahlt. Seit Juli 2025 können Kurzzeitpflege und Verhinderungspflege flexibel aus einem gemeinsamen Jahresbetrag genutzt werden. Reichen diese Mittel nicht aus, kommen je nach Einzelfall weitere Kostenträger in Betracht, etwa die Eingliederungshilfe. Das LVR-Landesjugendamt erteilt die Betriebserlaubnis für die Einrichtungen im Rheinland und berät Familien bei der Suche nach einem Platz.`,
    audience:
      'Familien im Rheinland, die ein Kind oder eine Jugendliche bzw. einen Jugendlichen mit Behinderung zu Hause betreuen und vorübergehend Entlastung oder eine Vertretung brauchen.',
    requirements: `Kurzzeitwohnen steht Kindern und Jugendlichen offen, die wegen ihrer Behinderung dauerhaft deutlich mehr Betreuung und Pflege brauchen als Gleichaltrige. Für die Finanzierung über die Pflegeversicherung gelten eigene Voraussetzungen.

- Ihr Kind lebt in Ihrem Haushalt und wird dort gepflegt.
- Für Leistungen der Pflegeversicherung ist mindestens Pflegegrad 2 festgestellt.
- Die Einrichtung kann die notwendige Pflege und Betreuung Ihres Kindes sicherstellen.
- Sie stimmen den Aufenthalt rechtzeitig mit der Einrichtung ab; viele Plätze sind früh ausgebucht.`,
    documents: [
      { name: 'Bescheid der Pflegekasse über den Pflegegrad Ihres Kindes' },
      {
        name: 'Ärztliche Bescheinigung',
        note: 'Mit Angaben zu Diagnosen, Medikamenten, Allergien und besonderem Pflegebedarf.',
      },
      { name: 'Medikamentenplan und Pflegehinweise', note: 'Am besten mit Tagesablauf und Gewohnheiten Ihres Kindes.' },
      { name: 'Kostenzusage', note: 'Nur wenn neben der Pflegekasse ein weiterer Kostenträger beteiligt ist.' },
    ],
    costs:
      'Die pflegebedingten Kosten trägt die Pflegeversicherung aus dem gemeinsamen Jahresbetrag für Kurzzeit- und Verhinderungspflege. Kosten für Unterkunft und Verpflegung und einen etwaigen Restbetrag zahlen Sie selbst; dafür können Sie zum Beispiel den Entlastungsbetrag einsetzen.',
    deadlines:
      'Eine gesetzliche Frist gibt es nicht. Fragen Sie möglichst mehrere Monate im Voraus an, besonders für die Ferienzeiten. Den Jahresbetrag der Pflegeversicherung können Sie nur im jeweiligen Kalenderjahr nutzen.',
    processingTime:
      'Die Platzvergabe richtet sich nach den freien Plätzen der Einrichtung. Die Pflegekasse entscheidet über die Kostenübernahme in der Regel innerhalb weniger Wochen.',
    procedure: `- Sie informieren sich über Einrichtungen für Kurzzeitwohnen in Ihrer Region, zum Beispiel mit Unterstützung des LVR-Landesjugendamts oder einer Beratungsstelle.
- Sie fragen bei der Einrichtung einen Platz für den gewünschten Zeitraum an und vereinbaren ein Kennenlerngespräch.
- Sie beantragen bei der Pflegekasse Ihres Kindes die Kostenübernahme aus dem gemeinsamen Jahresbetrag.
- Vor dem Aufenthalt besprechen Sie mit der Einrichtung den Tagesablauf, die Pflege und die Medikamente Ihres Kindes.
- Nach dem Aufenthalt rechnet die Einrichtung mit der Pflegekasse ab. Offene Kosten werden Ihnen in Rechnung gestellt.`,
    legalBasis: [
      { title: '§ 42 SGB XI (Kurzzeitpflege)', url: 'https://www.gesetze-im-internet.de/sgb_11/__42.html' },
      { title: '§ 39 SGB XI (Verhinderungspflege)', url: 'https://www.gesetze-im-internet.de/sgb_11/__39.html' },
      { title: '§ 42a SGB XI (Gemeinsamer Jahresbetrag)', url: 'https://www.gesetze-im-internet.de/sgb_11/__42a.html' },
      { title: '§ 45b SGB XI (Entlastungsbetrag)', url: 'https://www.gesetze-im-internet.de/sgb_11/__45b.html' },
      {
        title: '§ 45 SGB VIII (Erlaubnis für den Betrieb einer Einrichtung)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__45.html',
      },
    ],
    forms: [],
    topics: ['kinder-und-familie', 'wohnen'],
    relatedServices: ['familienunterstuetzende-dienste', 'pflegefamilien-kinder-mit-behinderung'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachbereich Jugend', approvedAt: '2026-07-14' },
  },
  {
    slug: 'ombudschaft-jugendhilfe',
    department: 'kinder-jugend-familie',
    name: 'Ombudschaft in der Kinder- und Jugendhilfe',
    nameEasyLanguage: 'Hilfe bei Streit mit dem Jugend·amt',
    teaser:
      'Sie fühlen sich vom Jugendamt oder von einer Einrichtung nicht gehört oder ungerecht behandelt? Unabhängige Ombudsstellen beraten junge Menschen und Familien kostenfrei und vermitteln bei Konflikten in der Kinder- und Jugendhilfe.',
    description: `In der Kinder- und Jugendhilfe geht es oft um sehr persönliche Fragen: um Hilfen zur Erziehung, um das Leben in einer Wohngruppe oder um Unterstützung für ein Kind mit Behinderung. Dabei kann es zu Missverständnissen und Konflikten kommen – etwa wenn ein Antrag abgelehnt wird, Sie eine Entscheidung nicht nachvollziehen können oder sich in einer Einrichtung nicht ernst genommen fühlen.

Ombudsstellen helfen Ihnen in solchen Situationen. Sie arbeiten unabhängig und sind nicht an Weisungen des Jugendamts oder eines Trägers gebunden. Die Beraterinnen und Berater erklären Ihnen Ihre Rechte, helfen beim Verstehen von Bescheiden, begleiten Sie auf Wunsch zu Gesprächen und vermitteln zwischen Ihnen und der Behörde oder Einrichtung. Die Beratung ist vertraulich; ohne Ihr Einverständnis wird niemand informiert.

Junge Menschen können sich auch selbst und ohne ihre Eltern an eine Ombudsstelle wenden. Das LVR-Landesjugendamt informiert über die Ombudsstellen im Rheinland und setzt sich dafür ein, dass Beteiligungs- und Beschwerdeverfahren in Einrichtungen gut funktionieren.

Bitte beachten Sie: Eine Ombudsstelle trifft keine Entscheidungen und ersetzt keine anwaltliche Vertretung. Fristen für Widerspruch oder Klage laufen während der Beratung weiter.`,
    audience:
      'Kinder, Jugendliche und junge Volljährige, ihre Eltern und andere Sorgeberechtigte sowie Pflegefamilien, die Fragen zu Leistungen oder Entscheidungen der Kinder- und Jugendhilfe im Rheinland haben oder damit unzufrieden sind.',
    requirements: `Die Beratung steht allen offen, die von Leistungen oder Entscheidungen der Kinder- und Jugendhilfe betroffen sind. Sie brauchen dafür keinen Antrag und müssen Ihr Anliegen nicht begründen.

- Ihr Anliegen betrifft eine Aufgabe der Kinder- und Jugendhilfe, zum Beispiel Hilfen zur Erziehung, Eingliederungshilfe bei seelischer Behinderung, Pflegekinderhilfe oder das Leben in einer Einrichtung.
- Sie oder das betroffene Kind leben im Rheinland, oder die beteiligte Stelle hat dort ihren Sitz.
- Die Beratung ist freiwillig. Sie entscheiden, wie weit die Ombudsstelle tätig werden soll.`,
    documents: [
      {
        name: 'Bescheide und Schreiben des Jugendamts oder der Einrichtung',
        note: 'Falls vorhanden, besonders bei einer Ablehnung.',
      },
      { name: 'Hilfeplan oder Protokolle von Hilfeplangesprächen', note: 'Falls vorhanden.' },
      { name: 'Eigene Notizen zum bisherigen Verlauf' },
    ],
    costs: 'Die Beratung und Begleitung durch eine Ombudsstelle ist kostenfrei.',
    deadlines:
      'Für die Ombudsberatung gibt es keine Frist. Gegen einen Bescheid können Sie aber nur innerhalb einer bestimmten Frist vorgehen, meist innerhalb eines Monats; maßgeblich ist die Rechtsbehelfsbelehrung am Ende des Bescheids.',
    processingTime:
      'In der Regel meldet sich die Ombudsstelle innerhalb weniger Werktage nach Ihrer Anfrage. Wie lange die Begleitung dauert, hängt von Ihrem Anliegen ab.',
    procedure: `- Sie nehmen telefonisch, per E-Mail oder über das Kontaktformular Verbindung zu einer Ombudsstelle auf. Das LVR-Landesjugendamt nennt Ihnen auf Wunsch die passende Stelle.
- In einem ersten Gespräch schildern Sie Ihr Anliegen. Die Beraterin oder der Berater erklärt Ihnen Ihre Rechte und mögliche Wege.
- Sie entscheiden, ob die Ombudsstelle mit dem Jugendamt oder der Einrichtung Kontakt aufnehmen soll.
- Auf Wunsch begleitet Sie die Ombudsstelle zu Gesprächen, zum Beispiel zum Hilfeplangespräch, und vermittelt zwischen den Beteiligten.
- Gemeinsam wird nach einer Lösung gesucht. Gelingt keine Einigung, informiert Sie die Ombudsstelle über weitere Schritte wie Widerspruch oder Klage.`,
    legalBasis: [
      { title: '§ 9a SGB VIII (Ombudsstellen)', url: 'https://www.gesetze-im-internet.de/sgb_8/__9a.html' },
      {
        title: '§ 8 SGB VIII (Beteiligung von Kindern und Jugendlichen)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__8.html',
      },
      { title: '§ 36 SGB VIII (Mitwirkung, Hilfeplan)', url: 'https://www.gesetze-im-internet.de/sgb_8/__36.html' },
      {
        title: '§ 45 SGB VIII (Erlaubnis für den Betrieb einer Einrichtung)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__45.html',
      },
    ],
    forms: [
      {
        title: 'Kontaktformular Ombudschaft',
        url: 'https://demo.lotse.example/online/kontakt-ombudschaft',
        kind: 'online',
      },
    ],
    topics: ['beratung', 'kinder-und-familie'],
    relatedServices: ['servicestelle-kindeswohl', 'schulbegleitung', 'beratung-106-sgb-ix'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachbereich Jugend', approvedAt: '2026-08-25' },
  },
  {
    slug: 'zentrale-adoptionsstelle',
    department: 'kinder-jugend-familie',
    name: 'Zentrale Adoptionsstelle',
    nameEasyLanguage: 'Ein Kind adoptieren',
    teaser:
      'Die Zentrale Adoptionsstelle des LVR-Landesjugendamts unterstützt die Adoptionsvermittlungsstellen im Rheinland, sucht Familien für Kinder mit besonderen Bedürfnissen und ist bei internationalen Adoptionen zuständig.',
    description: `Für die meisten Fragen rund um eine Adoption ist zunächst die Adoptionsvermittlungsstelle Ihres Jugendamts zuständig. Die Zentrale Adoptionsstelle beim LVR-Landesjugendamt unterstützt diese Stellen fachlich – besonders dann, wenn eine Vermittlung schwierig ist. Zusammen mit dem Bundesamt für Justiz ist sie außerdem zentrale Behörde für internationale Adoptionen nach dem Haager Adoptionsübereinkommen.

Ein Schwerpunkt sind Kinder, für die nur schwer eine Adoptivfamilie zu finden ist, zum Beispiel Kinder mit einer Behinderung oder einer chronischen Erkrankung, ältere Kinder oder Geschwister. Findet ein Jugendamt in seinem Bezirk keine passende Familie, sucht die Zentrale Adoptionsstelle im gesamten Rheinland und darüber hinaus nach geeigneten Adoptionsbewerberinnen und Adoptionsbewerbern.

Auch nach einer Adoption bleibt Unterstützung wichtig. Adoptivfamilien, abgebende Eltern und adoptierte Menschen haben Anspruch auf Begleitung. Adoptierte können ab 16 Jahren Einsicht in ihre Vermittlungsakte nehmen; eine Fachkraft begleitet sie dabei und bei der Suche nach ihrer Herkunft.

Darüber hinaus erkennt die Zentrale Adoptionsstelle Adoptionsvermittlungsstellen freier Träger an und überprüft regelmäßig deren Arbeit.`,
    audience:
      'Menschen im Rheinland, die ein Kind – auch aus dem Ausland – adoptieren möchten, Adoptivfamilien, Eltern, die über eine Adoption ihres Kindes nachdenken, adoptierte Menschen auf der Suche nach ihrer Herkunft sowie Fachkräfte der Adoptionsvermittlungsstellen.',
    requirements: `Wer ein Kind adoptieren möchte, wird sorgfältig auf seine Eignung geprüft. Maßgeblich ist immer das Wohl des Kindes; einen Anspruch auf die Vermittlung eines Kindes gibt es nicht.

- Wer allein adoptiert, muss mindestens 25 Jahre alt sein. Adoptiert ein Ehepaar gemeinsam, muss eine Person mindestens 25 und die andere mindestens 21 Jahre alt sein.
- Sie haben Ihren gewöhnlichen Aufenthalt im Rheinland.
- Sie nehmen an Beratungsgesprächen, Hausbesuchen und einem Vorbereitungsseminar teil.
- Für die Adoption eines Kindes mit Behinderung sind Sie bereit, sich intensiv mit seinen besonderen Bedürfnissen auseinanderzusetzen.`,
    documents: [
      {
        name: 'Lebensbericht',
        note: 'Eine persönliche Darstellung Ihres Lebenswegs und Ihres Wunsches, ein Kind zu adoptieren.',
      },
      { name: 'Erweitertes Führungszeugnis', note: 'Für alle Bewerberinnen und Bewerber.' },
      { name: 'Ärztliches Gesundheitszeugnis' },
      { name: 'Nachweise über Einkommen und Wohnverhältnisse' },
      { name: 'Geburtsurkunde und gegebenenfalls Heiratsurkunde' },
    ],
    costs:
      'Die Beratung und die Vermittlung eines Kindes im Inland sind kostenfrei. Bei internationalen Adoptionen fallen Gebühren und weitere Kosten an, zum Beispiel für Übersetzungen, Beglaubigungen und Reisen.',
    deadlines:
      'Es gibt keine Fristen. Beachten Sie: Eine Adoption aus dem Ausland muss von einer dafür zugelassenen Stelle begleitet werden. Eine unbegleitete Auslandsadoption ist nicht erlaubt und wird in Deutschland in der Regel nicht anerkannt.',
    processingTime:
      'Die Eignungsprüfung dauert meist mehrere Monate. Wie lange es bis zur Vermittlung eines Kindes dauert, lässt sich nicht vorhersagen; bei Auslandsadoptionen sind es oft mehrere Jahre.',
    procedure: `- Sie wenden sich zunächst an die Adoptionsvermittlungsstelle Ihres Jugendamts. Für eine internationale Adoption können Sie sich auch direkt an die Zentrale Adoptionsstelle oder an eine anerkannte Auslandsvermittlungsstelle wenden.
- In Informations- und Beratungsgesprächen klären Sie Ihre Beweggründe und Vorstellungen, auch zur Aufnahme eines Kindes mit Behinderung oder Erkrankung.
- Die Fachkräfte prüfen Ihre Eignung in Gesprächen, bei Hausbesuchen und anhand Ihrer Unterlagen und halten das Ergebnis in einem Bericht fest.
- Wird ein passendes Kind gefunden, beginnt nach einem behutsamen Kennenlernen die Adoptionspflege. Das Kind lebt dann bereits bei Ihnen.
- Nach einer angemessenen Zeit stellen Sie beim Familiengericht einen notariell beurkundeten Antrag. Das Gericht spricht die Adoption durch Beschluss aus.
- Auch nach der Adoption können Sie und Ihr Kind Beratung und Begleitung in Anspruch nehmen.`,
    legalBasis: [
      {
        title: '§ 2 AdVermiG (Adoptionsvermittlungsstellen)',
        url: 'https://www.gesetze-im-internet.de/advermig_1976/__2.html',
      },
      {
        title: '§ 9 AdVermiG (Anspruch auf Adoptionsbegleitung)',
        url: 'https://www.gesetze-im-internet.de/advermig_1976/__9.html',
      },
      {
        title: '§ 11 AdVermiG (Aufgaben der zentralen Adoptionsstelle des Landesjugendamtes)',
        url: 'https://www.gesetze-im-internet.de/advermig_1976/__11.html',
      },
      { title: '§§ 1741 ff. BGB (Annahme als Kind)', url: 'https://www.gesetze-im-internet.de/bgb/__1741.html' },
      {
        title: 'Adoptionsübereinkommens-Ausführungsgesetz (AdÜbAG)',
        url: 'https://www.gesetze-im-internet.de/ad_bag/',
      },
    ],
    forms: [
      {
        title: 'Anmeldung zum Informationsabend Adoption',
        url: 'https://demo.lotse.example/online/infoabend-adoption',
        kind: 'online',
      },
    ],
    topics: ['kinder-und-familie'],
    relatedServices: ['pflegefamilien-kinder-mit-behinderung', 'familienunterstuetzende-dienste'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Zentrale Adoptionsstelle', approvedAt: '2026-03-03' },
  },
  {
    slug: 'fruehe-hilfen',
    department: 'kinder-jugend-familie',
    name: 'Frühe Hilfen für Familien',
    nameEasyLanguage: 'Frühe Hilfe für Familien',
    teaser:
      'Frühe Hilfen unterstützen werdende Eltern und Familien mit Kindern bis drei Jahre – zum Beispiel durch Familienhebammen, Willkommensbesuche oder Elterncafés. Die Angebote sind freiwillig, vertraulich und kostenfrei.',
    description: `Die Zeit rund um die Geburt und die ersten Lebensjahre eines Kindes sind schön, aber oft auch anstrengend. Frühe Hilfen sind Angebote für Schwangere, werdende Väter und Familien mit Kindern bis zum dritten Geburtstag. Sie sollen Eltern stärken, Fragen zu Entwicklung, Gesundheit und Erziehung beantworten und Unterstützung vermitteln, bevor sich Sorgen und Belastungen auftürmen.

Zu den Frühen Hilfen gehören zum Beispiel Familienhebammen sowie Familien-Gesundheits- und Kinderkrankenpflegerinnen und -pfleger, die Familien über längere Zeit zu Hause besuchen. Hinzu kommen Lotsendienste in Geburtskliniken, Willkommensbesuche nach der Geburt, Elterncafés und ehrenamtliche Familienpatenschaften. Welche Angebote es gibt, unterscheidet sich von Ort zu Ort.

Frühe Hilfen sind besonders wertvoll für Familien, in denen ein Kind mit einer Behinderung oder einer Erkrankung zur Welt kommt, und für Eltern, die selbst eine Behinderung oder eine psychische Erkrankung haben. Die Fachkräfte nehmen sich Zeit, helfen bei der Orientierung und stellen Kontakte zu weiteren Hilfen wie der Frühförderung oder der Elternassistenz her.

In den Jugendamtsbezirken im Rheinland gibt es Netzwerke Frühe Hilfen mit einer Koordinierungsstelle, meist beim Jugendamt. Das LVR-Landesjugendamt berät und qualifiziert diese Netzwerke und unterstützt die Zusammenarbeit von Jugendhilfe und Gesundheitswesen.`,
    audience:
      'Schwangere, werdende Väter und Familien mit Kindern bis zum dritten Geburtstag im Rheinland – besonders Familien in belastenden Lebenslagen, Familien mit einem Kind mit Behinderung und Eltern mit Behinderung.',
    requirements: `Frühe Hilfen sind freiwillige Angebote. Sie brauchen dafür weder einen Antrag noch eine Diagnose.

- Sie sind schwanger oder haben ein Kind unter drei Jahren.
- Sie wohnen im Rheinland; welche Angebote Sie nutzen können, richtet sich nach Ihrem Wohnort.
- Sie entscheiden selbst, welche Unterstützung Sie annehmen und wie lange.`,
    documents: [
      {
        name: 'Mutterpass oder gelbes Kinderuntersuchungsheft',
        note: 'Nicht zwingend, aber hilfreich bei Fragen zu Schwangerschaft, Gesundheit und Entwicklung.',
      },
      {
        name: 'Elektronische Gesundheitskarte',
        note: 'Für Leistungen, die über die Krankenkasse abgerechnet werden, zum Beispiel Hebammenhilfe.',
      },
    ],
    costs: 'Die Angebote der Frühen Hilfen sind für Familien kostenfrei.',
    deadlines:
      'Es gibt keine Fristen. Die Frühen Hilfen richten sich an Familien bis zum dritten Geburtstag des Kindes; danach vermittelt die Koordinierungsstelle an andere passende Angebote.',
    processingTime:
      'Ein Beratungsgespräch ist meist innerhalb weniger Tage möglich. Für eine längerfristige Begleitung durch eine Familienhebamme kann es je nach Ort eine Wartezeit geben.',
    procedure: `- Sie wenden sich an die Koordinierungsstelle Frühe Hilfen Ihres Jugendamts, an Ihre Hebamme, Ihre frauenärztliche oder kinderärztliche Praxis oder an eine Schwangerschaftsberatungsstelle.
- In einem ersten Gespräch klären Sie, welche Fragen und Wünsche Sie haben.
- Die Fachkräfte stellen Ihnen passende Angebote vor und stellen auf Wunsch den Kontakt her.
- Sie nehmen die Unterstützung so lange in Anspruch, wie sie Ihnen hilft, und können sie jederzeit beenden.`,
    legalBasis: [
      {
        title: '§ 1 KKG (Kinderschutz und staatliche Mitverantwortung)',
        url: 'https://www.gesetze-im-internet.de/kkg/__1.html',
      },
      {
        title: '§ 2 KKG (Information der Eltern über Unterstützungsangebote in Fragen der Kindesentwicklung)',
        url: 'https://www.gesetze-im-internet.de/kkg/__2.html',
      },
      {
        title: '§ 3 KKG (Rahmenbedingungen für verbindliche Netzwerkstrukturen im Kinderschutz)',
        url: 'https://www.gesetze-im-internet.de/kkg/__3.html',
      },
      {
        title: '§ 16 SGB VIII (Allgemeine Förderung der Erziehung in der Familie)',
        url: 'https://www.gesetze-im-internet.de/sgb_8/__16.html',
      },
    ],
    forms: [],
    topics: ['kinder-und-familie', 'fruehe-foerderung'],
    relatedServices: ['interdisziplinaere-fruehfoerderung', 'elternassistenz', 'familienunterstuetzende-dienste'],
    approval: { approvedBy: 'LVR-Landesjugendamt, Fachberatung Frühe Hilfen', approvedAt: '2026-09-15' },
  },
]

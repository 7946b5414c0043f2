import type { ServiceSeed } from '../types.ts'

export const servicesKlinikverbund: ServiceSeed[] = [
  {
    slug: 'psychiatrische-institutsambulanz',
    department: 'klinikverbund-hph',
    name: 'Psychiatrische Institutsambulanz',
    nameEasyLanguage: 'Behandlung für die Seele ohne Über·nachtung',
    teaser:
      'Die Psychiatrischen Institutsambulanzen der LVR-Kliniken behandeln Menschen mit schweren oder lang andauernden psychischen Erkrankungen ambulant – in einem Team aus Ärztinnen und Ärzten, Psychologie, Pflege und Sozialarbeit.',
    description: `Eine Psychiatrische Institutsambulanz (PIA) ist eine Ambulanz an einer psychiatrischen Klinik. Sie ist für Menschen da, die wegen der Art, der Schwere oder der Dauer ihrer Erkrankung eine besonders umfassende Behandlung brauchen, die eine einzelne Praxis oft nicht leisten kann. Dazu gehören zum Beispiel Menschen mit Psychosen, schweren Depressionen, bipolaren Störungen, Persönlichkeitsstörungen oder Suchterkrankungen.

In der Institutsambulanz arbeiten Fachärztinnen und Fachärzte, Psychologinnen und Psychologen, Pflegefachkräfte, Sozialarbeiterinnen und Sozialarbeiter sowie weitere Therapeutinnen und Therapeuten zusammen. Neben Gesprächen und der Behandlung mit Medikamenten bietet das Team Gruppen, Hilfe bei sozialen Fragen und bei Bedarf auch Hausbesuche an. So lässt sich ein Klinikaufenthalt oft vermeiden oder verkürzen.

Alle psychiatrischen LVR-Kliniken im Rheinland haben Institutsambulanzen, häufig mit Außenstellen in den Städten und Kreisen ihres Versorgungsgebiets. Viele Ambulanzen bieten zusätzlich Spezialsprechstunden an, etwa für ältere Menschen, für Menschen mit Suchterkrankungen oder für Menschen mit geistiger Behinderung und psychischer Erkrankung.

In einer akuten Krise wenden Sie sich an die Aufnahme der für Sie zuständigen psychiatrischen Klinik. Bei Lebensgefahr rufen Sie sofort den Notruf 112.`,
    audience:
      'Erwachsene im Rheinland mit schweren, wiederkehrenden oder chronischen psychischen Erkrankungen, die eine kontinuierliche ambulante Behandlung durch ein Team verschiedener Berufsgruppen brauchen.',
    requirements: `Die Institutsambulanz ist für Menschen da, die wegen ihrer Erkrankung auf eine krankenhausnahe ambulante Behandlung angewiesen sind. Ob das bei Ihnen zutrifft, klärt das Team im Erstgespräch.

- Sie haben eine schwere oder lang andauernde psychische Erkrankung.
- Eine Behandlung allein in einer niedergelassenen Praxis reicht nicht aus oder ist für Sie nicht gut erreichbar.
- Sie sind gesetzlich krankenversichert. Wenn Sie privat versichert sind, klären Sie die Kostenübernahme bitte vorab mit Ihrer Versicherung.`,
    documents: [
      { name: 'Elektronische Gesundheitskarte' },
      {
        name: 'Überweisung',
        note: 'Nicht in jedem Fall vorgeschrieben, aber hilfreich – zum Beispiel von Ihrer hausärztlichen oder psychiatrischen Praxis.',
      },
      { name: 'Arztbriefe und Entlassberichte', note: 'Soweit vorhanden, etwa von früheren Klinikaufenthalten.' },
      { name: 'Aktueller Medikamentenplan' },
    ],
    costs:
      'Für gesetzlich Versicherte trägt die Krankenkasse die Kosten der Behandlung. Für die Behandlung in der Ambulanz zahlen Sie nichts zu; für verordnete Medikamente gelten die üblichen Zuzahlungen.',
    deadlines: 'Es gibt keine Fristen.',
    processingTime:
      'Auf ein Erstgespräch warten Sie je nach Standort einige Tage bis mehrere Wochen. In dringenden Fällen wird kurzfristig ein Termin vergeben.',
    procedure: `- Sie selbst oder Ihre behandelnde Praxis vereinbaren telefonisch einen Termin für ein Erstgespräch in der Institutsambulanz, die für Ihren Wohnort zuständig ist.
- Im Erstgespräch schildern Sie Ihre Beschwerden und Ihre Lebenssituation. Das Team klärt mit Ihnen, ob die Institutsambulanz das passende Angebot ist.
- Gemeinsam wird ein Behandlungsplan erstellt, zum Beispiel mit regelmäßigen Gesprächen, Medikamenten und Gruppenangeboten.
- Die Behandlung findet in vereinbarten Abständen statt und wird regelmäßig überprüft. Bei Bedarf vermittelt das Team weitere Hilfen, etwa ein Sozialpsychiatrisches Zentrum oder Assistenz beim Wohnen.
- Geht es Ihnen stabil besser, wird die Behandlung an eine niedergelassene Praxis übergeben.`,
    legalBasis: [
      {
        title: '§ 118 SGB V (Psychiatrische Institutsambulanzen)',
        url: 'https://www.gesetze-im-internet.de/sgb_5/__118.html',
      },
      { title: '§ 27 SGB V (Krankenbehandlung)', url: 'https://www.gesetze-im-internet.de/sgb_5/__27.html' },
    ],
    forms: [],
    topics: ['seelische-gesundheit'],
    relatedServices: ['sozialpsychiatrische-zentren', 'psychiatrische-krisenhilfe', 'psychiatrische-tagesklinik'],
    approval: {
      approvedBy: 'LVR-Klinikverbund, Fachbereich Qualitäts- und Innovationsmanagement',
      approvedAt: '2026-02-10',
    },
  },
  {
    slug: 'kinder-und-jugendpsychiatrie',
    department: 'klinikverbund-hph',
    name: 'Kinder- und Jugendpsychiatrie',
    nameEasyLanguage: 'Eine Klinik für Kinder mit seelischen Krankheiten',
    teaser:
      'Die Kliniken für Kinder- und Jugendpsychiatrie im LVR-Klinikverbund helfen jungen Menschen mit seelischen Erkrankungen – ambulant, in der Tagesklinik oder stationär und immer gemeinsam mit der Familie.',
    description: `Auch Kinder und Jugendliche können seelisch erkranken. Ängste, Depressionen, Essstörungen, Selbstverletzungen, ausgeprägte Verhaltensauffälligkeiten, Folgen belastender Erlebnisse oder beginnende Psychosen sind Beispiele dafür. Die Kinder- und Jugendpsychiatrie untersucht und behandelt junge Menschen bis zum 18. Geburtstag.

Die Behandlung richtet sich nach dem Bedarf: In der Institutsambulanz finden Diagnostik und ambulante Therapie statt. In der Tagesklinik verbringt Ihr Kind die Werktage in der Klinik und ist abends und am Wochenende zu Hause. Bei schweren Krisen ist eine stationäre Behandlung möglich. Schulpflichtige Kinder werden während eines Klinikaufenthalts in der Schule für Kranke unterrichtet, damit sie den Anschluss nicht verlieren.

Eltern und andere wichtige Bezugspersonen werden eng einbezogen, zum Beispiel in Familiengesprächen und Elterngruppen. Für Kinder und Jugendliche mit einer geistigen Behinderung und seelischen Problemen halten einzelne Kliniken spezialisierte Angebote vor; fragen Sie danach.

Die Kliniken sind in Notfällen rund um die Uhr erreichbar. Wenn Ihr Kind in akuter Gefahr ist, sich selbst oder andere zu verletzen, rufen Sie den Notruf 112.`,
    audience:
      'Kinder und Jugendliche bis 18 Jahre mit seelischen Erkrankungen oder in seelischen Krisen sowie ihre Eltern und Sorgeberechtigten im Rheinland.',
    requirements: `Für eine Behandlung brauchen Sie in der Regel eine Überweisung oder eine Einweisung. Die Sorgeberechtigten müssen der Behandlung zustimmen; Ihr Kind wird altersgerecht in alle Entscheidungen einbezogen.

- Ihr Kind ist jünger als 18 Jahre.
- Es hat seelische Beschwerden, die ärztlich oder psychotherapeutisch abgeklärt werden sollen.
- Für eine tagesklinische oder stationäre Aufnahme ist außer im Notfall eine Verordnung von Krankenhausbehandlung nötig.
- Eine Unterbringung gegen den Willen des Kindes ist grundsätzlich nur mit Genehmigung des Familiengerichts zulässig.`,
    documents: [
      { name: 'Elektronische Gesundheitskarte Ihres Kindes' },
      {
        name: 'Überweisung oder Einweisung',
        note: 'Zum Beispiel von der Kinder- und Jugendarztpraxis oder einer kinder- und jugendpsychiatrischen Praxis.',
      },
      {
        name: 'Vorbefunde und Berichte',
        note: 'Etwa Arztbriefe oder Berichte aus Therapie, Frühförderung oder Schule, soweit vorhanden.',
      },
      { name: 'Gelbes Kinderuntersuchungsheft und Impfpass' },
      {
        name: 'Nachweis des Sorgerechts',
        note: 'Nur wenn die Eltern getrennt leben oder ein Vormund das Sorgerecht hat.',
      },
    ],
    costs:
      'Die Kosten der Behandlung trägt die Krankenkasse. Für Kinder und Jugendliche unter 18 Jahren fallen keine Zuzahlungen zum Klinikaufenthalt an.',
    deadlines: 'Es gibt keine Fristen.',
    processingTime:
      'Für ambulante Erstgespräche und geplante Aufnahmen gibt es je nach Klinik Wartezeiten von einigen Wochen. Notfälle werden jederzeit sofort versorgt.',
    procedure: `- Sie sprechen mit Ihrer Kinder- und Jugendarztpraxis oder einer kinder- und jugendpsychiatrischen Praxis über die Beschwerden Ihres Kindes.
- Sie vereinbaren einen Termin in der Institutsambulanz der Klinik, die für Ihren Wohnort zuständig ist.
- Im Erstgespräch und in der Diagnostik lernt das Team Ihr Kind und Ihre Familie kennen und empfiehlt eine Behandlung.
- Je nach Bedarf wird Ihr Kind ambulant, tagesklinisch oder stationär behandelt. Die Ziele werden gemeinsam mit Ihnen und Ihrem Kind festgelegt.
- Vor dem Ende der Behandlung planen Sie mit dem Team die Nachsorge, zum Beispiel ambulante Therapie, Hilfen des Jugendamts oder Unterstützung in der Schule.`,
    legalBasis: [
      { title: '§ 39 SGB V (Krankenhausbehandlung)', url: 'https://www.gesetze-im-internet.de/sgb_5/__39.html' },
      {
        title: '§ 118 SGB V (Psychiatrische Institutsambulanzen)',
        url: 'https://www.gesetze-im-internet.de/sgb_5/__118.html',
      },
      {
        title: '§ 1631b BGB (Mit Freiheitsentziehung verbundene Unterbringung, freiheitsentziehende Maßnahmen)',
        url: 'https://www.gesetze-im-internet.de/bgb/__1631b.html',
      },
      { title: 'Gesetz über Hilfen und Schutzmaßnahmen bei psychischen Krankheiten NRW (PsychKG NRW)' },
    ],
    forms: [],
    topics: ['seelische-gesundheit', 'kinder-und-familie'],
    relatedServices: ['psychiatrische-krisenhilfe', 'traumaambulanzen', 'schulbegleitung'],
    approval: { approvedBy: 'LVR-Klinikverbund, Fachgruppe Kinder- und Jugendpsychiatrie', approvedAt: '2026-04-21' },
  },
  {
    slug: 'psychiatrische-tagesklinik',
    department: 'klinikverbund-hph',
    name: 'Psychiatrische Tagesklinik',
    nameEasyLanguage: 'Die Tages·klinik für die Seele',
    teaser:
      'In der Psychiatrischen Tagesklinik werden Sie tagsüber intensiv behandelt und verbringen Abende und Wochenenden zu Hause. So bleiben Sie mit Ihrem Alltag verbunden.',
    description: `Eine Tagesklinik bietet teilstationäre Krankenhausbehandlung. Sie kommen an den Werktagen morgens in die Klinik und fahren am Nachmittag wieder nach Hause. Die Behandlung ist ähnlich intensiv wie auf einer Station, Sie bleiben aber in Ihrer gewohnten Umgebung und können Neues direkt im Alltag erproben.

Zum Behandlungsprogramm gehören ärztliche und psychotherapeutische Gespräche, Gruppentherapien, Ergo-, Bewegungs- und Kunsttherapie, die Behandlung mit Medikamenten sowie Unterstützung bei sozialen Fragen zu Arbeit, Wohnen oder Geld. Viele Tageskliniken der LVR-Kliniken liegen wohnortnah in den Städten und Kreisen des Rheinlands.

Eine Tagesklinik eignet sich zum Beispiel bei Depressionen, Angst- und Zwangserkrankungen, nach einer Psychose oder im Anschluss an einen stationären Aufenthalt. Voraussetzung ist, dass Sie die Nächte und Wochenenden zu Hause sicher verbringen können. Bei akuter Gefährdung ist die Aufnahme der Klinik der richtige Weg; bei Lebensgefahr rufen Sie den Notruf 112.`,
    audience:
      'Erwachsene mit psychischen Erkrankungen, die eine intensive Behandlung brauchen, aber abends und am Wochenende zu Hause leben können.',
    requirements: `Für die Aufnahme in die Tagesklinik brauchen Sie eine ärztliche Verordnung von Krankenhausbehandlung. In einem Vorgespräch klärt das Team, ob die Tagesklinik zu Ihnen passt.

- Eine ambulante Behandlung reicht derzeit nicht aus.
- Sie können täglich selbstständig oder mit einem Fahrdienst in die Klinik kommen.
- Sie können die Abende, Nächte und Wochenenden zu Hause ohne akute Gefährdung verbringen.
- Sie sind bereit, regelmäßig und aktiv an den Therapien teilzunehmen.`,
    documents: [
      {
        name: 'Verordnung von Krankenhausbehandlung (Einweisung)',
        note: 'Von Ihrer haus- oder fachärztlichen Praxis.',
      },
      { name: 'Elektronische Gesundheitskarte' },
      { name: 'Aktueller Medikamentenplan' },
      { name: 'Vorbefunde und Arztbriefe', note: 'Soweit vorhanden.' },
    ],
    costs:
      'Die Krankenkasse trägt die Kosten der Behandlung. Die Zuzahlung von 10 Euro pro Tag, die bei vollstationärer Behandlung anfällt, gilt für die Tagesklinik nicht. Ob Fahrkosten übernommen werden, klären Sie bitte vorab mit Ihrer Krankenkasse.',
    deadlines: 'Es gibt keine Fristen.',
    processingTime:
      'Nach dem Vorgespräch ist eine Aufnahme je nach Standort meist innerhalb weniger Wochen möglich. Die Behandlung selbst dauert in der Regel mehrere Wochen.',
    procedure: `- Sie besprechen mit Ihrer haus- oder fachärztlichen Praxis, ob eine tagesklinische Behandlung sinnvoll ist, und erhalten eine Einweisung.
- Sie vereinbaren ein Vorgespräch in der Tagesklinik, die für Ihren Wohnort zuständig ist.
- Im Vorgespräch lernen Sie das Team und das Programm kennen. Gemeinsam wird entschieden, ob und wann Sie aufgenommen werden.
- Während der Behandlung kommen Sie an den Werktagen in die Tagesklinik. Ihre Ziele werden regelmäßig mit Ihnen besprochen.
- Vor der Entlassung plant das Team mit Ihnen die weitere Behandlung, zum Beispiel in der Institutsambulanz oder einer Praxis.`,
    legalBasis: [
      { title: '§ 39 SGB V (Krankenhausbehandlung)', url: 'https://www.gesetze-im-internet.de/sgb_5/__39.html' },
      { title: '§ 27 SGB V (Krankenbehandlung)', url: 'https://www.gesetze-im-internet.de/sgb_5/__27.html' },
      { title: '§ 60 SGB V (Fahrkosten)', url: 'https://www.gesetze-im-internet.de/sgb_5/__60.html' },
    ],
    forms: [],
    topics: ['seelische-gesundheit'],
    relatedServices: ['psychiatrische-institutsambulanz', 'sozialpsychiatrische-zentren', 'tagesstaette'],
    approval: {
      approvedBy: 'LVR-Klinikverbund, Fachbereich Qualitäts- und Innovationsmanagement',
      approvedAt: '2026-05-12',
    },
  },
  {
    slug: 'psychiatrische-krisenhilfe',
    department: 'klinikverbund-hph',
    name: 'Psychiatrische Notaufnahme und Krisenhilfe',
    nameEasyLanguage: 'Hilfe in einer seelischen Krise',
    teaser:
      'In einer akuten seelischen Krise sind die psychiatrischen LVR-Kliniken Tag und Nacht für Sie da – ohne Termin und ohne Überweisung. Bei Lebensgefahr rufen Sie sofort den Notruf 112.',
    description: `Manchmal wird eine seelische Belastung so groß, dass Sie nicht mehr weiterwissen: Sie denken daran, sich das Leben zu nehmen, hören Stimmen, fühlen sich verfolgt oder sind in einer Ausnahmesituation, die Sie allein nicht bewältigen können. Dann brauchen Sie schnell Hilfe. Bei akuter Lebensgefahr rufen Sie sofort den Notruf 112 – für sich selbst oder für einen anderen Menschen.

Jede psychiatrische LVR-Klinik hat eine Aufnahme, die an allen Tagen des Jahres rund um die Uhr geöffnet ist. Jede Klinik ist für ein festgelegtes Gebiet zuständig und nimmt Menschen aus diesem Gebiet in einer Krise immer auf. Sie können ohne Termin und ohne Überweisung kommen. Eine Ärztin oder ein Arzt spricht mit Ihnen, schätzt die Lage ein und entscheidet gemeinsam mit Ihnen, ob eine ambulante Weiterbehandlung ausreicht oder eine Aufnahme in die Klinik nötig ist.

Die meisten Menschen kommen freiwillig und werden auch freiwillig behandelt. Nur wenn wegen einer psychischen Erkrankung eine erhebliche Gefahr für das eigene Leben oder für andere besteht, kann eine Unterbringung gegen den eigenen Willen angeordnet werden. Darüber entscheidet das Amtsgericht. In Eilfällen kann die örtliche Ordnungsbehörde eine sofortige Unterbringung veranlassen, die das Gericht dann unverzüglich überprüft.

Wenn Sie zunächst mit jemandem sprechen möchten, erreichen Sie die TelefonSeelsorge rund um die Uhr kostenfrei unter 0800 111 0 111 oder 0800 111 0 222. Außerhalb der Sprechzeiten der Arztpraxen hilft der ärztliche Bereitschaftsdienst unter 116 117.`,
    audience:
      'Menschen in einer akuten seelischen Krise, ihre Angehörigen und Freunde sowie Fachkräfte, die einen Menschen in einer solchen Situation begleiten.',
    requirements: `Für die Notaufnahme gibt es keine Voraussetzungen. Sie brauchen weder einen Termin noch eine Überweisung.

- Sie befinden sich in einer akuten seelischen Krise oder machen sich große Sorgen um einen anderen Menschen.
- Bei Lebensgefahr rufen Sie den Notruf 112 und warten nicht ab.
- Für eine Aufnahme ist grundsätzlich die Klinik zuständig, die Ihren Wohnort versorgt. Im Notfall werden Sie aber in jeder Klinik erstversorgt.`,
    documents: [
      {
        name: 'Elektronische Gesundheitskarte',
        note: 'Wenn vorhanden – im Notfall werden Sie auch ohne Karte behandelt.',
      },
      { name: 'Medikamentenplan oder Ihre aktuellen Medikamente' },
      {
        name: 'Krisenpass oder Behandlungsvereinbarung',
        note: 'Falls Sie so etwas mit einer Klinik oder Praxis vereinbart haben.',
      },
      { name: 'Vorsorgevollmacht oder Betreuerausweis', note: 'Falls vorhanden.' },
    ],
    costs:
      'Die Behandlung in der Notaufnahme bezahlt Ihre Krankenkasse. Werden Sie anschließend stationär aufgenommen, zahlen Erwachsene für höchstens 28 Tage im Kalenderjahr 10 Euro pro Tag zu.',
    deadlines: 'Keine. Warten Sie in einer Krise nicht ab, sondern holen Sie sich sofort Hilfe.',
    processingTime: 'Sie werden sofort gesehen. Bei hohem Andrang werden die dringendsten Fälle zuerst behandelt.',
    procedure: `- Bei Lebensgefahr wählen Sie den Notruf 112. Der Rettungsdienst bringt Sie in eine geeignete Klinik.
- Ohne akute Lebensgefahr kommen Sie selbst oder in Begleitung zur Aufnahme der LVR-Klinik, die für Ihren Wohnort zuständig ist. Sie können vorher anrufen, müssen es aber nicht.
- Eine Ärztin oder ein Arzt spricht mit Ihnen, untersucht Sie und schätzt ein, wie akut die Situation ist.
- Gemeinsam wird entschieden, wie es weitergeht: zum Beispiel mit einer Aufnahme auf Station, einer tagesklinischen Behandlung oder einem zeitnahen Termin in der Institutsambulanz.
- Nach der Krise unterstützt Sie das Team dabei, Hilfen für die Zeit danach zu organisieren, etwa über ein Sozialpsychiatrisches Zentrum.`,
    legalBasis: [
      { title: '§ 39 SGB V (Krankenhausbehandlung)', url: 'https://www.gesetze-im-internet.de/sgb_5/__39.html' },
      { title: 'Gesetz über Hilfen und Schutzmaßnahmen bei psychischen Krankheiten NRW (PsychKG NRW)' },
      {
        title: '§ 1831 BGB (Freiheitsentziehende Unterbringung und freiheitsentziehende Maßnahmen)',
        url: 'https://www.gesetze-im-internet.de/bgb/__1831.html',
      },
    ],
    forms: [],
    topics: ['psychische-krise', 'seelische-gesundheit'],
    relatedServices: ['psychiatrische-institutsambulanz', 'sozialpsychiatrische-zentren'],
    approval: {
      approvedBy: 'LVR-Klinikverbund, Fachbereich Qualitäts- und Innovationsmanagement',
      approvedAt: '2026-01-27',
    },
  },
  {
    slug: 'suchtbehandlung',
    department: 'klinikverbund-hph',
    name: 'Behandlung bei Suchterkrankungen',
    nameEasyLanguage: 'Hilfe bei einer Sucht',
    teaser:
      'Die LVR-Kliniken helfen bei Abhängigkeit von Alkohol, Medikamenten oder Drogen und bei Verhaltenssüchten – vom qualifizierten Entzug über die Suchtambulanz bis zur Vermittlung in eine Entwöhnungsbehandlung.',
    description: `Eine Abhängigkeit ist eine Krankheit und keine Charakterschwäche. Die Abteilungen für Abhängigkeitserkrankungen der LVR-Kliniken behandeln Menschen, die von Alkohol, Medikamenten oder illegalen Drogen abhängig sind oder zum Beispiel unter einer Glücksspielsucht leiden. Häufig bestehen zusätzlich Depressionen, Ängste oder andere psychische Erkrankungen, die gleich mitbehandelt werden.

Ein wichtiger Baustein ist der qualifizierte Entzug. Dabei wird der körperliche Entzug ärztlich überwacht und bei Bedarf mit Medikamenten erleichtert. Gleichzeitig erhalten Sie Gespräche, Gruppenangebote und Informationen, die Ihre Motivation stärken und den Weg in die weitere Behandlung ebnen. Ein qualifizierter Entzug dauert in der Regel etwa zwei bis drei Wochen.

Nach dem Entzug folgt häufig eine Entwöhnungsbehandlung, stationär in einer Fachklinik oder ambulant. Das Team hilft Ihnen, sie zu beantragen, und arbeitet dabei eng mit Suchtberatungsstellen zusammen. Die Suchtambulanzen der LVR-Kliniken begleiten Sie auch längerfristig, etwa nach einem Rückfall.

Ein Entzug von Alkohol oder Beruhigungsmitteln kann lebensgefährlich sein. Hören Sie deshalb nicht abrupt und allein auf, sondern holen Sie sich ärztliche Hilfe. Bei Krampfanfällen, starker Verwirrtheit oder Bewusstlosigkeit rufen Sie sofort den Notruf 112.`,
    audience:
      'Erwachsene mit einer Abhängigkeit von Alkohol, Medikamenten oder Drogen oder mit einer Verhaltenssucht sowie Angehörige, die sich beraten lassen möchten.',
    requirements: `Wichtig ist vor allem Ihr eigener Wunsch, etwas zu verändern. Sie müssen nicht bereits abstinent sein, um Hilfe zu bekommen.

- Für einen geplanten stationären Entzug brauchen Sie eine ärztliche Verordnung von Krankenhausbehandlung.
- Für die Suchtambulanz vereinbaren Sie einen Termin; eine Überweisung ist hilfreich.
- Für eine anschließende Entwöhnungsbehandlung ist ein Antrag bei der Rentenversicherung oder der Krankenkasse nötig.`,
    documents: [
      { name: 'Elektronische Gesundheitskarte' },
      { name: 'Verordnung von Krankenhausbehandlung', note: 'Für eine geplante Aufnahme zum Entzug.' },
      {
        name: 'Aktueller Medikamentenplan',
        note: 'Bei einer Substitutionsbehandlung auch eine Bescheinigung Ihrer substituierenden Praxis.',
      },
      { name: 'Sozialbericht einer Suchtberatungsstelle', note: 'Nur für den Antrag auf eine Entwöhnungsbehandlung.' },
    ],
    costs:
      'Die Kosten für Entzug und ambulante Behandlung trägt die Krankenkasse. Bei stationärer Behandlung zahlen Erwachsene für höchstens 28 Tage im Kalenderjahr 10 Euro pro Tag zu. Eine Entwöhnungsbehandlung bezahlt meist die Rentenversicherung, sonst die Krankenkasse.',
    deadlines:
      'Es gibt keine Fristen. Den Antrag auf eine Entwöhnungsbehandlung stellen Sie am besten schon während des Entzugs, damit sich die Behandlung möglichst nahtlos anschließt.',
    processingTime:
      'Auf einen geplanten Entzug warten Sie je nach Klinik einige Tage bis wenige Wochen; im Notfall werden Sie sofort aufgenommen. Über eine Entwöhnungsbehandlung entscheidet der Kostenträger in der Regel innerhalb von drei Wochen, bei einer direkten Verlegung aus dem Entzug oft schneller.',
    procedure: `- Sie nehmen Kontakt zur Suchtambulanz oder zur Aufnahme der Abteilung für Abhängigkeitserkrankungen der LVR-Klinik in Ihrer Region auf. Auch eine Suchtberatungsstelle oder Ihre hausärztliche Praxis kann den Kontakt herstellen.
- In einem Vorgespräch klären Sie, welche Behandlung passt und wann eine Aufnahme möglich ist.
- Während des qualifizierten Entzugs werden Sie ärztlich begleitet und nehmen an Einzel- und Gruppengesprächen teil.
- Der Sozialdienst hilft Ihnen beim Antrag auf eine Entwöhnungsbehandlung und bei Fragen zu Arbeit, Wohnen und Geld.
- Nach der Entlassung unterstützen Sie die Suchtambulanz, Suchtberatungsstellen und Selbsthilfegruppen dabei, stabil zu bleiben.`,
    legalBasis: [
      { title: '§ 39 SGB V (Krankenhausbehandlung)', url: 'https://www.gesetze-im-internet.de/sgb_5/__39.html' },
      {
        title: '§ 118 SGB V (Psychiatrische Institutsambulanzen)',
        url: 'https://www.gesetze-im-internet.de/sgb_5/__118.html',
      },
      {
        title: '§ 15 SGB VI (Leistungen zur medizinischen Rehabilitation)',
        url: 'https://www.gesetze-im-internet.de/sgb_6/__15.html',
      },
      {
        title: '§ 40 SGB V (Leistungen zur medizinischen Rehabilitation)',
        url: 'https://www.gesetze-im-internet.de/sgb_5/__40.html',
      },
    ],
    forms: [],
    topics: ['seelische-gesundheit'],
    relatedServices: ['psychiatrische-institutsambulanz', 'psychiatrische-krisenhilfe', 'sozialpsychiatrische-zentren'],
    approval: { approvedBy: 'LVR-Klinikverbund, Fachgruppe Abhängigkeitserkrankungen', approvedAt: '2026-06-16' },
  },
  {
    slug: 'gerontopsychiatrie',
    department: 'klinikverbund-hph',
    name: 'Gerontopsychiatrische Beratung und Behandlung',
    nameEasyLanguage: 'Hilfe für die Seele im Alter',
    teaser:
      'Gedächtnisprobleme, Niedergeschlagenheit oder Verwirrtheit im Alter? Die gerontopsychiatrischen Angebote der LVR-Kliniken untersuchen, behandeln und beraten ältere Menschen und ihre Angehörigen.',
    description: `Die Gerontopsychiatrie ist auf seelische Erkrankungen im höheren Lebensalter spezialisiert. Dazu gehören Demenzerkrankungen, Depressionen, Ängste, wahnhafte Störungen und plötzliche Verwirrtheitszustände, die zum Beispiel nach einer Operation oder bei einer Infektion auftreten können. Oft spielen körperliche Erkrankungen und Medikamente mit hinein; sie werden bei der Behandlung berücksichtigt.

Die LVR-Kliniken bieten gerontopsychiatrische Behandlung ambulant, in Tageskliniken und stationär an. In Gedächtnissprechstunden wird geklärt, ob hinter zunehmender Vergesslichkeit eine Demenz oder eine andere, oft gut behandelbare Ursache steckt. Fachkräfte aus Medizin, Pflege, Psychologie, Ergotherapie und Sozialarbeit arbeiten dabei eng zusammen.

Angehörige werden ausdrücklich einbezogen. Sie erhalten Informationen über die Erkrankung, Anregungen für den Umgang im Alltag und Beratung zu Entlastungsangeboten, Pflegeleistungen und rechtlicher Vorsorge. Auch Menschen mit einer geistigen Behinderung, die im Alter psychisch erkranken oder eine Demenz entwickeln, werden hier fachkundig begleitet.

Treten plötzlich starke Verwirrtheit, Unruhe oder Bewusstseinsstörungen auf, kann das ein Notfall sein. Rufen Sie dann den Notruf 112.`,
    audience:
      'Ältere Menschen mit seelischen Erkrankungen oder Gedächtnisproblemen, ihre Angehörigen und rechtlichen Betreuungen sowie Pflegedienste und Einrichtungen, die ältere Menschen begleiten.',
    requirements: `Für die Gedächtnissprechstunde oder die Institutsambulanz brauchen Sie in der Regel eine Überweisung, für eine tagesklinische oder stationäre Behandlung eine Einweisung.

- Es bestehen seelische Beschwerden oder Gedächtnisprobleme, die abgeklärt oder behandelt werden sollen.
- Die Person ist in der Regel 65 Jahre oder älter; bei früh beginnenden Demenzerkrankungen auch jünger.
- Die betroffene Person ist mit der Untersuchung einverstanden. Kann sie das nicht mehr selbst entscheiden, entscheidet eine bevollmächtigte Person oder die rechtliche Betreuung.`,
    documents: [
      { name: 'Überweisung oder Einweisung', note: 'Von der haus- oder fachärztlichen Praxis.' },
      { name: 'Elektronische Gesundheitskarte' },
      { name: 'Aktueller Medikamentenplan' },
      { name: 'Vorsorgevollmacht oder Betreuerausweis', note: 'Falls vorhanden.' },
      { name: 'Vorbefunde', note: 'Zum Beispiel Aufnahmen des Kopfes, Laborwerte oder Arztbriefe.' },
    ],
    costs:
      'Die Kosten der Behandlung trägt die Krankenkasse. Bei vollstationärer Behandlung zahlen Sie für höchstens 28 Tage im Kalenderjahr 10 Euro pro Tag zu. Die Beratung von Angehörigen ist kostenfrei.',
    deadlines: 'Es gibt keine Fristen.',
    processingTime:
      'Auf einen Termin in der Gedächtnissprechstunde warten Sie meist einige Wochen. Die Diagnostik umfasst in der Regel mehrere Termine.',
    procedure: `- Sie oder Ihre Angehörigen sprechen mit der hausärztlichen Praxis über die Beschwerden und erhalten eine Überweisung.
- Sie vereinbaren einen Termin in der gerontopsychiatrischen Ambulanz oder Gedächtnissprechstunde der zuständigen LVR-Klinik.
- Das Team untersucht Sie ausführlich, zum Beispiel mit Gesprächen, Gedächtnistests und körperlichen Untersuchungen, und bespricht die Ergebnisse mit Ihnen und auf Wunsch mit Ihren Angehörigen.
- Gemeinsam wird die Behandlung geplant: ambulant, in der Tagesklinik oder stationär.
- Der Sozialdienst berät zu Pflegeleistungen, Entlastung und Vorsorge und stellt Kontakt zur Pflegeberatung und zu Angeboten vor Ort her.`,
    legalBasis: [
      {
        title: '§ 118 SGB V (Psychiatrische Institutsambulanzen)',
        url: 'https://www.gesetze-im-internet.de/sgb_5/__118.html',
      },
      { title: '§ 39 SGB V (Krankenhausbehandlung)', url: 'https://www.gesetze-im-internet.de/sgb_5/__39.html' },
      { title: '§ 7a SGB XI (Pflegeberatung)', url: 'https://www.gesetze-im-internet.de/sgb_11/__7a.html' },
    ],
    forms: [],
    topics: ['seelische-gesundheit'],
    relatedServices: ['psychiatrische-institutsambulanz', 'sozialpsychiatrische-zentren', 'beratung-106-sgb-ix'],
    approval: { approvedBy: 'LVR-Klinikverbund, Fachgruppe Gerontopsychiatrie', approvedAt: '2026-08-04' },
  },
  {
    slug: 'hph-wohnen',
    department: 'klinikverbund-hph',
    name: 'Wohnen im Verbund Heilpädagogischer Hilfen',
    nameEasyLanguage: 'Wohnen beim Verbund Heil·pädagogischer Hilfen',
    teaser:
      'Die LVR-HPH-Netze bieten erwachsenen Menschen mit geistiger oder mehrfacher Behinderung ein Zuhause in Wohnhäusern und Wohngruppen im Rheinland – mit so viel Unterstützung wie nötig und so viel Selbstbestimmung wie möglich.',
    description: `Der LVR-Verbund Heilpädagogischer Hilfen besteht aus drei regionalen HPH-Netzen: Niederrhein, Ost und West. Sie bieten Wohnangebote für erwachsene Menschen mit geistiger Behinderung, oft verbunden mit weiteren Beeinträchtigungen wie Autismus, Epilepsie, psychischen Erkrankungen oder herausforderndem Verhalten. Die Häuser und Wohngruppen liegen in Wohngebieten von Städten und Gemeinden.

In einer besonderen Wohnform leben Sie in einem eigenen Zimmer oder Apartment und teilen sich Gemeinschaftsräume mit anderen. Mitarbeiterinnen und Mitarbeiter unterstützen Sie rund um die Uhr – bei der Gestaltung des Alltags, bei der Pflege, bei Arztbesuchen, beim Umgang mit Geld und bei Freizeit und Kontakten. Was Sie selbst können, sollen Sie auch selbst tun; dabei werden Sie gezielt gefördert.

Grundlage ist ein Wohn- und Betreuungsvertrag. Die Kosten setzen sich aus zwei Teilen zusammen: Die Fachleistung, also die Unterstützung durch das Personal, bezahlt der LVR als Träger der Eingliederungshilfe. Miete, Verpflegung und den persönlichen Bedarf tragen Sie aus Ihrem eigenen Einkommen oder, wenn es nicht reicht, aus der Grundsicherung.`,
    audience:
      'Erwachsene mit einer geistigen oder mehrfachen Behinderung und hohem Unterstützungsbedarf, die in einer Wohngemeinschaft mit Unterstützung rund um die Uhr leben möchten, sowie ihre Angehörigen und rechtlichen Betreuungen.',
    requirements: `Voraussetzung ist, dass der LVR als Träger der Eingliederungshilfe die Leistung bewilligt hat. Im Gesamtplanverfahren wird geklärt, welche Wohnform zu Ihrem Bedarf und Ihren Wünschen passt.

- Sie sind volljährig und haben eine wesentliche Behinderung.
- Ihr Unterstützungsbedarf lässt sich in einer eigenen Wohnung mit ambulanter Assistenz derzeit nicht ausreichend decken.
- Im HPH-Netz ist ein Platz frei, der zu Ihrem Bedarf passt.
- Sie oder Ihre rechtliche Betreuung schließen einen Wohn- und Betreuungsvertrag ab.`,
    documents: [
      {
        name: 'Bescheid des LVR über Leistungen der Eingliederungshilfe',
        note: 'Liegt er noch nicht vor, stellen Sie zuerst einen Antrag beim LVR.',
      },
      {
        name: 'Ärztliche Unterlagen',
        note: 'Aktuelle Befunde, Medikamentenplan und Hinweise zu Pflege und Ernährung.',
      },
      { name: 'Schwerbehindertenausweis', note: 'Falls vorhanden.' },
      {
        name: 'Betreuerausweis oder Vorsorgevollmacht',
        note: 'Falls eine rechtliche Betreuung oder Bevollmächtigung besteht.',
      },
      { name: 'Nachweise über Ihr Einkommen', note: 'Zum Beispiel Renten- oder Grundsicherungsbescheid.' },
    ],
    costs:
      'Die Fachleistung bezahlt der LVR; ab einem bestimmten Einkommen kann ein Eigenbeitrag anfallen. Miete, Verpflegung und persönlichen Bedarf zahlen Sie selbst, bei geringem Einkommen über die Grundsicherung.',
    deadlines:
      'Es gibt keine Fristen. Da die Plätze begrenzt sind, lassen Sie sich möglichst frühzeitig beraten und vormerken.',
    processingTime:
      'Das Gesamtplanverfahren beim LVR dauert meist einige Wochen bis wenige Monate. Wann ein passender Platz frei wird, hängt von der Region und dem Angebot ab.',
    procedure: `- Sie lassen sich beraten, zum Beispiel bei einer KoKoBe, in der Beratung nach § 106 SGB IX oder direkt beim HPH-Netz in Ihrer Region.
- Sie stellen beim LVR einen Antrag auf Leistungen der Eingliederungshilfe zum Wohnen.
- Der LVR ermittelt gemeinsam mit Ihnen im Gesamtplanverfahren Ihren Bedarf und Ihre Wünsche.
- Sie lernen das Wohnangebot bei einem Besuch kennen und sprechen mit den künftigen Mitbewohnerinnen, Mitbewohnern und Mitarbeitenden.
- Nach der Bewilligung schließen Sie den Wohn- und Betreuungsvertrag und ziehen ein. Ihre Ziele werden regelmäßig mit Ihnen überprüft.`,
    legalBasis: [
      {
        title: '§ 113 SGB IX (Leistungen zur Sozialen Teilhabe)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html',
      },
      { title: '§ 117 SGB IX (Gesamtplanverfahren)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__117.html' },
      {
        title: '§ 42a SGB XII (Bedarfe für Unterkunft und Heizung)',
        url: 'https://www.gesetze-im-internet.de/sgb_12/__42a.html',
      },
      { title: 'Wohn- und Betreuungsvertragsgesetz (WBVG)', url: 'https://www.gesetze-im-internet.de/wbvg/' },
      { title: 'Wohn- und Teilhabegesetz Nordrhein-Westfalen (WTG NRW)' },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Eingliederungshilfe beim LVR (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-eingliederungshilfe.pdf',
        kind: 'form',
      },
    ],
    topics: ['wohnen'],
    relatedServices: ['besondere-wohnform', 'kokobe', 'hph-ambulant-unterstuetztes-wohnen'],
    approval: { approvedBy: 'LVR-Verbund Heilpädagogischer Hilfen, Fachliche Direktion', approvedAt: '2026-03-24' },
  },
  {
    slug: 'hph-ambulant-unterstuetztes-wohnen',
    department: 'klinikverbund-hph',
    name: 'Ambulant unterstütztes Wohnen im HPH-Netz',
    nameEasyLanguage: 'Hilfe in Ihrer Wohnung vom Verbund Heil·pädagogischer Hilfen',
    teaser:
      'Sie möchten in einer eigenen Wohnung leben und brauchen dabei Unterstützung? Das ambulant unterstützte Wohnen der LVR-HPH-Netze begleitet Sie zu Hause – allein, als Paar oder in einer Wohngemeinschaft.',
    description: `Viele Menschen mit geistiger Behinderung möchten selbstständig in einer eigenen Wohnung leben. Mit dem ambulant unterstützten Wohnen ist das möglich: Fachkräfte der LVR-HPH-Netze kommen zu vereinbarten Zeiten zu Ihnen nach Hause und unterstützen Sie bei den Dingen, die Sie noch nicht allein schaffen.

Die Unterstützung richtet sich nach Ihren Zielen. Das kann zum Beispiel Hilfe beim Einkaufen und Kochen sein, beim Ordnen von Post und Finanzen, bei Behördengängen, bei der Gesundheitsvorsorge oder beim Knüpfen von Kontakten in der Nachbarschaft. Der Umfang der Assistenz wird in Stunden pro Woche festgelegt und kann mit der Zeit sinken, wenn Sie mehr selbst übernehmen.

Das ambulant unterstützte Wohnen ist auch ein guter Weg für Menschen, die bisher in einem Wohnhaus gelebt haben und selbstständiger werden möchten. Die HPH-Netze begleiten den Umzug und unterstützen Sie bei der Suche nach einer passenden Wohnung.`,
    audience:
      'Erwachsene mit einer geistigen oder mehrfachen Behinderung im Rheinland, die in einer eigenen Wohnung leben oder leben möchten und dafür regelmäßig Unterstützung brauchen.',
    requirements: `Die Unterstützung ist eine Leistung der Eingliederungshilfe. Der LVR prüft Ihren Bedarf und bewilligt die Assistenzleistungen.

- Sie sind volljährig und haben eine wesentliche Behinderung.
- Sie haben eine eigene Wohnung oder suchen eine, die Sie allein oder gemeinsam mit anderen mieten.
- Sie möchten Ihren Alltag mit Unterstützung möglichst selbstständig gestalten.
- Ihre Wohnung liegt im Einzugsgebiet eines HPH-Netzes.`,
    documents: [
      { name: 'Antrag auf Leistungen der Eingliederungshilfe', note: 'Formlos oder mit dem Antragsformular des LVR.' },
      { name: 'Ärztliche Unterlagen zur Behinderung' },
      { name: 'Mietvertrag', note: 'Falls Sie bereits eine Wohnung haben.' },
      { name: 'Nachweise über Einkommen und Vermögen' },
      { name: 'Betreuerausweis oder Vorsorgevollmacht', note: 'Falls vorhanden.' },
    ],
    costs:
      'Die Assistenzleistungen bezahlt der LVR. Liegt Ihr Einkommen über bestimmten Grenzen, kann ein Eigenbeitrag anfallen. Miete und Lebensunterhalt bestreiten Sie wie bisher selbst oder über die Grundsicherung.',
    deadlines:
      'Es gibt keine Fristen. Leistungen werden frühestens ab dem Monat der Antragstellung erbracht; stellen Sie den Antrag daher rechtzeitig.',
    processingTime:
      'Nach Eingang des vollständigen Antrags dauert das Gesamtplanverfahren meist einige Wochen. Danach kann die Unterstützung zeitnah beginnen.',
    procedure: `- Sie lassen sich beraten, zum Beispiel bei einer KoKoBe oder direkt beim HPH-Netz in Ihrer Region.
- Sie stellen beim LVR einen Antrag auf Assistenzleistungen im eigenen Wohnraum.
- Im Gesamtplanverfahren besprechen Sie mit dem LVR Ihre Ziele und wie viel Unterstützung Sie brauchen.
- Nach der Bewilligung wählen Sie das HPH-Netz als Leistungsanbieter und vereinbaren mit Ihrer Bezugsbetreuung feste Zeiten.
- Ihre Ziele und der Umfang der Unterstützung werden regelmäßig gemeinsam überprüft und angepasst.`,
    legalBasis: [
      { title: '§ 78 SGB IX (Assistenzleistungen)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__78.html' },
      {
        title: '§ 113 SGB IX (Leistungen zur Sozialen Teilhabe)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html',
      },
      { title: '§ 108 SGB IX (Antragserfordernis)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__108.html' },
      { title: '§ 117 SGB IX (Gesamtplanverfahren)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__117.html' },
    ],
    forms: [
      {
        title: 'Antrag auf Leistungen der Eingliederungshilfe beim LVR (PDF)',
        url: 'https://demo.lotse.example/formulare/antrag-eingliederungshilfe.pdf',
        kind: 'form',
      },
    ],
    topics: ['wohnen', 'freizeit-und-alltag'],
    relatedServices: ['assistenz-eigener-wohnraum', 'kokobe', 'persoenliches-budget'],
    approval: { approvedBy: 'LVR-Verbund Heilpädagogischer Hilfen, Fachliche Direktion', approvedAt: '2026-06-30' },
  },
  {
    slug: 'hph-tagesstruktur',
    department: 'klinikverbund-hph',
    name: 'Tagesstruktur im HPH-Netz',
    nameEasyLanguage: 'Ein fester Ablauf für Ihren Tag',
    teaser:
      'Die Tagesstruktur im HPH-Netz bietet Menschen mit Behinderung, die nicht oder nicht mehr in einer Werkstatt arbeiten, sinnvolle Beschäftigung, Förderung und Gemeinschaft am Tag.',
    description: `Ein geregelter Tagesablauf mit festen Aufgaben, Begegnungen und einem Wechsel zwischen Wohnen und Tätigsein ist für viele Menschen wichtig. Nicht alle Menschen mit Behinderung können oder möchten in einer Werkstatt für behinderte Menschen arbeiten – etwa wegen eines sehr hohen Unterstützungsbedarfs oder weil sie nach vielen Arbeitsjahren in den Ruhestand gegangen sind.

Für sie bieten die LVR-HPH-Netze tagesstrukturierende Angebote außerhalb des Wohnbereichs an. Je nach Interessen und Fähigkeiten gehören dazu zum Beispiel kreative und handwerkliche Tätigkeiten, Hauswirtschaft, Gartenarbeit, Bewegung, Musik, Förderung der Wahrnehmung und Ausflüge. Für ältere Menschen gibt es Angebote, die den Übergang in den Ruhestand begleiten und helfen, Kontakte zu erhalten.

Die Tagesstruktur findet in der Regel an den Werktagen zu festen Zeiten statt. Sie wird als Leistung der Eingliederungshilfe vom LVR finanziert und im Gesamtplan mit Ihren übrigen Unterstützungsleistungen abgestimmt.`,
    audience:
      'Erwachsene mit einer geistigen oder mehrfachen Behinderung, die nicht in einer Werkstatt arbeiten, sowie ältere Menschen mit Behinderung nach dem Ende ihres Arbeitslebens.',
    requirements: `Die Tagesstruktur ist eine Leistung zur Sozialen Teilhabe. Der LVR prüft im Gesamtplanverfahren, ob und in welchem Umfang Sie sie benötigen.

- Sie sind volljährig und haben eine wesentliche Behinderung.
- Sie arbeiten nicht oder nicht mehr in einer Werkstatt für behinderte Menschen und erhalten keine andere Leistung zur Teilhabe am Arbeitsleben.
- Sie wünschen sich eine feste Tagesstruktur außerhalb Ihres Wohnbereichs.
- Im HPH-Netz Ihrer Region ist ein passender Platz frei.`,
    documents: [
      {
        name: 'Bescheid des LVR über Leistungen der Eingliederungshilfe',
        note: 'Oder Ihr Antrag, wenn noch kein Bescheid vorliegt.',
      },
      { name: 'Nachweis über das Ende der Werkstattbeschäftigung oder den Rentenbeginn', note: 'Falls zutreffend.' },
      { name: 'Ärztliche Unterlagen', note: 'Aktuelle Hinweise zu Gesundheit, Medikamenten und Pflege.' },
    ],
    costs:
      'Die Kosten der Tagesstruktur trägt der LVR als Träger der Eingliederungshilfe. Abhängig von Ihrem Einkommen kann ein Eigenbeitrag anfallen. Für ein gemeinsames Mittagessen kann ein Eigenanteil verlangt werden.',
    deadlines:
      'Es gibt keine Fristen. Planen Sie den Wechsel aus der Werkstatt in den Ruhestand möglichst einige Monate im Voraus.',
    processingTime:
      'Die Prüfung durch den LVR dauert meist einige Wochen. Wann Sie beginnen können, hängt davon ab, wann in der gewünschten Gruppe ein Platz frei ist.',
    procedure: `- Sie lassen sich vom HPH-Netz, einer KoKoBe oder Ihrer rechtlichen Betreuung beraten.
- Sie stellen beim LVR einen Antrag auf Leistungen zur Tagesstruktur oder lassen Ihren bestehenden Gesamtplan anpassen.
- Der LVR ermittelt gemeinsam mit Ihnen Ihren Bedarf und Ihre Wünsche.
- An Schnuppertagen lernen Sie die Gruppe und die Angebote kennen.
- Nach der Bewilligung beginnen Sie mit der Tagesstruktur. Ihr Wochenplan wird gemeinsam mit Ihnen gestaltet und regelmäßig überprüft.`,
    legalBasis: [
      {
        title: '§ 113 SGB IX (Leistungen zur Sozialen Teilhabe)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html',
      },
      {
        title: '§ 81 SGB IX (Leistungen zum Erwerb und Erhalt praktischer Kenntnisse und Fähigkeiten)',
        url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__81.html',
      },
      { title: '§ 117 SGB IX (Gesamtplanverfahren)', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__117.html' },
    ],
    forms: [],
    topics: ['freizeit-und-alltag', 'wohnen'],
    relatedServices: ['tagesstaette', 'hph-wohnen', 'kokobe'],
    approval: { approvedBy: 'LVR-Verbund Heilpädagogischer Hilfen, Fachliche Direktion', approvedAt: '2026-09-29' },
  },
]

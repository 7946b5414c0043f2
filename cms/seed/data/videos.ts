import type { VideoSeed } from '../types.ts'

/**
 * Video tutorials. The seed generates a small synthetic sample clip of
 * `durationSeconds` for each entry; captions and transcript describe the
 * intended content of the clip.
 */
export const videos: VideoSeed[] = [
  {
    slug: 'website-in-gebaerdensprache',
    department: 'soziales',
    title: 'Diese Website in Gebärdensprache',
    description:
      'Eine Gebärdensprachdolmetscherin erklärt in Deutscher Gebärdensprache, was Sie auf dieser Website finden, wie Sie sich zurechtfinden und was in der Erklärung zur Barrierefreiheit steht.',
    durationSeconds: 30,
    dgs: true,
    easyLanguage: false,
    captions: `WEBVTT

00:00:00.000 --> 00:00:02.500
Willkommen bei der Integrierten Beratung!

00:00:02.500 --> 00:00:05.500
Hier finden Sie Hilfe für Menschen
mit Behinderung und ihre Familien.

00:00:05.500 --> 00:00:08.500
Es gibt Leistungen, Ansprechpersonen,
Beratungsstellen und Erklärvideos.

00:00:08.500 --> 00:00:11.500
Oben auf jeder Seite sind
das Menü und die Suche.

00:00:11.500 --> 00:00:15.000
Bei „Wer hilft mir?“ nennen Sie Ihren Ort.
Dann sehen Sie, wer zuständig ist.

00:00:15.000 --> 00:00:18.000
Videos in Gebärdensprache erkennen Sie
am DGS-Zeichen.

00:00:18.000 --> 00:00:20.500
Viele Texte gibt es
auch in Leichter Sprache.

00:00:20.500 --> 00:00:24.000
Die Website ist teilweise barrierefrei.
Ältere PDF-Formulare haben noch Barrieren.

00:00:24.000 --> 00:00:26.500
Und nicht alle Videos gibt es
schon in Gebärdensprache.

00:00:26.500 --> 00:00:30.000
Barrieren melden Sie über die Seite
„Erklärung zur Barrierefreiheit“.
`,
    transcript: `Im Video erklärt eine Gebärden·sprach·dolmetscherin:

Willkommen bei der Integrierten Beratung!

Hier finden Sie Hilfe für Menschen mit Behinderung und ihre Familien. Es gibt Leistungen, Ansprechpersonen, Beratungsstellen und Erklärvideos.

Oben auf jeder Seite sind das Menü und die Suche. Bei „Wer hilft mir?“ nennen Sie Ihren Ort. Dann sehen Sie, wer zuständig ist.

Videos in Gebärdensprache erkennen Sie am DGS-Zeichen. Viele Texte gibt es auch in Leichter Sprache.

Die Website ist teilweise barrierefrei. Ältere PDF-Formulare haben noch Barrieren. Und nicht alle Videos gibt es schon in Gebärdensprache. Barrieren melden Sie über die Seite „Erklärung zur Barrierefreiheit“.`,
    services: [],
  },
  {
    slug: 'website-in-leichter-sprache',
    department: 'soziales',
    title: 'Diese Website in Leichter Sprache erklärt',
    description:
      'Ein kurzes Video in Leichter Sprache: Was finden Sie auf dieser Website, und wie finden Sie die richtige Hilfe?',
    durationSeconds: 30,
    dgs: false,
    easyLanguage: true,
    captions: `WEBVTT

00:00:00.000 --> 00:00:03.000
Hallo!
Das ist die Integrierte Beratung.

00:00:03.000 --> 00:00:06.000
Hier gibt es Hilfe
für Menschen mit Behinderung.

00:00:06.000 --> 00:00:09.500
Sie finden hier Beratungs·stellen.
Und Ansprech·personen in Ihrer Nähe.

00:00:09.500 --> 00:00:13.000
Oben auf jeder Seite ist die Suche.
Dort schreiben Sie ein Wort.

00:00:13.000 --> 00:00:16.500
Klicken Sie auf: Wer hilft mir?
Dann schreiben Sie Ihren Wohn·ort.

00:00:16.500 --> 00:00:19.500
Dann sehen Sie Ihre Ansprech·person.

00:00:19.500 --> 00:00:23.000
Viele Seiten gibt es in Leichter Sprache.
Und manche Videos in Gebärden·sprache.

00:00:23.000 --> 00:00:26.500
Manche Teile haben noch Barrieren.
Zum Beispiel alte Formulare.

00:00:26.500 --> 00:00:30.000
Sie brauchen Hilfe?
Dann rufen Sie uns bitte an.
`,
    transcript: `Hallo! Das ist die Integrierte Beratung. Hier gibt es Hilfe für Menschen mit Behinderung.

Sie finden hier Beratungs·stellen. Und Ansprech·personen in Ihrer Nähe.

Oben auf jeder Seite ist die Suche. Dort schreiben Sie ein Wort. Klicken Sie auf: Wer hilft mir? Dann schreiben Sie Ihren Wohn·ort.

Dann sehen Sie Ihre Ansprech·person.

Viele Seiten gibt es in Leichter Sprache. Und manche Videos in Gebärden·sprache.

Manche Teile haben noch Barrieren. Zum Beispiel alte Formulare. Sie brauchen Hilfe? Dann rufen Sie uns bitte an.`,
    services: [],
  },
  {
    slug: 'persoenliches-budget-leichte-sprache',
    department: 'soziales',
    title: 'Das Persönliche Budget in Leichter Sprache',
    description:
      'Was ist das Persönliche Budget? Das Video erklärt es in Leichter Sprache: Sie bekommen Geld und bezahlen Ihre Hilfe selbst.',
    durationSeconds: 24,
    dgs: false,
    easyLanguage: true,
    captions: `WEBVTT

00:00:00.000 --> 00:00:03.500
Sie haben eine Behinderung?
Dann gibt es vielleicht Unter·stützung.

00:00:03.500 --> 00:00:07.000
Zum Beispiel Hilfe beim Wohnen.
Oder Hilfe in der Freizeit.

00:00:07.000 --> 00:00:11.000
Beim Persönlichen Budget bekommen Sie Geld.
Mit dem Geld bezahlen Sie die Hilfe.

00:00:11.000 --> 00:00:14.500
Sie bestimmen selbst:
Wer hilft mir? Und wann?

00:00:14.500 --> 00:00:18.000
Dafür stellen Sie einen Antrag.
Wir beraten Sie dabei gern.

00:00:18.000 --> 00:00:21.000
Die Beratung ist kostenlos.

00:00:21.000 --> 00:00:24.000
Rufen Sie uns an.
Oder schreiben Sie uns.
`,
    transcript: `Sie haben eine Behinderung? Dann gibt es vielleicht Unter·stützung. Zum Beispiel Hilfe beim Wohnen. Oder Hilfe in der Freizeit.

Beim Persönlichen Budget bekommen Sie Geld. Mit dem Geld bezahlen Sie die Hilfe. Sie bestimmen selbst: Wer hilft mir? Und wann?

Dafür stellen Sie einen Antrag. Wir beraten Sie dabei gern. Die Beratung ist kostenlos. Rufen Sie uns an. Oder schreiben Sie uns.`,
    services: ['persoenliches-budget', 'beratung-106-sgb-ix'],
  },
  {
    slug: 'budget-fuer-arbeit-gebaerdensprache',
    department: 'soziales',
    title: 'Das Budget für Arbeit in Gebärdensprache',
    description:
      'Mit dem Budget für Arbeit können Menschen, die Anspruch auf einen Platz in einer Werkstatt haben, in einem Betrieb arbeiten. Das Video erklärt es in Deutscher Gebärdensprache.',
    durationSeconds: 28,
    dgs: true,
    easyLanguage: false,
    captions: `WEBVTT

00:00:00.000 --> 00:00:03.500
Sie arbeiten in einer Werkstatt
für behinderte Menschen?

00:00:03.500 --> 00:00:07.000
Oder Sie haben Anspruch darauf?
Dann gibt es das Budget für Arbeit.

00:00:07.000 --> 00:00:10.500
Damit arbeiten Sie in einem Betrieb
auf dem allgemeinen Arbeitsmarkt.

00:00:10.500 --> 00:00:14.000
Sie bekommen einen Arbeitsvertrag
und einen richtigen Lohn.

00:00:14.000 --> 00:00:17.500
Ihr Arbeitgeber bekommt dafür
einen Zuschuss zum Lohn.

00:00:17.500 --> 00:00:21.000
Am Arbeitsplatz bekommen Sie
Anleitung und Begleitung.

00:00:21.000 --> 00:00:24.500
Wenn es nicht klappt, können Sie
in die Werkstatt zurückkehren.

00:00:24.500 --> 00:00:28.000
Sprechen Sie uns an.
Wir beraten Sie gern.
`,
    transcript: `Im Video erklärt eine Gebärden·sprach·dolmetscherin:

Sie arbeiten in einer Werkstatt für behinderte Menschen? Oder Sie haben Anspruch darauf? Dann gibt es das Budget für Arbeit.

Damit arbeiten Sie in einem Betrieb auf dem allgemeinen Arbeitsmarkt.

Sie bekommen einen Arbeitsvertrag und einen richtigen Lohn. Ihr Arbeitgeber bekommt dafür einen Zuschuss zum Lohn.

Am Arbeitsplatz bekommen Sie Anleitung und Begleitung. Wenn es nicht klappt, können Sie in die Werkstatt zurückkehren.

Sprechen Sie uns an. Wir beraten Sie gern.`,
    services: ['budget-fuer-arbeit', 'beratung-106-sgb-ix'],
  },
  {
    slug: 'integrationsfachdienst-gebaerdensprache',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    title: 'Der Integrationsfachdienst in Gebärdensprache',
    description:
      'Der Integrationsfachdienst unterstützt schwerbehinderte Beschäftigte und ihre Arbeitgeber. Das Video in Deutscher Gebärdensprache stellt auch die Fachberatung für hörbehinderte Menschen vor.',
    durationSeconds: 28,
    dgs: true,
    easyLanguage: false,
    captions: `WEBVTT

00:00:00.000 --> 00:00:03.500
Der Integrationsfachdienst hilft
schwerbehinderten Menschen im Beruf.

00:00:03.500 --> 00:00:07.000
Er hilft auch bei der Suche
nach einem Arbeitsplatz.

00:00:07.000 --> 00:00:10.000
Und er berät Arbeitgeber
und Kollegen.

00:00:10.000 --> 00:00:14.000
Für gehörlose und schwerhörige Menschen
gibt es eine eigene Fachberatung.

00:00:14.000 --> 00:00:17.000
Sie berät in Gebärdensprache.

00:00:17.000 --> 00:00:21.000
Sie brauchen Hilfe am Arbeitsplatz?
Zum Beispiel eine Arbeitsassistenz?

00:00:21.000 --> 00:00:24.500
Der Integrationsfachdienst berät Sie
und hilft beim Antrag.

00:00:24.500 --> 00:00:28.000
Die Beratung ist kostenlos.
`,
    transcript: `Im Video erklärt eine Gebärden·sprach·dolmetscherin:

Der Integrationsfachdienst hilft schwerbehinderten Menschen im Beruf. Er hilft auch bei der Suche nach einem Arbeitsplatz. Und er berät Arbeitgeber und Kollegen.

Für gehörlose und schwerhörige Menschen gibt es eine eigene Fachberatung. Sie berät in Gebärdensprache.

Sie brauchen Hilfe am Arbeitsplatz? Zum Beispiel eine Arbeitsassistenz? Der Integrationsfachdienst berät Sie und hilft beim Antrag. Die Beratung ist kostenlos.`,
    services: ['integrationsfachdienst', 'arbeitsassistenz'],
  },
  {
    slug: 'interdisziplinaere-fruehfoerderung',
    department: 'kinder-jugend-familie',
    title: 'Interdisziplinäre Frühförderung: Hilfe von Anfang an',
    description:
      'Wie Frühförderstellen Kinder von der Geburt bis zur Einschulung fördern und wie Eltern dabei einbezogen werden.',
    durationSeconds: 25,
    dgs: false,
    easyLanguage: false,
    captions: `WEBVTT

00:00:00.000 --> 00:00:03.500
Ihr Kind entwickelt sich langsamer
als andere Kinder?

00:00:03.500 --> 00:00:07.000
Oder es hat eine Behinderung?
Dann kann Frühförderung helfen.

00:00:07.000 --> 00:00:10.500
Frühförderung gibt es von der Geburt
bis zur Einschulung.

00:00:10.500 --> 00:00:14.000
Fachleute aus Medizin, Therapie
und Pädagogik arbeiten zusammen.

00:00:14.000 --> 00:00:17.500
Gemeinsam mit Ihnen entsteht
ein Förder- und Behandlungsplan.

00:00:17.500 --> 00:00:21.500
Die Förderung ist in der Frühförderstelle
oder bei Ihnen zu Hause.

00:00:21.500 --> 00:00:25.000
Für Sie als Eltern ist sie kostenfrei.
`,
    transcript: `Ihr Kind entwickelt sich langsamer als andere Kinder? Oder es hat eine Behinderung? Dann kann Frühförderung helfen.

Frühförderung gibt es von der Geburt bis zur Einschulung.

Fachleute aus Medizin, Therapie und Pädagogik arbeiten zusammen. Gemeinsam mit Ihnen entsteht ein Förder- und Behandlungsplan.

Die Förderung ist in der Frühförderstelle oder bei Ihnen zu Hause. Für Sie als Eltern ist sie kostenfrei.`,
    services: ['interdisziplinaere-fruehfoerderung'],
  },
  {
    slug: 'soziale-entschaedigung',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    title: 'Soziale Entschädigung nach einer Gewalttat',
    description:
      'Welche Hilfen Menschen bekommen können, die Opfer einer Gewalttat geworden sind – von den Schnellen Hilfen bis zum Antrag.',
    durationSeconds: 29,
    dgs: false,
    easyLanguage: false,
    captions: `WEBVTT

00:00:00.000 --> 00:00:03.500
Sie sind Opfer einer Gewalttat geworden?
Dann können Sie Hilfe bekommen.

00:00:03.500 --> 00:00:07.000
Das regelt das Vierzehnte Buch
Sozialgesetzbuch, kurz SGB XIV.

00:00:07.000 --> 00:00:10.500
Schnelle Hilfe gibt es zum Beispiel
in einer Traumaambulanz.

00:00:10.500 --> 00:00:14.000
Ein Fallmanagement begleitet Sie
durch das Verfahren.

00:00:14.000 --> 00:00:18.000
Später sind weitere Leistungen möglich,
zum Beispiel Krankenbehandlung oder Geld.

00:00:18.000 --> 00:00:21.500
Auch Angehörige und Hinterbliebene
können Hilfe bekommen.

00:00:21.500 --> 00:00:25.000
Wir helfen Ihnen beim Antrag.

00:00:25.000 --> 00:00:29.000
Rufen Sie uns an.
Wir beraten Sie vertraulich.
`,
    transcript: `Sie sind Opfer einer Gewalttat geworden? Dann können Sie Hilfe bekommen. Das regelt das Vierzehnte Buch Sozialgesetzbuch, kurz SGB XIV.

Schnelle Hilfe gibt es zum Beispiel in einer Traumaambulanz. Ein Fallmanagement begleitet Sie durch das Verfahren.

Später sind weitere Leistungen möglich, zum Beispiel Krankenbehandlung oder Geld. Auch Angehörige und Hinterbliebene können Hilfe bekommen.

Wir helfen Ihnen beim Antrag. Rufen Sie uns an. Wir beraten Sie vertraulich.`,
    services: ['soziale-entschaedigung'],
  },
]

import type { GlossarySeed } from '../types.ts'

/**
 * The Wörterbuch of the demo: difficult words and abbreviations, each
 * explained in Leichte Sprache (one sentence per line). Every explanation
 * passes the Leichte-Sprache checker without errors (tests/unit/demo-easy-language.test.ts).
 */
export const glossaryTerms: GlossarySeed[] = [
  {
    term: 'LVR',
    department: 'soziales',
    explanation: [
      'LVR ist die Abkürzung für Land·schafts·verband Rheinland.',
      'Der LVR ist ein großes Amt.',
      'Der LVR hilft Menschen mit Behinderung im Rheinland.',
    ].join('\n'),
  },
  {
    term: 'SGB',
    department: 'soziales',
    explanation: [
      'SGB ist die Abkürzung für Sozial·gesetz·buch.',
      'Im Sozial·gesetz·buch stehen Gesetze.',
      'Die Gesetze sagen: Diese Hilfen gibt es für Sie.',
    ].join('\n'),
  },
  {
    term: 'Antrag',
    department: 'soziales',
    explanation: [
      'Ein Antrag ist ein Brief an ein Amt.',
      'In dem Brief schreiben Sie: Ich brauche Hilfe.',
      'Das Amt prüft dann Ihren Antrag.',
    ].join('\n'),
  },
  {
    term: 'Bescheid',
    department: 'soziales',
    explanation: [
      'Ein Bescheid ist ein Brief vom Amt.',
      'Im Brief steht die Antwort auf Ihren Antrag.',
      'Bitte heben Sie den Bescheid gut auf.',
    ].join('\n'),
  },
  {
    term: 'Widerspruch',
    department: 'soziales',
    explanation: [
      'Sie finden den Bescheid vom Amt falsch?',
      'Dann können Sie Widerspruch einlegen.',
      'Das heißt: Sie schreiben dem Amt einen Brief.',
      'In dem Brief steht: Bitte prüfen Sie den Bescheid noch einmal.',
    ].join('\n'),
  },
  {
    term: 'Persönliches Budget',
    department: 'soziales',
    explanation: [
      'Das Persönliche Budget ist Geld vom Amt.',
      'Mit dem Geld bezahlen Sie Ihre Hilfe selbst.',
      'Sie bestimmen selbst: Wer hilft Ihnen?',
    ].join('\n'),
  },
  {
    term: 'Assistenz',
    department: 'soziales',
    explanation: [
      'Assistenz ist ein Mensch an Ihrer Seite.',
      'Der Mensch hilft Ihnen im Alltag.',
      'Zum Beispiel beim Einkaufen oder beim Kochen.',
    ].join('\n'),
  },
  {
    term: 'Werkstatt',
    department: 'soziales',
    explanation: [
      'In einer Werkstatt arbeiten Menschen mit Behinderung.',
      'Sie bekommen dort Hilfe bei der Arbeit.',
      'Sie bekommen auch Geld für ihre Arbeit.',
    ].join('\n'),
  },
  {
    term: 'Früh·förderung',
    department: 'kinder-jugend-familie',
    explanation: [
      'Früh·förderung ist Hilfe für kleine Kinder.',
      'Manche Kinder haben eine Behinderung.',
      'Oder die Kinder lernen langsamer als andere Kinder.',
      'Die Früh·förderung hilft dem Kind und der Familie.',
    ].join('\n'),
  },
  {
    term: 'Schwer·behinderten·ausweis',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    explanation: [
      'Der Schwer·behinderten·ausweis ist eine Karte.',
      'Auf der Karte steht: Sie haben eine schwere Behinderung.',
      'Mit der Karte bekommen Sie Hilfen.',
    ].join('\n'),
  },
  {
    term: 'Inklusion',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    explanation: [
      'Inklusion heißt: Alle Menschen machen mit.',
      'Menschen mit Behinderung und Menschen ohne Behinderung.',
      'Zum Beispiel in der Schule und im Beruf.',
    ].join('\n'),
  },
  {
    term: 'Psychiatrie',
    department: 'klinikverbund-hph',
    explanation: [
      'Die Psychiatrie ist ein Teil von einem Kranken·haus.',
      'Dort bekommen Menschen Hilfe für die Seele.',
      'Zum Beispiel bei großer Angst oder großer Trauer.',
    ].join('\n'),
  },
]

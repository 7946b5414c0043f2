/**
 * Every text of the booking pages, in standard German and in Leichte
 * Sprache (`?sprache=leicht`, carried through the forms). The Leichte-Sprache
 * texts pass the project's checker (plugins/appointments/texts.test.ts); the
 * field errors of the endpoint are shown in the page's language.
 */

export type BookingVariant = 'standard' | 'easy'

/** The address parameter (and form field) that asks for Leichte Sprache. */
export const EASY_PARAM = 'sprache'
export const EASY_VALUE = 'leicht'

export interface BookingTexts {
  siteName: string
  skipLink: string
  homeLink: string
  /** Path of the site's start page for this variant. */
  homePath: string
  privacy: string
  accessibility: string
  back: string
  errorPrefix: string
  formTitle: string
  summaryTitle: string
  noSlots: string
  intro: string
  slot: string
  /**
   * One free slot in the select: it names its day itself, because a closed select
   * (and some screen readers) show the option without its day group.
   */
  slotOption: string
  name: string
  email: string
  emailHint: string
  phone: string
  note: string
  noteHint: string
  trap: string
  privacyText: string
  privacyLink: string
  submit: string
  bookedTitle: string
  bookedText: string
  when: string
  where: string
  cancelHeading: string
  cancelText: string
  cancelLink: string
  cancelTitle: string
  cancelButton: string
  dontCancel: string
  cancelledTitle: string
  cancelledText: string
  alreadyCancelled: string
  isCancelled: string
  noOnlineTitle: string
  noOnlineText: string
  errorTitle: string
  loadFailed: string
  notFoundTitle: string
  notFoundText: string
  cancelFailedTitle: string
  checkInput: string
  taken: string
  /** Field errors by field name. */
  fields: Record<string, string>
  /** Field names for the error summary. */
  labels: Record<string, string>
}

export const bookingTexts: Record<BookingVariant, BookingTexts> = {
  standard: {
    siteName: 'Beratungsportal',
    skipLink: 'Zum Inhalt springen',
    homeLink: 'Zur Startseite des Beratungsportals',
    homePath: '/',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    back: 'Zurück zur Website',
    errorPrefix: 'Fehler:',
    formTitle: 'Termin vereinbaren: {title}',
    summaryTitle: 'Das hat nicht geklappt',
    noSlots:
      'Zurzeit sind keine Termine frei. Bitte versuchen Sie es in einigen Tagen noch einmal oder rufen Sie uns an.',
    intro:
      'Wählen Sie einen freien Termin und sagen Sie uns, wie wir Sie erreichen. Felder mit * müssen ausgefüllt werden.',
    slot: 'Freier Termin *',
    slotOption: '{label} ({place})',
    name: 'Ihr Name *',
    email: 'E-Mail',
    emailHint: 'E-Mail oder Telefon angeben',
    phone: 'Telefon',
    note: 'Ihr Anliegen',
    noteHint: 'freiwillig, höchstens 1000 Zeichen',
    trap: 'Bitte leer lassen',
    privacyText:
      'Ihre Angaben nutzen wir nur für diesen Termin. Wir löschen sie kurz nach dem Termin. Mehr dazu in der',
    privacyLink: 'Datenschutzerklärung',
    submit: 'Termin verbindlich buchen',
    bookedTitle: 'Ihr Termin ist gebucht',
    bookedText: 'Vielen Dank! Ihr Termin ist gebucht.',
    when: 'Wann',
    where: 'Wo',
    cancelHeading: 'Termin absagen',
    cancelText:
      'Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab. Speichern Sie dazu diesen Link; er gehört nur Ihnen:',
    cancelLink: 'Termin absagen',
    cancelTitle: 'Termin absagen',
    cancelButton: 'Diesen Termin absagen',
    dontCancel: 'Nicht absagen, zurück zur Website',
    cancelledTitle: 'Termin abgesagt',
    cancelledText: 'Ihr Termin ({label}) ist abgesagt. Der Termin ist jetzt wieder frei für andere.',
    alreadyCancelled: 'Dieser Termin ({label}) ist bereits abgesagt.',
    isCancelled: 'Dieser Termin ({label}) ist abgesagt.',
    noOnlineTitle: 'Keine Online-Termine',
    noOnlineText: 'Für diese Leistung können keine Termine online gebucht werden.',
    errorTitle: 'Fehler',
    loadFailed: 'Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
    notFoundTitle: 'Termin nicht gefunden',
    notFoundText: 'Zu diesem Link gibt es keinen Termin. Bitte prüfen Sie, ob Sie den Link vollständig kopiert haben.',
    cancelFailedTitle: 'Absage nicht möglich',
    checkInput: 'Bitte prüfen Sie Ihre Angaben.',
    taken: 'Dieser Termin ist leider schon vergeben. Bitte wählen Sie einen anderen Termin.',
    fields: {},
    labels: {
      slot: 'Termin',
      name: 'Name',
      email: 'E-Mail',
      phone: 'Telefon',
      contact: 'E-Mail',
      note: 'Anliegen',
      service: 'Leistung',
      website: 'Bitte leer lassen',
    },
  },
  easy: {
    siteName: 'Beratungs·portal',
    skipLink: 'Zum Inhalt springen',
    homeLink: 'Zur Start·seite in Leichter Sprache',
    homePath: '/leichte-sprache/',
    privacy: 'Daten·schutz',
    accessibility: 'Barriere·freiheit',
    back: 'Zurück zur Internet·seite',
    errorPrefix: 'Fehler:',
    formTitle: 'Einen Termin machen: {title}',
    summaryTitle: 'Das hat nicht geklappt',
    noSlots:
      'Im Moment gibt es keine freien Termine. Bitte versuchen Sie es in ein paar Tagen noch einmal. Oder rufen Sie uns an.',
    intro:
      'Wählen Sie einen freien Termin. Und sagen Sie uns: Wie erreichen wir Sie? Felder mit Stern müssen Sie ausfüllen.',
    slot: 'Freier Termin *',
    slotOption: '{label}. Ort: {place}',
    name: 'Ihr Name *',
    email: 'E-Mail',
    emailHint: 'Schreiben Sie Ihre E-Mail oder Ihre Telefon·nummer.',
    phone: 'Telefon',
    note: 'Worum geht es?',
    noteHint: 'Das müssen Sie nicht ausfüllen.',
    trap: 'Bitte leer lassen',
    privacyText:
      'Wir brauchen Ihre Angaben nur für diesen Termin. Nach dem Termin löschen wir die Angaben. Mehr dazu steht hier:',
    privacyLink: 'Daten·schutz',
    submit: 'Termin buchen',
    bookedTitle: 'Ihr Termin ist gebucht',
    bookedText: 'Danke! Ihr Termin ist gebucht.',
    when: 'Wann',
    where: 'Wo',
    cancelHeading: 'Termin absagen',
    cancelText:
      'Sie können nicht kommen? Dann sagen Sie den Termin bitte ab. Dafür brauchen Sie diesen Link. Heben Sie den Link gut auf. Der Link ist nur für Sie:',
    cancelLink: 'Termin absagen',
    cancelTitle: 'Termin absagen',
    cancelButton: 'Diesen Termin absagen',
    dontCancel: 'Nicht absagen. Zurück zur Internet·seite',
    cancelledTitle: 'Termin abgesagt',
    cancelledText: 'Ihr Termin ist abgesagt: {label}. Jetzt können andere Menschen den Termin haben.',
    alreadyCancelled: 'Dieser Termin ist schon abgesagt: {label}.',
    isCancelled: 'Dieser Termin ist abgesagt: {label}.',
    noOnlineTitle: 'Keine Termine im Internet',
    noOnlineText: 'Für diese Hilfe können Sie keinen Termin im Internet buchen. Bitte rufen Sie uns an.',
    errorTitle: 'Fehler',
    loadFailed: 'Die Seite geht gerade nicht. Bitte versuchen Sie es später noch einmal.',
    notFoundTitle: 'Termin nicht gefunden',
    notFoundText: 'Zu diesem Link gibt es keinen Termin. Bitte prüfen Sie den Link.',
    cancelFailedTitle: 'Absagen geht nicht',
    checkInput: 'Bitte prüfen Sie Ihre Angaben.',
    taken: 'Diesen Termin hat schon ein anderer Mensch. Bitte wählen Sie einen anderen Termin.',
    fields: {
      slot: 'Bitte wählen Sie einen freien Termin.',
      name: 'Bitte schreiben Sie Ihren Namen.',
      email: 'Die E-Mail-Adresse ist nicht richtig. Ein Beispiel: name@beispiel.de.',
      phone: 'Die Telefon·nummer ist nicht richtig. Ein Beispiel: 0221 9999 123.',
      contact: 'Bitte schreiben Sie Ihre E-Mail oder Ihre Telefon·nummer. Dann können wir Sie erreichen.',
      note: 'Ihr Text ist zu lang. Bitte schreiben Sie weniger.',
      service: 'Wir kennen diese Hilfe nicht.',
    },
    labels: {
      slot: 'Termin',
      name: 'Name',
      email: 'E-Mail',
      phone: 'Telefon',
      contact: 'E-Mail',
      note: 'Worum geht es',
      service: 'Hilfe',
      website: 'Bitte leer lassen',
    },
  },
}

/** The variant a request asks for (`?sprache=leicht` or the form field). */
export function variantOf(value: unknown): BookingVariant {
  return value === EASY_VALUE ? 'easy' : 'standard'
}

/** `url` with `?sprache=leicht` (or `&…`) for the easy variant. */
export function withVariant(url: string, variant: BookingVariant): string {
  if (variant !== 'easy') return url
  return `${url}${url.includes('?') ? '&' : '?'}${EASY_PARAM}=${EASY_VALUE}`
}

export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match)

import type { DefaultTranslationsObject } from '@payloadcms/translations'

type Overrides = { [Namespace in keyof DefaultTranslationsObject]?: Partial<DefaultTranslationsObject[Namespace]> }

/**
 * The admin addresses its users formally ("Sie"), as a public authority does.
 * Payload's German translation (Payload 3.90) says "du" in many places; these
 * strings replace them through Payload's own `i18n.translations` (merged over
 * Payload's, key by key). Placeholders ({{…}}) and markup (<0>…</0>) are kept
 * as Payload's components fill them. `de.test.ts` walks the whole effective
 * German translation and fails on any informal address that is left, so a
 * Payload update that adds one is noticed.
 */
export const deOverrides = {
  authentication: {
    beginCreateFirstUser: 'Legen Sie zunächst ein erstes Benutzerkonto an.',
    checkYourEmailForPasswordReset:
      'Wenn die E-Mail-Adresse zu einem Benutzerkonto gehört, erhalten Sie in Kürze eine Anleitung zum Zurücksetzen Ihres Passworts. Bitte sehen Sie auch in Ihrem Spam-Ordner nach, falls die E-Mail nicht im Posteingang ist.',
    forgotPasswordEmailInstructions:
      'Bitte geben Sie Ihre E-Mail-Adresse an. Sie erhalten dann eine E-Mail mit einer Anleitung zum Zurücksetzen Ihres Passworts.',
    forgotPasswordUsernameInstructions:
      'Bitte geben Sie Ihren Benutzernamen ein. Die Anleitung zum Zurücksetzen Ihres Passworts wird an die E-Mail-Adresse gesendet, die zu Ihrem Benutzernamen gehört.',
    generatingNewAPIKeyWillInvalidate:
      'Wenn Sie einen neuen API-Schlüssel erzeugen, wird der bisherige <1>ungültig</1>. Möchten Sie wirklich fortfahren?',
    loggedIn: 'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    loggedInChangePassword:
      'Um Ihr Passwort zu ändern, öffnen Sie Ihr <0>Benutzerkonto</0> und ändern Sie dort Ihr Passwort.',
    loggedOutInactivity: 'Sie wurden abgemeldet, weil Sie längere Zeit nicht aktiv waren.',
    loggedOutSuccessfully: 'Sie wurden abgemeldet.',
    loginWithAnotherUser: 'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    newAccountCreated:
      'Für Sie wurde ein neues Benutzerkonto auf <a href="{{serverURL}}">{{serverURL}}</a> angelegt. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um Ihre E-Mail-Adresse zu bestätigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Sobald Sie Ihre E-Mail-Adresse bestätigt haben, können Sie sich anmelden.',
    resetYourPassword: 'Passwort zurücksetzen',
    verifyYourEmail: 'E-Mail-Adresse bestätigen',
    youAreInactive:
      'Sie waren einige Zeit nicht aktiv und werden zu Ihrer Sicherheit in Kürze abgemeldet. Möchten Sie angemeldet bleiben?',
    youAreReceivingResetPassword:
      'Sie erhalten diese Nachricht, weil Sie (oder jemand anderes) das Zurücksetzen des Passworts für Ihr Benutzerkonto angefordert haben. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um fortzufahren:',
    youDidNotRequestPassword:
      'Falls Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren. Ihr Passwort bleibt dann unverändert.',
  },
  dashboard: {
    discardMessage:
      'Sie haben Änderungen an der Anordnung Ihres Dashboards nicht gespeichert. Möchten Sie diese wirklich verwerfen?',
    noItems: 'Auf Ihrem Dashboard sind keine Widgets. Sie können welche über das Menü „Dashboard“ oben hinzufügen.',
    searchWidgets: 'Widgets suchen …',
  },
  error: {
    deletingTitle:
      'Beim Löschen von {{title}} ist ein Problem aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    documentNotFound:
      'Das Dokument mit der ID {{id}} wurde nicht gefunden. Es wurde vielleicht gelöscht, hat nie existiert, oder Sie haben keinen Zugriff darauf.',
    insufficientClipboardPermissions:
      'Kein Zugriff auf die Zwischenablage. Bitte erlauben Sie dem Browser den Zugriff auf die Zwischenablage.',
    notAllowedToAccessPage: 'Sie haben keine Berechtigung, diese Seite aufzurufen.',
    notAllowedToPerformAction: 'Sie haben keine Berechtigung, diese Aktion auszuführen.',
    restoringTitle:
      'Beim Wiederherstellen von {{title}} ist ein Fehler aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    // The heading of Payload's "unauthorized" page, which a signed-in user sees on a page their role may not open
    // (e.g. "create" without the right to create); whoever is not signed in is sent to the login instead. Also the
    // message of a 401 from the preferences and jobs endpoints. Payload's German says "du musst angemeldet sein".
    unauthorized: 'Keine Berechtigung',
    unverifiedEmail: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.',
  },
  fields: {
    chooseBetweenCustomTextOrDocument:
      'Wählen Sie, ob Sie eine eigene Adresse eingeben oder auf ein anderes Dokument verlinken möchten.',
    chooseDocumentToLink: 'Wählen Sie das Dokument, auf das Sie verlinken möchten.',
  },
  folder: {
    folderTypeDescription: 'Wählen Sie, welche Arten von Dokumenten in diesem Ordner liegen dürfen.',
    moveItemsToFolderConfirmation:
      'Sie sind dabei, <1>{{count}} {{label}}</1> nach <2>{{toFolder}}</2> zu verschieben. Sind Sie sicher?',
    moveItemsToRootConfirmation:
      'Sie sind dabei, <1>{{count}} {{label}}</1> in den Hauptordner zu verschieben. Sind Sie sicher?',
    moveItemToFolderConfirmation:
      'Sie sind dabei, <1>{{title}}</1> nach <2>{{toFolder}}</2> zu verschieben. Sind Sie sicher?',
    moveItemToRootConfirmation: 'Sie sind dabei, <1>{{title}}</1> in den Hauptordner zu verschieben. Sind Sie sicher?',
  },
  general: {
    aboutToDelete: 'Sie sind dabei, {{label}} <1>{{title}}</1> zu löschen. Sind Sie sicher?',
    aboutToDeleteCount_many: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToDeleteCount_one: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToDeleteCount_other: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToPermanentlyDelete: 'Sie sind dabei, {{label}} <1>{{title}}</1> endgültig zu löschen. Sind Sie sicher?',
    aboutToPermanentlyDeleteTrash:
      'Sie sind dabei, <0>{{count}}</0> <1>{{label}}</1> endgültig aus dem Papierkorb zu löschen. Sind Sie sicher?',
    aboutToRestore: 'Sie sind dabei, {{label}} <1>{{title}}</1> wiederherzustellen. Sind Sie sicher?',
    aboutToRestoreAsDraft:
      'Sie sind dabei, {{label}} <1>{{title}}</1> als Entwurf wiederherzustellen. Sind Sie sicher?',
    aboutToRestoreAsDraftCount: 'Sie sind dabei, {{count}} {{label}} als Entwurf wiederherzustellen.',
    aboutToRestoreCount: 'Sie sind dabei, {{count}} {{label}} wiederherzustellen.',
    aboutToTrash: 'Sie sind dabei, {{label}} <1>{{title}}</1> in den Papierkorb zu verschieben. Sind Sie sicher?',
    aboutToTrashCount: 'Sie sind dabei, {{count}} {{label}} in den Papierkorb zu verschieben.',
    changesNotSaved:
      'Ihre Änderungen wurden nicht gespeichert. Wenn Sie diese Seite verlassen, gehen Ihre Änderungen verloren.',
    copyWarning: 'Sie sind dabei, {{to}} mit {{from}} für {{label}} {{title}} zu überschreiben. Sind Sie sicher?',
    creating: 'Wird angelegt',
    creatingNewLabel: '{{label}} wird angelegt',
    currentlyEditing:
      'bearbeitet dieses Dokument gerade. Wenn Sie die Bearbeitung übernehmen, kann diese Person nicht weiterarbeiten, und ihre nicht gespeicherten Änderungen können verloren gehen.',
    documentOutOfDate:
      'Dieses Dokument wurde inzwischen von einer anderen Person geändert. Ihre Ansicht ist nicht mehr aktuell.',
    enterAValue: 'Bitte geben Sie einen Wert ein',
    moveConfirm: 'Sie sind dabei, {{count}} {{label}} nach <1>{{destination}}</1> zu verschieben. Sind Sie sicher?',
    // An empty text or relationship in a list cell: Payload's "<Kein {{label}}>" fits no plural or feminine label
    // ("<Kein Dezernate>", "<Kein Übergeordnete Lebenslage>"), so the label is left out.
    noLabel: 'Keine Angabe',
    // Under "Keine Ergebnisse gefunden." in an empty list (Payload's German misses its subject).
    noResultsDescription: 'Entweder gibt es noch keine Einträge, oder keiner entspricht den oben angegebenen Filtern.',
    // {{label}} is the plural ("Kein Leistungen" before).
    noTrashResults: 'Keine {{label}} im Papierkorb.',
    // The heading of the preferences (language, theme) on the account page; not Payload's name.
    payloadSettings: 'Einstellungen',
    // Checkboxes in list cells (cms/components/admin/YesNoCell.tsx), the list filter's choices and the group-by
    // headings: "Ja"/"Nein", not "Wahr"/"Falsch".
    true: 'Ja',
    false: 'Nein',
    sorryNotFound: 'Leider wurde nichts gefunden, das zu Ihrer Anfrage passt.',
    unsavedChanges:
      'Sie haben ungespeicherte Änderungen. Bitte speichern oder verwerfen Sie diese, bevor Sie fortfahren.',
    unsavedChangesDuplicate: 'Sie haben ungespeicherte Änderungen. Möchten Sie trotzdem duplizieren?',
  },
  upload: {
    cropToolDescription:
      'Ziehen Sie an den Ecken des Bereichs, zeichnen Sie einen neuen Bereich oder passen Sie die Werte unten an.',
    focalPointDescription: 'Setzen Sie den Fokuspunkt direkt in der Vorschau oder passen Sie die Werte unten an.',
  },
  validation: {
    // Payload says only 'Pflichtfeld'; a field error says what to do.
    required: 'Bitte füllen Sie dieses Pflichtfeld aus.',
    emailAddress: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
    enterNumber: 'Bitte geben Sie eine gültige Zahl an.',
    username:
      'Bitte geben Sie einen gültigen Benutzernamen ein. Er darf Buchstaben, Ziffern, Bindestriche, Punkte und Unterstriche enthalten.',
  },
  version: {
    aboutToPublishSelection: 'Sie sind dabei, alle ausgewählten {{label}} zu veröffentlichen. Sind Sie sicher?',
    aboutToRestore: 'Sie sind dabei, {{label}} auf den Stand vom {{versionDate}} zurückzusetzen.',
    aboutToRestoreGlobal: 'Sie sind dabei, {{label}} auf den Stand vom {{versionDate}} zurückzusetzen.',
    aboutToRevertToPublished:
      'Sie sind dabei, die Änderungen an diesem Dokument zu verwerfen und zur veröffentlichten Fassung zurückzukehren. Sind Sie sicher?',
    aboutToUnpublish: 'Sie sind dabei, die Veröffentlichung dieses Dokuments aufzuheben. Sind Sie sicher?',
    aboutToUnpublishIn:
      'Sie sind dabei, die Veröffentlichung dieses Dokuments in {{locale}} aufzuheben. Sind Sie sicher?',
    aboutToUnpublishSelection:
      'Sie sind dabei, die Veröffentlichung aller ausgewählten {{label}} aufzuheben. Sind Sie sicher?',
    // {{label}} is the plural of an array's rows in the version comparison ("Kein Zeilen gefunden" before).
    noRowsFound: 'Keine {{label}} gefunden',
    noRowsSelected: 'Keine {{label}} ausgewählt',
  },
} satisfies Overrides

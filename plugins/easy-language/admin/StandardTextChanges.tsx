import type { PayloadRequest, UIFieldServerProps } from 'payload'
import React from 'react'
import type { EasyLanguageText } from '../../../cms/payload-types.ts'
import type { StandardTextCollection, StandardTextPart } from '../standardText.ts'
import { standardTextChangesSinceReview, type DiffPiece } from '../standardTextChanges.ts'

const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' })

function Piece({ piece }: { piece: DiffPiece }) {
  if (piece.kind === 'same') return <>{piece.text}</>
  // Struck through / underlined and announced in words: not by colour alone.
  return piece.kind === 'removed' ? (
    <del className="lotse-standard-text-changes__removed">
      <span className="lotse-standard-text-changes__sr">[entfernt: </span>
      {piece.text}
      <span className="lotse-standard-text-changes__sr">]</span>
    </del>
  ) : (
    <ins className="lotse-standard-text-changes__added">
      <span className="lotse-standard-text-changes__sr">[neu: </span>
      {piece.text}
      <span className="lotse-standard-text-changes__sr">]</span>
    </ins>
  )
}

/**
 * In the edit view of a Leichte-Sprache text (for reviewers and editors):
 * what changed in the linked service's standard text since the text's last
 * review, as a word diff per field (removed words struck through, new words
 * underlined). Nothing is shown without a review or when nothing changed.
 */
export async function StandardTextChanges(
  props: UIFieldServerProps & { collection: StandardTextCollection; parts: readonly StandardTextPart[] },
) {
  const { data, req, collection, parts } = props
  const changes = await standardTextChangesSinceReview(
    req as PayloadRequest,
    collection,
    parts,
    (data ?? {}) as Pick<EasyLanguageText, 'service' | 'review'>,
  )
  if (changes.state === 'none' || changes.state === 'unchanged') return null
  const reviewed = date.format(new Date(changes.reviewedAt))
  return (
    <section className="lotse-standard-text-changes" aria-labelledby="lotse-standard-text-changes-heading">
      <h3 id="lotse-standard-text-changes-heading">Änderungen am Standardtext seit der Prüfung am {reviewed}</h3>
      {changes.state === 'unknown' ? (
        <p>
          Der Standardtext wurde seit der Prüfung geändert. Wie er bei der Prüfung lautete, ist nicht mehr gespeichert;
          bitte vergleichen Sie den Text mit dem aktuellen Standardtext der Leistung.
        </p>
      ) : (
        <>
          <p>
            Entfernte Wörter sind durchgestrichen, neue Wörter unterstrichen. Bitte prüfen Sie, ob der Text in Leichter
            Sprache angepasst werden muss.
          </p>
          {changes.parts.map((part) => (
            <div key={part.name} className="lotse-standard-text-changes__part">
              <h4>{part.label}</h4>
              <p className="lotse-standard-text-changes__diff">
                {part.pieces.map((piece, i) => (
                  <Piece key={i} piece={piece} />
                ))}
              </p>
            </div>
          ))}
        </>
      )}
    </section>
  )
}

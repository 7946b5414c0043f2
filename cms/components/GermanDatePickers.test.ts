import { describe, expect, it } from 'vitest'
import { germanPickerProps } from './GermanDatePickers.tsx'

describe('germanPickerProps', () => {
  it("replaces Payload's US fallback of the schedule drawer by the German format", () => {
    const onChange = () => {}
    const props = { dateFormat: 'MMM d, yyy h:mm a', timeFormat: 'h:mm aa', onChange }
    expect(germanPickerProps(props)).toEqual({
      dateFormat: 'dd.MM.yyyy HH:mm',
      timeFormat: 'HH:mm',
      timeCaption: 'Uhrzeit',
      onChange,
    })
    expect(germanPickerProps({ dateFormat: 'MM/dd/yyyy' }).dateFormat).toBe('dd.MM.yyyy')
  })

  it('passes a configured picker through unchanged (the same object)', () => {
    const props = { dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm' }
    expect(germanPickerProps(props)).toBe(props)
  })
})

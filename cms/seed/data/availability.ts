import type { DepartmentSlug } from '../types.ts'

type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export interface AvailabilitySeed {
  title: string
  department: DepartmentSlug
  /** Location slug; the location is marked bookable. */
  location: string
  /** Service slugs; the services are marked bookable. */
  services: string[]
  weekly: { day: Day; from: string; to: string; slotMinutes: number }[]
  weeksAhead: number
}

/** Demo appointment hours, so `npm start` shows the booking flow. */
export const availabilities: AvailabilitySeed[] = [
  {
    title: 'Beratung zum Persönlichen Budget und nach § 106 SGB IX',
    department: 'soziales',
    location: 'lvr-beratungszentrum-koeln-deutz',
    services: ['persoenliches-budget', 'beratung-106-sgb-ix'],
    weekly: [
      { day: 'mon', from: '09:00', to: '12:00', slotMinutes: 45 },
      { day: 'tue', from: '09:00', to: '12:00', slotMinutes: 45 },
      { day: 'wed', from: '13:00', to: '16:00', slotMinutes: 45 },
      { day: 'thu', from: '14:00', to: '18:00', slotMinutes: 45 },
      { day: 'fri', from: '09:00', to: '12:00', slotMinutes: 45 },
    ],
    weeksAhead: 3,
  },
  {
    title: 'Sprechstunde Integrationsfachdienst und Arbeitsassistenz',
    department: 'schulen-inklusionsamt-soziale-entschaedigung',
    location: 'inklusionsamt-servicestelle-aachen',
    services: ['integrationsfachdienst', 'arbeitsassistenz'],
    weekly: [
      { day: 'tue', from: '10:00', to: '15:00', slotMinutes: 60 },
      { day: 'thu', from: '10:00', to: '15:00', slotMinutes: 60 },
    ],
    weeksAhead: 4,
  },
]

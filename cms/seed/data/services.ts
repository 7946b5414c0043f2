import type { ServiceSeed } from '../types.ts'
import { servicesInklusionsamt } from './services-inklusionsamt.ts'
import { servicesJugend } from './services-jugend.ts'
import { servicesKlinikverbund } from './services-klinikverbund.ts'
import { servicesSoziales } from './services-soziales.ts'

export const services: ServiceSeed[] = [
  ...servicesSoziales,
  ...servicesJugend,
  ...servicesInklusionsamt,
  ...servicesKlinikverbund,
]

/** Where the admin view of stale Leichte-Sprache texts lives (below the admin route), and its title. */
export const staleTextsPath = '/leichte-sprache/veraltet'
export const staleTextsTitle = 'Veraltete Texte in Leichter Sprache'

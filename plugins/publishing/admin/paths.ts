/** Where the admin view of the publish pipeline's releases lives (below the admin route), and its title. */
export const releasesPath = '/veroeffentlichungen'
export const releasesTitle = 'Veröffentlichungen'

/// <reference types="astro/client" />

// `tsc` cannot read .astro files; tests that import a component (through
// Astro's container API) see it as a component factory.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory
  export default Component
}

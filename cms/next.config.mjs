import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin is the only Next.js app; the public site is static (Astro).
  poweredByHeader: false,
  reactStrictMode: true,
  // The publish pipeline runs in the server process: Pagefind loads its own binary, pa11y and
  // puppeteer drive the system's Chromium.
  // Payload and its server packages are loaded by Node.js, not bundled: bundled, the admin pages and
  // the API routes each got a copy of Payload, and whichever started Payload first owned the instance,
  // so `instanceof ValidationError` failed in the other copy and a save answered 400 without the field
  // errors (no field turned red; payloadcms/payload#6960, #17298). Payload's own development setup
  // externalizes the same list.
  serverExternalPackages: [
    'pagefind',
    'pa11y',
    'puppeteer',
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
  ],
  // `npm run dev` and the dev-mode browser tests open the admin at 127.0.0.1:
  // without this, Next 16 refuses its dev resources (/_next/*, HMR) from there.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // Security headers of the API (these take precedence over a route's own, so the booking pages,
  // which are HTML, are left out and set theirs). The admin's pages get theirs, with a nonce,
  // from proxy.ts; the values are those of lib/httpPolicy.ts (this file cannot import TypeScript).
  async headers() {
    const common = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
    ]
    return [
      {
        // Not the booking routes: their pages (also the answers to a form posted without JavaScript, with its
        // errors, and the cancellation's) are HTML and send their own headers (plugins/appointments/endpoints.ts);
        // two policies would both apply, and this one forbids their styles and forms.
        source: '/api/:path((?!bookings(?:/(?:termin|bestaetigung|absagen|cancel))?/?$).*)',
        headers: [
          ...common,
          {
            key: 'Content-Security-Policy',
            value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
          },
        ],
      },
      { source: '/_next/:path*', headers: common },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

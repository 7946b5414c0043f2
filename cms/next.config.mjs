import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin is the only Next.js app; the public site is static (Astro).
  poweredByHeader: false,
  reactStrictMode: true,
  // The publish pipeline runs in the server process: Pagefind loads its own binary,
  // pa11y and puppeteer drive the system's Chromium.
  serverExternalPackages: ['pagefind', 'pa11y', 'puppeteer'],
  // `npm run dev` and the dev-mode browser tests open the admin at 127.0.0.1:
  // without this, Next 16 refuses its dev resources (/_next/*, HMR) from there.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

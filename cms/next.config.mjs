import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin is the only Next.js app; the public site is static (Astro).
  poweredByHeader: false,
  reactStrictMode: true,
  // The publish pipeline runs in the server process; Pagefind loads its own binary.
  serverExternalPackages: ['pagefind'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The example lives inside the maqal repository; build it as a project of its own.
  outputFileTracingRoot: import.meta.dirname,
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or socket-holding server packages stay outside the bundle.
  serverExternalPackages: ["bullmq", "ioredis", "pino", "zstd-napi", "@huggingface/transformers", "onnxruntime-node"],
  poweredByHeader: false,
  // Types are checked by `npm run typecheck`, a step of `npm test`, not a second time inside every build.
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/forbidden.tsx with HTTP 403 for pages of another role.
  experimental: { authInterrupts: true },
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or socket-holding server packages stay outside the bundle.
  serverExternalPackages: ["bullmq", "ioredis", "pino", "zstd-napi", "@huggingface/transformers", "onnxruntime-node"],
  poweredByHeader: false,
};

export default nextConfig;

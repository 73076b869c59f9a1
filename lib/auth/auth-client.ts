import { createAuthClient } from "better-auth/react";

// Browser-side better-auth client; same origin as the app, so no base URL.
export const authClient = createAuthClient();

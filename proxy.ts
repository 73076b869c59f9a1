import { NextResponse, type NextRequest } from "next/server";
import { refuseUndecodablePath } from "@/lib/api/refuse-unstorable-input";

// Pages: layouts cannot see the URL. Passing the path along lets the app layout send a signed-out visitor to sign-in
// with `next` pointing back at the page they asked for.
// API: only paths with a "%" come here (see the matcher), so the hot API paths pay nothing: an undecodable escape
// (%ZZ) is a 404 (JSON, as every API error) instead of the bare 500 Next.js gives when it cannot decode a [segment].
export function proxy(request: NextRequest) {
  const refused = refuseUndecodablePath(new URL(request.url).pathname); // pages too: /searches/%ZZ
  if (refused) return refused;
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next|favicon.ico).*)", "/api/:path(.*%.*)"] };

import { NextResponse, type NextRequest } from "next/server";

// Layouts cannot see the URL. Passing the path along lets the app layout send a signed-out visitor to sign-in with
// `next` pointing back at the page they asked for.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next|favicon.ico).*)"] };

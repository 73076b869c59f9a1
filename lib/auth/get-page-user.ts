import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getSessionUser, type SessionUser } from "@/lib/auth/get-session-user";

/** The signed-in user of the page being rendered, read once per request however many places ask (the page, its
 * metadata, the role check). */
export const getPageUser = cache(async (): Promise<SessionUser | null> => getSessionUser(await headers()));

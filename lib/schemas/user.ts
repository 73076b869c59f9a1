import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const roleSchema = z.enum(ROLES);

export const createUserBodySchema = z.object({
  email: z.email("Enter a valid email address.").trim().toLowerCase(),
  name: z.string().trim().min(1, "Enter a name.").max(100),
  password: z.string().min(8, "Use at least 8 characters.").max(128),
  role: roleSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, "Send a role or disabled.");
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export type UserSummary = {
  id: string;
  email: string;
  name: string;
  role: z.infer<typeof roleSchema>;
  disabled: boolean;
  createdAt: string;
};

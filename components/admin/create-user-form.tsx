"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { ROLE_LABEL, ROLES, type Role } from "@/lib/auth/roles";
import { ApiError } from "@/lib/queries/fetch-json";
import { useCreateUser } from "@/lib/queries/users";

const EMPTY = { name: "", email: "", password: "", role: "annotator" as Role };

export function CreateUserForm() {
  const [form, setForm] = useState(EMPTY);
  const create = useCreateUser();
  const fields = create.error instanceof ApiError ? create.error.fields : undefined;
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(form, { onSuccess: () => setForm(EMPTY) });
  }

  return (
    <Card className="h-fit p-5">
      <form onSubmit={submit} className="space-y-4" aria-label="Create user">
        <h2 className="text-sm font-semibold">New user</h2>
        <TextField label="Name" value={form.name} onChange={set("name")} required error={fields?.name?.[0]} />
        <TextField label="Email" type="email" value={form.email} onChange={set("email")} required error={fields?.email?.[0]} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set("password")}
          required
          minLength={8}
          error={fields?.password?.[0]}
        />
        <div>
          <label htmlFor="new-user-role" className="block text-sm font-medium text-slate-700">
            Role
          </label>
          <select
            id="new-user-role"
            value={form.role}
            onChange={(event) => set("role")(event.target.value)}
            className="mt-1 block w-full rounded-md border-0 py-2 pl-3 text-sm ring-1 ring-inset ring-slate-300"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
          </select>
        </div>
        {create.isError && !fields && (
          <p role="alert" className="text-sm text-rose-700">
            {create.error.message}
          </p>
        )}
        {create.isSuccess && <p className="text-sm text-emerald-700">User created.</p>}
        <Button type="submit" className="w-full" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create user"}
        </Button>
      </form>
    </Card>
  );
}

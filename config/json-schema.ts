import { z } from "zod";
import { EnvironmentSchema } from "./schema";

/** JSON Schema of an environment file as users write it (defaults optional), for editor completion. */
export function environmentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(EnvironmentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, $id: "harbor-on-aws/environment.schema.json", title: "Harbor on AWS: environment configuration" };
}

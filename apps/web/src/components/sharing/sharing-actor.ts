// Moved to src/server/sharing-actor.ts (server-only). Kept only for app/admin/licences/actions.ts, which the #18 work
// rewrites; the integrator points that import at "@/server/sharing-actor.ts" and deletes this file.
export { sharingActorOf, sharingNotifyOptions } from "@/server/sharing-actor.ts";

import type { CheckEligibilityOptions, EligibilityResult } from "../types.ts";
import { decideEligibility } from "./decide-eligibility.ts";
import { prepareEligibility } from "./prepare-eligibility.ts";

/**
 * May this user use the connector, create one more custom connector, and share one? Each answer
 * names the rule and plan that decided it, and the plan on sale that would change a refusal.
 * The most permissive valid plan wins; expired assignments are ignored and listed.
 */
export function checkEligibility(options: CheckEligibilityOptions): EligibilityResult {
  const prepared = prepareEligibility(options);
  return decideEligibility(prepared, options.user, options.ownedConnectorCount, options.now.getTime());
}

import { getJson } from './http.js';

// The same lookup, with a deadline: a slow policy service fails the tool call after 10 s
// and the agent can answer without it.
export async function lookupPolicy(policyId: string): Promise<unknown> {
  const response = await fetch(`https://policies.internal.example/v1/policies/${policyId}`, {
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

// The helper sets its own deadline, so this lookup is bounded too.
export async function lookupCustomer(customerId: string): Promise<unknown> {
  return getJson(`https://crm.internal.example/v1/customers/${customerId}`);
}

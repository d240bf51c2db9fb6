import { getJson } from './http.js';

// Looks a policy up for the agent. The bare fetch has no deadline: if the policy
// service stops answering, the tool call (and the chat around it) waits forever.
export async function lookupPolicy(policyId: string): Promise<unknown> {
  const response = await fetch(`https://policies.internal.example/v1/policies/${policyId}`);
  return response.json();
}

// Looks a customer up through the shared helper, which gets no options here: the request
// inside it has no deadline either, two files away from the agent.
export async function lookupCustomer(customerId: string): Promise<unknown> {
  return getJson(`https://crm.internal.example/v1/customers/${customerId}`);
}

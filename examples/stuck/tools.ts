// Looks a policy up for the agent. The bare fetch has no deadline: if the policy
// service stops answering, the tool call (and the chat around it) waits forever.
export async function lookupPolicy(policyId: string): Promise<unknown> {
  const response = await fetch(`https://policies.internal.example/v1/policies/${policyId}`);
  return response.json();
}

// A small JSON helper shared by the tools. It passes the caller's options on to fetch, so a
// caller that passes none gets a request with no deadline.
export async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  return response.json();
}

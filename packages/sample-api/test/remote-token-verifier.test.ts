import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRemoteTokenVerifier, LOCAL_AUDIENCE, LOCAL_ISSUER } from "../src/index.ts";
import { fetchClientCredentialsToken, startTestApi, type TTestApi } from "./support/start-api.ts";

// One sample server plays the OpenID provider (it publishes a JWKS); the other trusts only that provider.
describe("token verification against another issuer's JWKS", () => {
  let provider: TTestApi;
  let api: TTestApi;
  beforeAll(async () => {
    provider = await startTestApi();
    api = await startTestApi({
      verifyAccessToken: createRemoteTokenVerifier({ jwksUrl: `${provider.url}/oauth2/jwks.json`, issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE }),
    });
  });
  afterAll(async () => {
    await api.close();
    await provider.close();
  });

  it("accepts the provider's tokens and refuses tokens it signed itself", async () => {
    const fromProvider = await fetchClientCredentialsToken(provider.url);
    const accepted = await fetch(`${api.url}/oauth2/v1/orders`, { headers: { authorization: `Bearer ${fromProvider}` } });
    expect(accepted.status).toBe(200);
    const ownToken = await fetchClientCredentialsToken(api.url);
    const refused = await fetch(`${api.url}/oauth2/v1/orders`, { headers: { authorization: `Bearer ${ownToken}` } });
    expect(refused.status).toBe(401);
  });
});

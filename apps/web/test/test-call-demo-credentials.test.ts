import { DEMO_API_KEY, DEMO_BASIC_USER, DEMO_OAUTH_CLIENTS, demoConnectionValues } from "@connector-hub/sample-api";
import { expect, it } from "vitest";
import { SAMPLE_DEMO_CREDENTIALS, SAMPLE_TEST_CONNECTION } from "../src/components/samples/demo-credentials.ts";

it("shows on the Samples page the credentials the sample API really accepts", () => {
  const secretOf = (id: string) => DEMO_OAUTH_CLIENTS.find((c) => c.clientId === id)?.clientSecret;
  expect(SAMPLE_DEMO_CREDENTIALS.API_KEY.map((c) => c.value)).toEqual([DEMO_API_KEY]);
  expect(SAMPLE_DEMO_CREDENTIALS.BASIC.map((c) => c.value)).toEqual([DEMO_BASIC_USER.username, DEMO_BASIC_USER.password]);
  expect(SAMPLE_DEMO_CREDENTIALS.OAUTH2.map((c) => c.value)).toEqual([
    "sample-service",
    secretOf("sample-service"),
    "sample-connector",
    secretOf("sample-connector"),
  ]);
});

it("fills in the Test tab of each sample with the values the sample API accepts", () => {
  for (const authType of ["API_KEY", "BASIC", "OAUTH2"]) expect(SAMPLE_TEST_CONNECTION[authType]).toEqual(demoConnectionValues(authType));
});

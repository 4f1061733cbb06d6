import type { TPublisherKind } from "./certify-types.ts";

/** What a reviewer will ask that the hub cannot check (reference/certification.md sections 5-7), with the source. */
export function reviewerChecklist(kind: TPublisherKind, isOAuth: boolean): string[] {
  const common = [
    "The connector is not already on the platform (search the connector reference first).",
    "Every operation was called at least 10 times with no error in the test pane (Learn, checklist before submitting).",
    "A test account without multi-factor sign-in, for Microsoft's functional verification (Learn submit-for-certification).",
    "A support contact that answers: info.contact's name, url and email reach your support team (#1095).",
    "Strings are in English, without typos or Power Platform product names (#2301).",
    "The pull request targets the dev branch and holds this one connector only (#1122); sign the CLA when the bot asks (#3640).",
  ];
  const oauth = isOAuth
    ? [
        "The OAuth app allows https://global.consent.azure-apim.net/redirect and https://global-test.consent.azure-apim.net/redirect (Learn certification-submission 3e).",
        ...(kind === "independent"
          ? ["The readme says step by step how to create the OAuth app: Microsoft creates its own from it (Repo README)."]
          : ["The real OAuth client id and secret are given in the certification portal, not in the repository (#611)."]),
      ]
    : [];
  const perKind =
    kind === "certified"
      ? [
          "intro.md for the certification portal (description of at most eight sentences, Prerequisites, How to get credentials, Get started, Known issues, Common errors, FAQ; no list of actions) (Learn submit-for-certification).",
          "The icon is distinct from every other certified connector's icon (Learn, design an icon).",
          "After merge: submit the merged commit in Partner Center with the test credentials (Learn certification-workflow).",
        ]
      : [
          'The pull request is titled "<Connector Name> (Independent Publisher)", opened first as a proposal with the readme (Learn certification-submission-ip).',
          "Screenshots of three different operations succeeding in flows, and of the Test operations page (PR template).",
          "OneVet identity verification and a connector package zip when the certification team asks (since 2025: #3290, #4028).",
        ];
  return [...common, ...oauth, ...perKind];
}

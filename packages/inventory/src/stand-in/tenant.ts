/** The stand-in's tenant, kept compact so a synthetic tenant of 200,000 flows fits; responses are rendered per request. */
export interface StandInEnvironment {
  name: string;
  displayName: string;
  sku: "Production" | "Sandbox" | "Developer" | "Default" | "Trial";
  isDefault: boolean;
  modifiedAt: string;
  /**
   * Its Dataverse: "ready" (the default), "none" (no Dataverse, so no instanceUrl), "forbidden" (403 to the sync's app)
   * or "failing" (503 to every request).
   */
  dataverse?: "ready" | "none" | "forbidden" | "failing";
}

export interface StandInPerson {
  id: string;
  displayName: string;
  email: string;
}

export interface StandInConnector {
  env: string;
  /** e.g. shared_contoso-orders-5f0629412a7d1fe83e */
  name: string;
  displayName: string;
  modifiedAt: string;
  createdBy: StandInPerson;
  definition: Record<string, unknown>;
}

export interface StandInApp {
  env: string;
  name: string;
  displayName: string;
  owner: StandInPerson;
  modifiedAt: string;
  /** Connector names the app holds connection references to. */
  connectors: string[];
}

export interface StandInCall {
  connector: string;
  operationId: string;
  actionName: string;
  isTrigger?: boolean;
  /** Placed inside a Scope / If (else) / Foreach, to exercise the recursive walk. */
  nestIn?: "Scope" | "If" | "Foreach" | "Switch";
}

export interface StandInFlow {
  env: string;
  name: string;
  displayName: string;
  state: "Started" | "Stopped" | "Suspended";
  creatorOid: string;
  modifiedAt: string;
  calls: StandInCall[];
  /** One older ApiConnection action whose operation only the definitionSummary names. */
  legacyCall?: { connector: string; operationId: string };
}

/** A Copilot Studio agent (Dataverse `bot`) whose components reach connectors through connection references. */
export interface StandInAgent {
  env: string;
  /** botid (a GUID). */
  id: string;
  name: string;
  owner: StandInPerson;
  modifiedAt: string;
  /** statecode: 0 active, 1 inactive. */
  statecode: 0 | 1;
  /** Connector names its tools use: one component and one connection reference each (shared across agents). */
  tools: string[];
}

export class StandInTenant {
  environments: StandInEnvironment[] = [];
  private byEnv = new Map<string, { connectors: StandInConnector[]; apps: StandInApp[]; flows: StandInFlow[]; agents: StandInAgent[] }>();
  private flowIndex = new Map<string, StandInFlow>();

  constructor(readonly tenantId: string) {}

  private bucket(env: string) {
    let b = this.byEnv.get(env);
    if (!b) this.byEnv.set(env, (b = { connectors: [], apps: [], flows: [], agents: [] }));
    return b;
  }

  addEnvironment(e: StandInEnvironment) {
    this.environments.push(e);
    this.bucket(e.name);
  }
  addConnector(c: StandInConnector) {
    this.bucket(c.env).connectors.push(c);
  }
  addApp(a: StandInApp) {
    this.bucket(a.env).apps.push(a);
  }
  addFlow(f: StandInFlow) {
    this.bucket(f.env).flows.push(f);
    this.flowIndex.set(`${f.env}/${f.name}`, f);
  }
  addAgent(a: StandInAgent) {
    this.bucket(a.env).agents.push(a);
  }
  agents(env: string) {
    return this.byEnv.get(env)?.agents ?? [];
  }
  deleteAgent(env: string, id: string) {
    const b = this.bucket(env);
    b.agents = b.agents.filter((a) => a.id !== id);
  }
  connectors(env: string) {
    return this.byEnv.get(env)?.connectors ?? [];
  }
  apps(env: string) {
    return this.byEnv.get(env)?.apps ?? [];
  }
  flows(env: string) {
    return this.byEnv.get(env)?.flows ?? [];
  }
  findFlow(env: string, name: string) {
    return this.flowIndex.get(`${env}/${name}`);
  }
  findConnector(env: string, name: string) {
    return this.connectors(env).find((c) => c.name === name);
  }
  deleteConnector(env: string, name: string) {
    const b = this.bucket(env);
    b.connectors = b.connectors.filter((c) => c.name !== name);
  }
  deleteFlow(env: string, name: string) {
    const b = this.bucket(env);
    b.flows = b.flows.filter((f) => f.name !== name);
    this.flowIndex.delete(`${env}/${name}`);
  }
  deleteEnvironment(env: string) {
    this.environments = this.environments.filter((e) => e.name !== env);
    this.byEnv.delete(env);
  }
  counts() {
    let connectors = 0;
    let apps = 0;
    let flows = 0;
    let agents = 0;
    for (const b of this.byEnv.values()) {
      connectors += b.connectors.length;
      apps += b.apps.length;
      flows += b.flows.length;
      agents += b.agents.length;
    }
    return { environments: this.environments.length, connectors, apps, flows, agents };
  }
}

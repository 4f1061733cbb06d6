import type { Command } from "commander";

interface InventoryCli {
  runSyncCli(options: { powershell?: string[]; coe?: string; every?: string }): Promise<number>;
}

/**
 * `connector-hub sync` (#20): the inventory sync lives in @connector-hub/inventory, beside the hub's database; it is
 * loaded only when this command runs, so validate/diff/convert need neither.
 */
export function registerSyncCommand(program: Command, setExitCode: (code: number) => void) {
  program
    .command("sync")
    .description("Sync environments, custom connectors, apps and flows from the Power Platform admin APIs into the hub (or import an export)")
    .option("--powershell <files...>", "import JSON written by the admin PowerShell cmdlets (ConvertTo-Json -Depth 20)")
    .option("--coe <folder>", "import a CoE Starter Kit export: one CSV per table")
    .option("--every <interval>", "keep syncing on this schedule, e.g. 6h (default: HUB_SYNC_INTERVAL, else once)")
    .action(async (options: { powershell?: string[]; coe?: string; every?: string }) => {
      const specifier = "@connector-hub/inventory/cli";
      let inventory: InventoryCli;
      try {
        inventory = (await import(specifier)) as InventoryCli;
      } catch (error) {
        // Only a missing inventory package means "not a checkout"; any other failure while loading it is said as it is.
        const code = (error as { code?: string }).code;
        if (code !== "ERR_MODULE_NOT_FOUND" || !String((error as Error).message).includes("@connector-hub/inventory")) throw error;
        process.stderr.write(
          "error: `connector-hub sync` runs from a Connector Hub checkout (it writes to the hub's database); run it there after `npm ci`.\n",
        );
        setExitCode(2);
        return;
      }
      setExitCode(await inventory.runSyncCli(options));
    });
}

/** The SARIF 2.1.0 envelope every report of this project writes (scan, checklist): one log, one run, one tool. */

const INFORMATION_URI = 'https://github.com/mcp-server-orchestrator/mcp-server-orchestrator';

export interface SarifRun {
  /** The driver's name: `mcp-orchestrator-scan`. */
  tool: string;
  version: string;
  rules: object[];
  /** automationDetails.id: GitHub keeps one alert set per id. */
  automationId: string;
  results: object[];
}

export function sarifLog(run: SarifRun): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: run.tool, informationUri: INFORMATION_URI, version: run.version, rules: run.rules } },
        automationDetails: { id: run.automationId },
        results: run.results,
      },
    ],
  };
}

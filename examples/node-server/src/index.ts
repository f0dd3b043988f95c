#!/usr/bin/env node
/**
 * weather: a small stdio MCP server on the official SDK, with deterministic data (no network),
 * the example that `npm run demo` packages with the HTTP bridge, scans, runs and gates.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const server = new McpServer({ name: 'weather', version: '1.0.0' });

/** A stable pseudo-forecast from the city's name: the same answer every time. */
function forecastFor(city: string, days: number) {
  let seed = [...city.toLowerCase()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const skies = ['sunny', 'cloudy', 'rain', 'showers', 'windy', 'snow'];
  return Array.from({ length: days }, (_, i) => ({ day: i + 1, sky: skies[Math.floor(next() * skies.length)]!, highC: Math.round(5 + next() * 25), lowC: Math.round(-5 + next() * 15) }));
}

server.registerTool(
  'get_forecast',
  { title: 'Forecast', description: 'Daily forecast for a city (deterministic demo data).', inputSchema: { city: z.string().min(1), days: z.number().int().min(1).max(7).default(3) } },
  async ({ city, days }) => {
    const days_ = forecastFor(city, days);
    return {
      content: [{ type: 'text', text: days_.map((d) => `${city} day ${d.day}: ${d.sky}, ${d.lowC}..${d.highC} °C`).join('\n') }],
      structuredContent: { city, days: days_ },
    };
  },
);

server.registerTool(
  'get_alerts',
  { title: 'Alerts', description: 'Weather alerts for a two-letter region code.', inputSchema: { region: z.string().length(2) } },
  async ({ region }) => ({ content: [{ type: 'text', text: region.toUpperCase() === 'XX' ? 'Storm warning for XX.' : `No alerts for ${region.toUpperCase()}.` }] }),
);

server.registerTool(
  'convert_temperature',
  { title: 'Convert', description: 'Converts between Celsius and Fahrenheit.', inputSchema: { value: z.number(), to: z.enum(['C', 'F']) } },
  async ({ value, to }) => {
    const result = to === 'F' ? (value * 9) / 5 + 32 : ((value - 32) * 5) / 9;
    return { content: [{ type: 'text', text: `${Math.round(result * 10) / 10} °${to}` }] };
  },
);

await server.connect(new StdioServerTransport());

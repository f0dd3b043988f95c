#!/usr/bin/env python3
"""A small stdio MCP server in plain Python (standard library only: PyPI is not needed to build it).

Speaks JSON-RPC 2.0 over newline-delimited stdio as the MCP stdio transport defines: initialize,
notifications/initialized, ping, tools/list and tools/call, for two tools.
"""
import json
import sys

PROTOCOL_VERSIONS = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]
TOOLS = [
    {
        "name": "add",
        "description": "Adds two numbers.",
        "inputSchema": {"type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}}, "required": ["a", "b"]},
    },
    {
        "name": "shout",
        "description": "Upper-cases a text.",
        "inputSchema": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
    },
]


def call_tool(name, args):
    if name == "add":
        return {"content": [{"type": "text", "text": str(args["a"] + args["b"])}]}
    if name == "shout":
        return {"content": [{"type": "text", "text": str(args["text"]).upper()}]}
    return {"isError": True, "content": [{"type": "text", "text": f"unknown tool {name}"}]}


def handle(message):
    method = message.get("method")
    params = message.get("params") or {}
    if method == "initialize":
        asked = params.get("protocolVersion")
        version = asked if asked in PROTOCOL_VERSIONS else PROTOCOL_VERSIONS[0]
        return {"protocolVersion": version, "capabilities": {"tools": {}}, "serverInfo": {"name": "calculator-py", "version": "1.0.0"}}
    if method == "ping":
        return {}
    if method == "tools/list":
        return {"tools": TOOLS}
    if method == "tools/call":
        try:
            return call_tool(params.get("name"), params.get("arguments") or {})
        except (KeyError, TypeError) as error:
            return {"isError": True, "content": [{"type": "text", "text": f"bad arguments: {error}"}]}
    raise LookupError(method)


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            reply = {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error"}}
        else:
            if "id" not in message or "method" not in message:
                continue  # a notification or a response: nothing to answer
            try:
                reply = {"jsonrpc": "2.0", "id": message["id"], "result": handle(message)}
            except LookupError:
                reply = {"jsonrpc": "2.0", "id": message["id"], "error": {"code": -32601, "message": f"Method not found: {message['method']}"}}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

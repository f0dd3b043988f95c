/** The JSON Schema of mcp-deploy.yml. schema/mcp-deploy.schema.json is written from it (npm run schema) for editors; a test keeps the two equal. */
export const deploySchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/OWNER/mcp-server-orchestrator/schema/mcp-deploy.schema.json",
  "title": "mcp-deploy.yml",
  "description": "How mcp-server-orchestrator builds, scans, pushes, runs, gates and hands off one MCP server.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "server"
  ],
  "properties": {
    "server": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]{0,62}$",
          "description": "DNS-style name: lowercase letters, digits and dashes."
        },
        "transport": {
          "enum": [
            "streamable-http",
            "sse",
            "stdio"
          ],
          "default": "streamable-http",
          "description": "stdio: the package stage adds the HTTP bridge."
        },
        "port": {
          "type": "integer",
          "minimum": 1,
          "maximum": 65535,
          "default": 8080
        },
        "path": {
          "type": "string",
          "pattern": "^/",
          "default": "/mcp"
        },
        "command": {
          "description": "The server's start command inside the image (default: from package.json or pyproject.toml).",
          "oneOf": [
            {
              "type": "string",
              "minLength": 1
            },
            {
              "type": "array",
              "items": {
                "type": "string"
              },
              "minItems": 1
            }
          ]
        }
      }
    },
    "build": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "context": {
          "type": "string",
          "default": "."
        },
        "dockerfile": {
          "type": "string",
          "description": "Optional: generated from a template when absent."
        },
        "base": {
          "type": "string",
          "description": "Base image of the generated Dockerfile (pin it by digest)."
        },
        "install": {
          "enum": [
            "image",
            "host"
          ],
          "default": "image",
          "description": "Install dependencies inside the build (image) or on the host, copied in (host: no network in the build)."
        },
        "args": {
          "type": "object",
          "additionalProperties": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "secrets": {
          "type": "array",
          "description": "BuildKit secret mounts: id, and the environment variable holding the value.",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "env"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "env": {
                "type": "string"
              }
            }
          }
        }
      }
    },
    "image": {
      "type": "string",
      "description": "Repository to push to, without tag: ghcr.io/acme/weather."
    },
    "env": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    "secrets": {
      "type": "array",
      "description": "References only, never values.",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "from"
        ],
        "properties": {
          "name": {
            "type": "string",
            "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
          },
          "from": {
            "type": "object",
            "additionalProperties": false,
            "minProperties": 1,
            "maxProperties": 1,
            "properties": {
              "kubernetes": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "secret",
                  "key"
                ],
                "properties": {
                  "secret": {
                    "type": "string"
                  },
                  "key": {
                    "type": "string"
                  }
                }
              },
              "env": {
                "type": "string",
                "description": "An environment variable of the machine that runs the stage."
              },
              "github": {
                "type": "string",
                "description": "A GitHub Actions secret name."
              },
              "gcp": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "secret"
                ],
                "properties": {
                  "secret": {
                    "type": "string"
                  },
                  "version": {
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      }
    },
    "resources": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "cpu": {
          "type": [
            "string",
            "number"
          ]
        },
        "memory": {
          "type": "string"
        }
      }
    },
    "scaling": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "min": {
          "type": "integer",
          "minimum": 0
        },
        "max": {
          "type": "integer",
          "minimum": 1
        },
        "cpu": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      }
    },
    "health": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "expect-tools": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "contract": {
          "type": "string"
        },
        "strict": {
          "type": "boolean"
        },
        "smoke": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "tool"
          ],
          "properties": {
            "tool": {
              "type": "string"
            },
            "arguments": {
              "type": "object"
            }
          }
        },
        "timeout": {
          "type": "string",
          "pattern": "^(\\d+(\\.\\d+)?(ms|s|m|h))+$|^\\d+$"
        },
        "allow-auth-required": {
          "type": "boolean"
        }
      }
    },
    "ingress": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "host": {
          "type": "string"
        },
        "tls": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "secret": {
              "type": "string"
            }
          }
        }
      }
    },
    "targets": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "compose": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "project": {
              "type": "string"
            }
          }
        },
        "kubernetes": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "namespace": {
              "type": "string"
            }
          }
        },
        "cloudrun": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "project": {
              "type": "string"
            },
            "region": {
              "type": "string"
            }
          }
        }
      }
    }
  }
} as const;

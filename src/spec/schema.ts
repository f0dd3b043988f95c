/**
 * The JSON Schema of mcp-deploy.yml. schema/mcp-deploy.schema.json is written from it (npm run
 * schema) for editors; a test keeps the two equal. Every string that reaches a generated file or
 * a command line is pinned to its grammar (src/spec/grammar.ts); patternErrorMessage is what
 * editors (VS Code, yaml-language-server) and our own errors say when one does not match.
 */
import { GRAMMARS, type Grammar } from './grammar.js';
import { cloudGrammar } from './cloud-grammar.js';

const grammar = <G extends Grammar>(g: G) => ({ pattern: GRAMMARS[g].pattern, patternErrorMessage: GRAMMARS[g].says }) as const;

/** Where a secret's value lives: exactly one kind, a reference, never the value. */
const secretSource = {
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
          "type": "string",
          ...grammar('dnsSubdomain')
        },
        "key": {
          "type": "string",
          ...grammar('secretKey')
        }
      }
    },
    "env": {
      "type": "string",
      ...grammar('envName'),
      "description": "An environment variable of the machine that runs the stage."
    },
    "github": {
      "type": "string",
      ...grammar('envName'),
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
          "type": "string",
          ...grammar('gcpSecret')
        },
        "version": {
          "type": "string",
          ...grammar('gcpVersion')
        }
      }
    },
    "aws": {
      "type": "object",
      "description": "ECS: a Secrets Manager secret or SSM parameter, by ARN (the task's execution role reads it).",
      "additionalProperties": false,
      "required": [
        "arn"
      ],
      "properties": {
        "arn": {
          "type": "string",
          ...cloudGrammar('awsSecretArn')
        }
      }
    },
    "azure": {
      "type": "object",
      "description": "Container Apps: a Key Vault secret, read by the app's managed identity (targets.containerapps.identity).",
      "additionalProperties": false,
      "required": [
        "vault",
        "secret"
      ],
      "properties": {
        "vault": {
          "type": "string",
          ...cloudGrammar('keyVaultName')
        },
        "secret": {
          "type": "string",
          ...cloudGrammar('keyVaultSecret')
        },
        "version": {
          "type": "string",
          ...cloudGrammar('keyVaultVersion')
        }
      }
    },
    "external": {
      "type": "object",
      "description": "An External Secrets Operator store: rendered as an ExternalSecret (external-secrets.io/v1) and referenced by secretKeyRef.",
      "additionalProperties": false,
      "required": [
        "store",
        "key"
      ],
      "properties": {
        "store": {
          "type": "string",
          ...grammar('dnsSubdomain'),
          "description": "The SecretStore or ClusterSecretStore name."
        },
        "kind": {
          "enum": [
            "SecretStore",
            "ClusterSecretStore"
          ],
          "default": "SecretStore"
        },
        "key": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
          "patternErrorMessage": "a remote key of letters, digits and _ . : / @ + = -",
          "description": "The secret's key (name or path) in the external store."
        },
        "property": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_.:/@+=-]+$",
          "patternErrorMessage": "a property of letters, digits and _ . : / @ + = -",
          "description": "A property inside the remote secret (a JSON field)."
        }
      }
    },
    "csi": {
      "type": "object",
      "description": "A Secrets Store CSI driver SecretProviderClass: mounted read-only; the server reads the file named by NAME_FILE.",
      "additionalProperties": false,
      "required": [
        "provider-class",
        "object"
      ],
      "properties": {
        "provider-class": {
          "type": "string",
          ...grammar('dnsSubdomain')
        },
        "object": {
          "type": "string",
          ...grammar('secretId'),
          "description": "The object's file name in the mounted volume (its objectAlias)."
        }
      }
    }
  }
} as const;

/** The handoff's notes on a secret. */
const secretNotes = {
  "rotation": {
    "type": "string",
    "pattern": "^[^\\u0000-\\u001f]{1,200}$",
    "patternErrorMessage": "one line of text, at most 200 characters",
    "description": "How and how often the secret is rotated (for the credentials handoff), e.g. 90 days, by the issuer."
  },
  "refresh": {
    "type": "string",
    "pattern": "^[^\\u0000-\\u001f]{1,200}$",
    "patternErrorMessage": "one line of text, at most 200 characters",
    "description": "Token-refresh needs (for the credentials handoff), e.g. access token expires hourly; refresh token in the store."
  }
} as const;

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
          ...grammar('serverName'),
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
          ...grammar('urlPath'),
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
          ...grammar('imageReference'),
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
          "propertyNames": grammar('envName'),
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
                "type": "string",
                ...grammar('secretId')
              },
              "env": {
                "type": "string",
                ...grammar('envName')
              }
            }
          }
        }
      }
    },
    "image": {
      "type": "string",
      ...grammar('imageRepository'),
      "description": "Repository to push to, without tag: ghcr.io/acme/weather."
    },
    "env": {
      "type": "object",
      "propertyNames": grammar('envName'),
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
            ...grammar('envName')
          },
          "from": secretSource,
          "rotation": secretNotes.rotation,
          "refresh": secretNotes.refresh
        }
      }
    },
    "auth": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "mode"
      ],
      "description": "Who may call the deployed server: the bridge enforces it (packaged stdio servers); servers with their own HTTP read the same MCP_BRIDGE_* environment. The health gate proves the refusal and the authorized path.",
      "properties": {
        "mode": {
          "enum": [
            "none",
            "bearer",
            "oauth"
          ],
          "description": "none; bearer: one static token (service to service); oauth: JWT access tokens from one issuer, validated against its keys (an OAuth 2.1 protected resource, RFC 9728 metadata)."
        },
        "bearer": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "secret"
          ],
          "properties": {
            "secret": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "from"
              ],
              "description": "The token, by reference (as in secrets:), never its value.",
              "properties": {
                "name": {
                  "type": "string",
                  ...grammar('envName'),
                  "default": "MCP_BRIDGE_TOKEN",
                  "description": "The environment variable the bridge reads the token from (kept from the server process)."
                },
                "from": secretSource,
                ...secretNotes
              }
            }
          }
        },
        "oauth": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "issuer",
            "audience"
          ],
          "properties": {
            "issuer": {
              "type": "string",
              ...grammar('httpUrl'),
              "description": "The authorization server's issuer identifier, exactly as tokens carry it in iss (https, or http on a loopback host)."
            },
            "audience": {
              "type": "string",
              ...grammar('httpUrl'),
              "description": "This server's resource URL (RFC 8707), required in the tokens' aud: usually its public MCP URL."
            },
            "scopes": {
              "type": "array",
              "uniqueItems": true,
              "items": {
                "type": "string",
                ...grammar('oauthScope')
              },
              "description": "Scopes every token must carry (403 insufficient_scope otherwise)."
            },
            "jwks-uri": {
              "type": "string",
              ...grammar('jwksUri'),
              "description": "The issuer's key set, skipping discovery: an https URL, or file:///PATH of a JWKS file inside the container (re-read on an unknown key id)."
            },
            "jwks-configmap": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name"
              ],
              "description": "Kubernetes: the issuer's public keys from a ConfigMap, mounted read-only; for clusters whose pods cannot reach the issuer.",
              "properties": {
                "name": {
                  "type": "string",
                  ...grammar('dnsSubdomain')
                },
                "key": {
                  "type": "string",
                  ...grammar('secretKey'),
                  "default": "jwks.json"
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
          ],
          ...grammar('quantity')
        },
        "memory": {
          "type": "string",
          ...grammar('quantity')
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
        },
        "auth": {
          "type": "object",
          "additionalProperties": false,
          "description": "How the gate obtains a token when auth: is declared; values come from the environment of the machine that runs the gate.",
          "properties": {
            "bearer-token-env": {
              "type": "string",
              ...grammar('envName'),
              "description": "bearer: the variable holding the token (default: the bearer secret's from.env)."
            },
            "oauth-client-id": {
              "type": "string",
              ...grammar('oauthClientId'),
              "description": "oauth: a client of the issuer allowed the client-credentials grant for this resource."
            },
            "oauth-client-secret-env": {
              "type": "string",
              ...grammar('envName'),
              "description": "oauth: the variable holding that client's secret."
            }
          }
        },
        "path": {
          "type": "string",
          ...grammar('urlPath'),
          "description": "An HTTP health endpoint of a native HTTP server (Kubernetes probes it; without it, probes check the port). Bridged servers have /healthz and /readyz."
        }
      }
    },
    "ingress": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "host": {
          "type": "string",
          ...grammar('hostname')
        },
        "class": {
          "type": "string",
          ...grammar('dnsSubdomain'),
          "description": "The IngressClass (ingressClassName); default: targets.kubernetes.ingress-class, else the cluster's default class."
        },
        "controller": {
          "enum": [
            "nginx",
            "other"
          ],
          "description": "nginx: ingress-nginx annotations (rate limit, streaming, session affinity on Mcp-Session-Id). Default: nginx when the class name contains nginx."
        },
        "controller-namespace": {
          "type": "string",
          ...grammar('dnsLabel'),
          "description": "The namespace of the ingress controller's pods, admitted by the NetworkPolicy (default ingress-nginx for nginx)."
        },
        "rate-limit": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "rps"
          ],
          "properties": {
            "rps": {
              "type": "integer",
              "minimum": 1,
              "description": "Requests per second per client address."
            }
          }
        },
        "tls": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "secret": {
              "type": "string",
              ...grammar('dnsSubdomain')
            },
            "issuer": {
              "type": "string",
              ...grammar('dnsSubdomain'),
              "description": "A cert-manager ClusterIssuer: it writes the certificate to tls.secret (default SERVER-tls)."
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
              "type": "string",
              ...grammar('composeProject')
            },
            "file": {
              "type": "string",
              "pattern": "^[^\\u0000-\\u001f]+$",
              "patternErrorMessage": "a path on one line",
              "description": "Your own Compose file (relative to this file) instead of a generated one: the server's service (the one whose image is the server's repository, else the one named like the server) runs the deployed image; nothing else changes."
            }
          }
        },
        "kubernetes": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "namespace": {
              "type": "string",
              ...grammar('dnsLabel')
            },
            "manifests": {
              "description": "Your own manifests (files or folders of YAML, relative to this file) instead of rendered ones: the server's image is set to the pushed digest, nothing else changes.",
              "oneOf": [
                {
                  "type": "string",
                  "pattern": "^[^\\u0000-\\u001f]+$",
                  "patternErrorMessage": "a path on one line"
                },
                {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "string",
                    "pattern": "^[^\\u0000-\\u001f]+$",
                    "patternErrorMessage": "a path on one line"
                  }
                }
              ]
            },
            "strategy": {
              "enum": [
                "candidate",
                "rolling"
              ],
              "description": "candidate (default when a release serves): gate a one-replica candidate before rolling; rolling: roll directly."
            },
            "ingress-class": {
              "type": "string",
              ...grammar('dnsSubdomain')
            },
            "replicas": {
              "type": "integer",
              "minimum": 1,
              "description": "Replicas when not autoscaling (default scaling.min, else 1)."
            }
          }
        },
        "cloudrun": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "project": {
              "type": "string",
              ...grammar('gcpProject')
            },
            "region": {
              "type": "string",
              ...grammar('cloudRegion')
            },
            "service": {
              "type": "string",
              ...cloudGrammar('cloudRunService'),
              "description": "The Cloud Run service (default: the server's name)."
            },
            "service-account": {
              "type": "string",
              ...cloudGrammar('gcpServiceAccount'),
              "description": "The identity the revision runs as (it must read the Secret Manager secrets)."
            },
            "ingress": {
              "enum": [
                "all",
                "internal",
                "internal-and-cloud-load-balancing"
              ],
              "default": "all"
            },
            "concurrency": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "description": "containerConcurrency: requests one instance serves at once (default 80)."
            },
            "timeout": {
              "type": "integer",
              "minimum": 1,
              "maximum": 3600,
              "description": "Request timeout in seconds: an SSE stream ends when it runs out (default 3600, the maximum)."
            }
          }
        },
        "ecs": {
          "type": "object",
          "additionalProperties": false,
          "description": "AWS ECS on Fargate: the task definition's and the service's settings.",
          "properties": {
            "region": {
              "type": "string",
              ...cloudGrammar('awsRegion')
            },
            "cluster": {
              "type": "string",
              ...cloudGrammar('ecsName'),
              "default": "default"
            },
            "service": {
              "type": "string",
              ...cloudGrammar('ecsName'),
              "description": "The ECS service (default: the server's name)."
            },
            "family": {
              "type": "string",
              ...cloudGrammar('ecsName'),
              "description": "The task definition family (default: the server's name)."
            },
            "execution-role-arn": {
              "type": "string",
              ...cloudGrammar('awsRoleArn'),
              "description": "The role ECS pulls the image, writes logs and reads secrets with."
            },
            "task-role-arn": {
              "type": "string",
              ...cloudGrammar('awsRoleArn'),
              "description": "The role the server's own AWS calls run as."
            },
            "log-group": {
              "type": "string",
              ...cloudGrammar('logGroup'),
              "description": "The CloudWatch Logs group of the awslogs driver (default /ecs/FAMILY)."
            },
            "architecture": {
              "enum": [
                "X86_64",
                "ARM64"
              ],
              "default": "X86_64"
            },
            "subnets": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "string",
                ...cloudGrammar('subnet')
              }
            },
            "security-groups": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "string",
                ...cloudGrammar('securityGroup')
              }
            },
            "target-group-arn": {
              "type": "string",
              ...cloudGrammar('awsTargetGroupArn'),
              "description": "The load balancer target group the service registers its tasks in."
            }
          }
        },
        "containerapps": {
          "type": "object",
          "additionalProperties": false,
          "description": "Azure Container Apps: where the app lives and the identity it reads Key Vault with.",
          "properties": {
            "subscription": {
              "type": "string",
              ...cloudGrammar('azureSubscription')
            },
            "resource-group": {
              "type": "string",
              ...cloudGrammar('azureResourceGroup')
            },
            "environment": {
              "type": "string",
              ...cloudGrammar('containerAppEnvironment'),
              "description": "The Container Apps environment (in the same resource group)."
            },
            "name": {
              "type": "string",
              ...cloudGrammar('containerAppName'),
              "description": "The container app (default: the server's name)."
            },
            "location": {
              "type": "string",
              ...grammar('cloudRegion')
            },
            "identity": {
              "type": "string",
              ...cloudGrammar('azureIdentity'),
              "description": "The managed identity that reads Key Vault secrets (and pulls from an Azure Container Registry)."
            },
            "concurrency": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "description": "Concurrent HTTP requests per replica before scaling out (default 10)."
            }
          }
        }
      }
    }
  }
} as const;
